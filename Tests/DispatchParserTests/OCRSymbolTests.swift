import DispatchParser
import Testing

/// Numbers, symbols, issuers and citations as the fixture scans' OCR wrote them.
struct OCRSymbolTests {
  let parser = DispatchParser()

  @Test func readsSectionSignForEightAndKeepsTheIssuer() {
    // qd-85-thptcva-200: "§5" for 85 and a stop after the symbol.
    let header = """
      SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ NỘI
      TRƯỜNG THPT CHU VĂN AN
      Số: §5/QĐ-THPTCVA.

      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
      Độc lập - Tự do - Hạnh phúc
      Hà Nội, ngày 06 tháng 5 năm 2025
      """
    let record = parser.parse(SampleDispatch.text(header: header, title: "QUYẾT ĐỊNH\nVề việc X"))
    #expect(record.number == "85")
    #expect(record.symbol == "85/QĐ-THPTCVA")
    #expect(
      record.issuer
        == Issuer(
          name: "Trường Trung học phổ thông Chu Văn An", parent: "Sở Giáo dục và Đào tạo Hà Nội"))
  }

  @Test func readsLettersInADigitRunAsDigits() {
    // cv-115-pa83-150: "II5" for 115; the code "PAS3" is not guessed to be "PA83".
    let header = "CÔNG AN TỈNH THANH HÓA.\nPHÒNG AN NINH KINH TẾ\nSố: II5/CV-PAS3"
    let record = parser.parse(SampleDispatch.text(header: header, title: ""))
    #expect(record.number == "115")
    #expect(record.symbol == "115/CV-PAS3")
    #expect(
      record.issuer
        == Issuer(name: "Phòng An ninh kinh tế", parent: "Công an tỉnh Thanh Hóa"))
  }

  @Test(arguments: [
    // tb-496-tu-200: a quote mark before the name.
    ("'TỈNH ỦY NINH BÌNH\nế\nSố 496-TB/TU", "Tỉnh ủy Ninh Bình"),
    // bc-365-lechan-200: "CH/" read before the whole "CHÂN".
    (
      "UBND THÀNH PHỐ HẢI PHÒNG\nỦY BAN NHÂN DÂN\nPHƯỜNG LÊ CH/ LÊ CHÂN\nSố: 365/BC-UBND",
      "Ủy ban nhân dân phường Lê Chân"
    ),
  ])
  func dropsMarksAndStuttersFromTheIssuer(header: String, name: String) {
    let record = parser.parse(SampleDispatch.text(header: header))
    #expect(record.issuer?.name == name)
  }

  @Test func repairsCitedSymbolsAgainstKnownCodes() {
    // qd-85-thptcva-200: "Thông tư" lost its second word; "BGDĐPT" is one slip from BGDĐT,
    // "THIPTCVA" one slip from the dispatch's own THPTCVA.
    let header = "SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ NỘI\nTRƯỜNG THPT CHU VĂN AN\nSố: 85/QĐ-THPTCVA"
    let body = """
      Căn cứ' Thông

      số ý 32/2020/TT-BGDĐPT ngày 15/9/2020 của Bộ trưởng Bộ
      Giáo dục và Đào tạo ban hành Điều lệ trường trung học cơ sở;

      Căn cứ Kế hoạch số !2/KH-THIPTCVA ngày 18/4/2025 của Trường THPT
      Chu Văn An về tổ chức kiểm tra cuối học kỳ II năm học 2024 - 2025;
      """
    let references = parser.parse(SampleDispatch.text(header: header, body: body)).references
    #expect(
      references.first
        == Reference(
          kind: "Thông tư", typeCode: "TT", number: "32", symbol: "32/2020/TT-BGDĐT",
          date: "2020-09-15", issuer: "Bộ trưởng Bộ Giáo dục và Đào tạo",
          subject: "ban hành Điều lệ trường trung học cơ sở"))
    #expect(references.dropFirst().first?.symbol == "12/KH-THPTCVA")
    #expect(references.dropFirst().first?.issuer == "Trường Trung học phổ thông Chu Văn An")
  }

  @Test func repairsADoubledTypeCodeGlyph() {
    // cv-1846-snnmt-200: "CĐÐ" (Đ read twice, once as the Icelandic Ð).
    let body = """
      "Thực hiện Công điện số 07/CĐÐ-UBND ngày 23/8/2025 của Chủ tịch UBND
      tỉnh, Sở Nông nghiệp và Môi trường đề nghị các đơn vị khẩn trương thực hiện.
      """
    let reference = parser.parse(SampleDispatch.text(body: body)).references.first
    #expect(reference?.symbol == "07/CĐ-UBND")
    #expect(reference?.typeCode == "CĐ")
    #expect(reference?.kind == "Công điện")
    #expect(reference?.date == "2025-08-23")
  }

  @Test func readsAnEthBesideAnĐAsTheSameGlyphReadTwice() {
    // 280_BC: "1368/QĐÐ-UBND" and "87/HĐÐĐND-KTNS" in the body, cited inside a subject.
    let body = """
      Trên cơ sở ý kiến của Thường trực HĐND tỉnh tại Công văn số 87/HĐÐĐND-KTNS ngày
      15/5/2024, UBND tỉnh ban hành Quyết định số 728/QĐ-UBND ngày 13/11/2024 về việc điều
      chỉnh dự toán đối với Sở Xây dựng tại Quyết định số 1368/QĐÐ-UBND ngày 12/12/2023 của
      UBND tỉnh.
      """
    let references = parser.parse(SampleDispatch.text(body: body)).references
    #expect(references.map(\.symbol) == ["87/HĐND-KTNS", "728/QĐ-UBND", "1368/QĐ-UBND"])
    #expect(references[1].subject?.contains("1368/QĐ-UBND") == true)
    // Two Đs without an eth are a code's own ("QLĐĐ").
    let own = parser.parse(
      SampleDispatch.text(body: "Thực hiện Công văn số 2207/STNMT-QLĐĐ ngày 05/9/2024 của Sở.")
    ).references
    #expect(own.first?.symbol == "2207/STNMT-QLĐĐ")
  }

  @Test func keepsACodeNoTableSupports() {
    // cv-2207-stnmt: "VPS" may be "VP5" but nothing in the text says so.
    let body = "Thực hiện Văn bản số 3164/UBND-VPS ngày 05/9/2024 của UBND tỉnh về việc triển khai."
    let reference = parser.parse(SampleDispatch.text(body: body)).references.first
    #expect(reference?.symbol == "3164/UBND-VPS")
    #expect(reference?.issuer == "Ủy ban nhân dân tỉnh")
  }

  @Test(arguments: [
    // tb-512-bnv-150: OCR lost "về" after the issuer.
    (
      "rà soát Phụ lục VI Nghị định số\n30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ công tác văn thư cho phù hợp\nvới thực tiễn,",
      "công tác văn thư"
    ),
    // cv-2207-stnmt-200: a space and a hyphen inside "Chính".
    (
      "Nghị định số\n101/2024/NĐ-CP ngày 29/7/2024 của C -hính phủ quy định về điều tra cơ bản đất đai;",
      "quy định về điều tra cơ bản đất đai"
    ),
    // dl_2025_0002: the decree's own title, capitalised, after its issuer; a symbol in it broken
    // across lines at its hyphen.
    (
      "Nghị định số 97/2023/NĐ-CP, ngày 31 tháng 12 năm 2023 của Chính phủ Sửa đổi, bổ sung một số điều của Nghị định số 81/2021/NĐ-\nCP; Quyết định số 66/2013/QĐ-TTg.",
      "Sửa đổi, bổ sung một số điều của Nghị định số 81/2021/NĐ-CP"
    ),
  ])
  func endsTheIssuerAtAWholeBody(body: String, subject: String) {
    let reference = parser.parse(SampleDispatch.text(body: body)).references.first
    #expect(reference?.issuer == "Chính phủ")
    #expect(reference?.subject == subject)
  }
}
