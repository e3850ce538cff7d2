import DispatchParser
import Testing

/// Place-and-date lines and cited dates as the fixture scans' OCR wrote them
/// (lines copied from the scan texts of the 150 and 200 ppi fixture scans).
struct OCRDateTests {
  let parser = DispatchParser()

  private func header(_ line: String) -> String {
    "SỞ NỘI VỤ\nSố: 12/KH-SNV\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" + line
  }

  @Test(arguments: [
    // qd-85-thptcva-150: the 5 read twice, once as a digit and once as "Š".
    ("Hà Nội. ngày 06 tháng 5Š năm 2025", "2025-05-06", "Hà Nội"),
    // tb-496-tu-200 and cv-115-pa83-200 (Tesseract's own text): "l"/"L" for 1 in the day.
    ("Ninh Bình, ngày l4 tháng 10 năm 2025", "2025-10-14", "Ninh Bình"),
    ("Thanh Hóa, ngày L7 tháng 3 năm 2009", "2009-03-17", "Thanh Hóa"),
    // bc-365-lechan-150: "!" for 1.
    ("Lê Chân, ngày 01 tháng !2 năm 2025", "2025-12-01", "Lê Chân"),
  ])
  func readsLookalikesInDateSlots(line: String, date: String, place: String) {
    let record = parser.parse(SampleDispatch.text(header: header(line)))
    #expect(record.date == date)
    #expect(record.place == place)
  }

  @Test(arguments: [
    // tb-512-bnv-150/200: the handwritten month was not read: the year is all that is told.
    ("Hà Nội, ngày 12 tháng năm 2025", "Hà Nội", "2025" as String?),
    // cv-2207-stnmt-150: the day was not read.
    ("Nam Định, ngày tháng 9 năm 2024", "Nam Định", "2024-09"),
    // cv-1846-snnmt-150: month and year garbled.
    ("Quảng Ninh, ngày 24 tháng ® năm 202$", "Quảng Ninh", nil),
    // cv-115-pa83-200 after diacritic restoration: "ngày L7" became two words.
    ("Thanh Hà, ngụ Lộ tháng 3 năm 2009", "Thanh Hà", "2009-03"),
    // Real scans (Electric Power University notices): the handwritten day and month pushed the
    // rest of the date to the next line.
    ("Hà Nội, ngày\ntháng năm 2025", "Hà Nội", "2025"),
    ("Hà Nội,\ntháng § năm 2025", "Hà Nội", "2025"),
  ])
  func keepsThePlaceOfADamagedDateLine(line: String, place: String, partial: String?) {
    let record = parser.parse(SampleDispatch.text(header: header(line)))
    #expect(record.date == partial)
    #expect(record.place == place)
    let says = partial == nil ? "cannot be read" : "read only as \(partial ?? "")"
    #expect(record.warnings.contains { $0.hasPrefix("date: \"") && $0.contains(says) })
    #expect(record.confidence["date"] ?? 0 < 0.6)
  }

  @Test func readsThePlaceAndDateLineBelowKinhGui() {
    // cv-2207-stnmt-200: OCR read the left column, "Kính gửi:" included, before the right one.
    let header = """
      UBND TỈNH NAM ĐỊNH
      SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG
      Số: 2207/STNMT-QLĐĐ
      V/v hướng dẫn thực hiện thủ tục đăng ký
      đất đai theo Luật Đất đai năm 2024
      Kính gửi:

      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
      Độc lập - Tự do - Hạnh phúc
      Nam Định, ngày 19 tháng 9 năm 2024
      ~ Ủy ban nhân dân các huyện, thành phố;
      Văn phòng Đăng ký đất đai tỉnh Nam Định.

      """
    let record = parser.parse(SampleDispatch.text(header: header, title: ""))
    #expect(record.date == "2024-09-19")
    #expect(record.place == "Nam Định")
    #expect(record.documentType?.name == "Công văn")
    #expect(
      record.recipients == [
        "Ủy ban nhân dân các huyện, thành phố", "Văn phòng Đăng ký đất đai tỉnh Nam Định",
      ])
  }

  @Test func readsRecipientsWithAStopForAComma() {
    // cv-1846-snnmt-200.
    let header = """
      UBND TỈNH QUẢNG NINH
      SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
      Số: 1846/SNNMT-TL
      V/v triển khai các biện pháp cấp bách
      Quảng Ninh, ngày 24 tháng 8 năm 2025

      Kính gửi:
      ~ Uy ban nhân dân các xã, phường. đặc khu;
      ~- Công ty TNHH MTV Thủy lợi Quảng Ninh.

      """
    let record = parser.parse(SampleDispatch.text(header: header, title: ""))
    #expect(
      record.recipients == [
        "Ủy ban nhân dân các xã, phường, đặc khu", "Công ty TNHH MTV Thủy lợi Quảng Ninh",
      ])
  }

  @Test(arguments: [
    // cv-2207-stnmt-150: "Ol" for the month 01.
    ("Căn cứ Luật Đất đai ngày 18 tháng Ol năm 2024; Nghị định số.", "Luật", "2024-01-18"),
    // bc-365-lechan-200: "li", "l1" and a year split in two.
    (
      "Căn cứ Luật Lưu trữ ngày li tháng l1 năm 20i I, Ủy ban nhân dân phường báo cáo.", "Luật",
      "2011-11-11"
    ),
    // bc-365-lechan-150: "&" for 8.
    (
      "Kế hoạch số 44/KH-UBND ngày 08/&/2025 về tuyên truyền cải cách hành chính.", "Kế hoạch",
      "2025-08-08"
    ),
  ])
  func readsLookalikesInCitedDates(body: String, kind: String, date: String) {
    let references = parser.parse(SampleDispatch.text(body: body)).references
    #expect(references.first?.kind == kind)
    #expect(references.first?.date == date)
  }

  @Test func takesNoYearFromFiveDigits() throws {
    // qd-85-thptcva-150: "20235" is not 2023; the issuer after the unreadable date is still read.
    let body = """
      . Căn cứ Kế hoạch số !2/KH-THPTCVA ngày !8/4/20235 của Trường THPT
      Chu Văn An về tổ chức kiểm tra cuối học kỳ II năm học 2024 - 2025;
      """
    let reference = try #require(parser.parse(SampleDispatch.text(body: body)).references.first)
    #expect(reference.symbol == "12/KH-THPTCVA")
    #expect(reference.date == nil)
    #expect(reference.issuer == "Trường Trung học phổ thông Chu Văn An")
    #expect(reference.subject == "tổ chức kiểm tra cuối học kỳ II năm học 2024 - 2025")
  }
}
