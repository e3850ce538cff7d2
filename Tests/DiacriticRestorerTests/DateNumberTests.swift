import DiacriticRestorer
import TestSupport
import Testing

/// Days and months of written dates that the Vietnamese OCR model read as letters.
@Suite struct DateNumberTests {
  private func restore(_ text: String) throws -> String {
    try #require(SharedRestorer.instance, "the committed model in Dictionaries/ must load")
      .restore(text).text
  }

  @Test(arguments: [
    ("Luật Lưu trữ ngày li tháng 11 năm 2011", "Luật Lưu trữ ngày 11 tháng 11 năm 2011"),
    ("Hà Nội, ngày 05 tháng O5 năm 2025", "Hà Nội, ngày 05 tháng 05 năm 2025"),
    ("ngày 12 tháng lO năm 2025", "ngày 12 tháng 10 năm 2025"),
  ])
  func repaired(line: String, expected: String) throws {
    #expect(try restore(line) == expected)
  }

  @Test(arguments: [
    // Not between "ngày" and "tháng", or no day or month once read as digits.
    ("ông li đi tháng sau", "11"), ("ngày li ti tháng 5 năm 2025", "11"), ("tháng OO năm", "00"),
  ])
  func leftAlone(line: String, misreading: String) throws {
    #expect(try !restore(line).contains(misreading))
  }
}
