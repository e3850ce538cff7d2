import DiacriticRestorer
import TestSupport
import Testing

/// Roman numerals the Vietnamese OCR model misreads as "H", "HH" or "1" (lines as
/// `vanban scan` read them from the fixture scans).
@Suite struct RomanNumeralTests {
  private func restore(_ text: String) throws -> String {
    try #require(SharedRestorer.instance, "the committed model in Dictionaries/ must load")
      .restore(text).text
  }

  @Test func headingsFollowTheirSequence() throws {
    let scanned = """
      1. CÔNG TÁC CHÍ ĐẠO, ĐIỀU HÀNH
      Ngay sau khi mô hình chính quyền địa phương 2 cấp đi vào hoạt động
      H. KẾT QUÁ THỰC HIỆN
      1. Công tác văn thư: từ ngày 01/7/2025 đến ngày 25/11/2025
      HH. PHƯƠNG HƯỚNG NĂM 2026
      """
    let lines = try restore(scanned).split(separator: "\n").map(String.init)
    #expect(lines[0].hasPrefix("I. CÔNG TÁC CHỈ ĐẠO"))
    #expect(lines[2] == "II. KẾT QUẢ THỰC HIỆN")
    // A numbered paragraph in ordinary case is no heading.
    #expect(lines[3].hasPrefix("1. Công tác văn thư"))
    #expect(lines[4] == "III. PHƯƠNG HƯỚNG NĂM 2026")
  }

  @Test func numeralsReadRightSetTheSequence() throws {
    let lines = try restore("II. KẾT QUẢ THỰC HIỆN\nvăn bản\nHH. PHƯƠNG HƯỚNG NĂM 2026")
      .split(separator: "\n").map(String.init)
    #expect(lines[0] == "II. KẾT QUẢ THỰC HIỆN")
    #expect(lines[2] == "III. PHƯƠNG HƯỚNG NĂM 2026")
  }

  @Test func arabicHeadingsAndOtherCapitalsStay() throws {
    let arabic = "1. MỤC ĐÍCH, YÊU CẦU\nnội dung\n2. NỘI DUNG THỰC HIỆN"
    #expect(try restore(arabic) == arabic)
    let other = "Công ty TNHH MTV Thủy lợi Quảng Ninh"
    #expect(try restore(other) == other)
  }

  @Test func numeralsReadRightAreNoChange() throws {
    let restorer = try #require(SharedRestorer.instance)
    #expect(restorer.restore("cuối học kỳ II năm học 2024 - 2025").changes.isEmpty)
  }

  @Test(arguments: [
    ("Về việc thành lập Hội đồng coi kiểm tra cuối học kỳ H", "học kỳ II"),
    ("Về việc thành lập Hội đồng coi kiểm tra cuối học kỳ HH", "học kỳ II"),
    ("về tổ chức kiểm tra cuối học kỳ lÏ năm học 2024 - 2025;", "học kỳ II"),
    ("kiểm tra cuối học kỳ l năm học 2024 - 2025", "học kỳ I"),
  ])
  func schoolTerms(line: String, expected: String) throws {
    let restored = try restore(line)
    #expect(restored.contains(expected + " ") || restored.hasSuffix(expected), "\(restored)")
  }
}
