import DispatchParser
import Testing

/// Header rules: number and symbol, date and place, issuer and parent, two-column lines merged by OCR.
struct HeaderRuleTests {
  let parser = DispatchParser()

  @Test func readsReadingOrderHeader() {
    let record = parser.parse(SampleDispatch.text())
    #expect(record.number == "45")
    #expect(record.symbol == "45/KH-SNV")
    #expect(record.date == "2026-02-03")
    #expect(record.place == "Ninh Bình")
    #expect(record.issuer == Issuer(name: "Sở Nội vụ", parent: "Ủy ban nhân dân tỉnh Ninh Bình"))
    #expect(record.documentType == DocumentType(code: "KH", name: "Kế hoạch"))
    #expect(record.subject == "Kiểm tra công tác văn thư, lưu trữ năm 2026")
  }

  @Test func splitsMergedHeaderColumns() {
    let header = """
      UBND TỈNH NINH BÌNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
      SỞ NỘI VỤ Độc lập - Tự do - Hạnh phúc
      Số: 45/KH-SNV Ninh Bình, ngày 03 tháng 02 năm 2026
      """
    let record = parser.parse(SampleDispatch.text(header: header))
    #expect(record.issuer == Issuer(name: "Sở Nội vụ", parent: "Ủy ban nhân dân tỉnh Ninh Bình"))
    #expect(record.symbol == "45/KH-SNV")
    #expect(record.place == "Ninh Bình")
    #expect(record.date == "2026-02-03")
  }

  @Test(arguments: [
    ("S6:365 /BC-UBND", "365", "365/BC-UBND"),
    ("Sé: 1595 /SGDĐT-CTrTT", "1595", "1595/SGDĐT-CTrTT"),
    ("Số: 12/2025/QĐ-UBND", "12", "12/2025/QĐ-UBND"),
    ("Số 496-TB/TU", "496", "496-TB/TU"),
    ("Số: 365 / BC - UBND", "365", "365/BC-UBND"),
  ])
  func readsSymbolsInOCRForms(line: String, number: String, symbol: String) {
    let header = "SỞ NỘI VỤ\n\(line)\nNinh Bình, ngày 03 tháng 02 năm 2026"
    let record = parser.parse(SampleDispatch.text(header: header))
    #expect(record.number == number)
    #expect(record.symbol == symbol)
  }

  @Test func missingNumberKeepsSymbolAndWarns() {
    let header = """
      UBND THÀNH PHỐ HÀ NỘI
      SỞ GIÁO DỤC VÀ ĐÀO TẠO
      Số: /UBND-SGDĐT
      V/v tổ chức kiểm tra học kỳ I
      Hà Nội, ngày 05 tháng 12 năm 2025
      """
    let record = parser.parse(SampleDispatch.text(header: header, title: ""))
    #expect(record.number == nil)
    #expect(record.symbol == "/UBND-SGDĐT")
    #expect(record.warnings.contains { $0.hasPrefix("number:") })
    #expect(record.documentType == .congVan)
    #expect(record.subject == "Tổ chức kiểm tra học kỳ I")
  }

  @Test(
    arguments: [
      ("Hà Nội, ngày 19 tháng 6 năm 2015", "2015-06-19"),
      ("Hà Nội, ngày 5/3/2020", "2020-03-05"),
      ("Hà Nội, ngay 01 thang 12 ndm 2025", "2025-12-01"),
      ("Hà Nội, ngày 31 tháng 2 năm 2025", nil),
    ] as [(String, String?)])
  func readsDates(line: String, iso: String?) {
    let header = "BỘ NỘI VỤ\nSố: 512/TB-BNV\n\(line)"
    #expect(parser.parse(SampleDispatch.text(header: header)).date == iso)
  }

  @Test func congVanFromSymbolWithoutTypeCode() {
    let header = """
      UBND TỈNH NAM ĐỊNH
      SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG
      Số: 2207/STNMT-QLĐĐ
      V/v hướng dẫn đăng ký đất đai
      Nam Định, ngày 19 tháng 9 năm 2024
      """
    let record = parser.parse(
      SampleDispatch.text(header: header, title: "Kính gửi: Ủy ban nhân dân các huyện."))
    #expect(record.documentType == DocumentType(code: nil, name: "Công văn"))
    #expect(record.subject == "Hướng dẫn đăng ký đất đai")
    #expect(record.recipients == ["Ủy ban nhân dân các huyện"])
    #expect(record.issuer?.name == "Sở Tài nguyên và Môi trường")
  }

  @Test func expandsAbbreviationsInIssuer() {
    let header = """
      SỞ GD&ĐT HÀ NỘI
      TRƯỜNG THPT CHU VĂN AN
      Số: 85/QĐ-THPTCVA
      Hà Nội, ngày 06 tháng 5 năm 2025
      """
    let record = parser.parse(
      SampleDispatch.text(header: header, title: "QUYẾT ĐỊNH\nVề việc thành lập Hội đồng"))
    #expect(record.issuer?.name == "Trường Trung học phổ thông Chu Văn An")
    #expect(record.issuer?.parent == "Sở Giáo dục và Đào tạo Hà Nội")
    #expect(record.subject == "Thành lập Hội đồng")
    #expect(record.documentType?.code == "QĐ")
  }

  @Test func readsWrappedAndListedRecipients() {
    let wrapped =
      "BÁO CÁO\nKết quả năm 2025\n\nKính gửi: Sở Văn hóa, Thể thao và Du lịch\nthành phố Hải Phòng."
    #expect(
      parser.parse(SampleDispatch.text(title: wrapped)).recipients == [
        "Sở Văn hóa, Thể thao và Du lịch thành phố Hải Phòng"
      ])
    let listed = "BÁO CÁO\nKết quả năm 2025\nKính gửi:\n- UBND các xã, phường;\n- Công an tỉnh."
    #expect(
      parser.parse(SampleDispatch.text(title: listed)).recipients == [
        "Ủy ban nhân dân các xã, phường", "Công an tỉnh",
      ])
  }

  @Test func readsMottoWithoutHyphensAndNormativeTitles() {
    let header = """
      BỘ NỘI VỤ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
      Số: 01/2025/TT-BNV Độc lập — Tự do — Hạnh phúc
      Hà Nội, ngày 10 tháng 01 năm 2025
      """
    let record = parser.parse(
      SampleDispatch.text(header: header, title: "THÔNG TƯ\nHướng dẫn quản lý hồ sơ điện tử"))
    #expect(record.issuer == Issuer(name: "Bộ Nội vụ", parent: nil))
    #expect(record.symbol == "01/2025/TT-BNV")
    #expect(record.documentType == DocumentType(code: "TT", name: "Thông tư"))
    #expect(record.subject == "Hướng dẫn quản lý hồ sơ điện tử")
  }

  @Test func splitsInlineRecipients() {
    let title = "BÁO CÁO\nKết quả năm 2025\nKính gửi: Sở Tài chính; Sở Nội vụ."
    #expect(
      parser.parse(SampleDispatch.text(title: title)).recipients == ["Sở Tài chính", "Sở Nội vụ"])
  }

  @Test func readsAListWhoseItemsStartAlikeWithoutDashes() {
    let title = """
      THÔNG BÁO
      Về việc thanh lý tài sản
      Kính gửi: Công thông tin điện tử Quốc gia về Đấu giá tài sản
      Công thông tin điện tử Sở Y tế Bắc Ninh
      Công thông tin điện tử Bệnh viện đa khoa tỉnh Bắc Ninh
      Căn cứ Điều 56 của Luật Đấu giá tài sản;
      """
    // "Công" is the OCR's "Cổng", never a slip of "Công Thương" before "thông".
    #expect(
      parser.parse(SampleDispatch.text(title: title)).recipients == [
        "Cổng thông tin điện tử Quốc gia về Đấu giá tài sản",
        "Cổng thông tin điện tử Sở Y tế Bắc Ninh",
        "Cổng thông tin điện tử Bệnh viện đa khoa tỉnh Bắc Ninh",
      ])
  }
}
