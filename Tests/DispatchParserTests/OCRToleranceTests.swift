import DispatchParser
import Testing

/// Misreadings seen in plain Tesseract output of the fixture scans, each with the reading the
/// parser must still make.
struct OCRToleranceTests {
  let parser = DispatchParser()

  @Test func readsMergedHeaderWithSpecks() {
    let header = """
      UBND.THÀNH PHỐ HẢI PHÒNG _ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
      ỦY BAN NHÂN ĐÂN Độc lập - Tự do - Hạnh phúc

      PHƯỜNG LÊ CHÂN L£ Chân, ngày 01 tháng 12 năm 2025
      Số: 365/BC-UBND SN”
      """
    let title = "\nBÁO CÁO\nˆ Kết quả công tác văn thư, lưu trữ năm 2025\n"
    let record = parser.parse(SampleDispatch.text(header: header, title: title))
    #expect(
      record.issuer
        == Issuer(
          name: "Ủy ban nhân dân phường Lê Chân", parent: "Ủy ban nhân dân thành phố Hải Phòng"))
    #expect(record.place == "Lê Chân")
    #expect(record.date == "2025-12-01")
    #expect(record.symbol == "365/BC-UBND")
    #expect(record.subject == "Kết quả công tác văn thư, lưu trữ năm 2025")
  }

  @Test(arguments: [
    ("Số: I15/CV-PA83 Thanh Hóa, ngày 17-tháng 3 năm 2009", "115", "2009-03-17"),
    ("Số: 512/TB-BNV Hà Nội, ngày 12 tháng I1 năm 2025", "512", "2025-11-12"),
    ("Số: 85/QĐ-THPTCVA. Hà Nội, ngày 06 tháng Š năm 2025", "85", "2025-05-06"),
    ("Số: 2207/STNMT-QLĐĐ Nam Định, ngày I8 tháng 0! năm 2024", "2207", "2024-01-18"),
  ])
  func readsLookalikeDigits(line: String, number: String, date: String) {
    let record = parser.parse(SampleDispatch.text(header: "SỞ NỘI VỤ\n" + line))
    #expect(record.number == number)
    #expect(record.date == date)
    #expect(record.place?.first?.isUppercase == true)
  }

  @Test func readsMangledSubjectLabelAndTitle() {
    let header =
      "CÔNG AN TỈNH THANH HÓA\nSố: 115/CV-PA83\nV/w phối hợp bảo đảm an ninh\nThanh Hóa, ngày 17 tháng 3 năm 2009"
    #expect(
      parser.parse(SampleDispatch.text(header: header, title: "")).subject
        == "Phối hợp bảo đảm an ninh")
    let party =
      "TỈNH ỦY NINH BÌNH ĐĂNG CỘNG SÀN VIỆT NAM\nSố 496-TB/TU Ninh Bình, ngày 14 tháng 10 năm 2025"
    let title =
      "__—_ THÔNG BẢO s”\nKẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY\n\nvề thực hiện chuyển đổi số\n"
    let record = parser.parse(SampleDispatch.text(header: party, title: title))
    #expect(record.documentType?.code == "TB")
    #expect(record.issuer?.name == "Tỉnh ủy Ninh Bình")
    #expect(record.subject == "Kết luận của Ban Thường vụ Tỉnh ủy về thực hiện chuyển đổi số")
  }

  @Test func readsCitationWithColonForHyphenAndFractionSlash() {
    let body =
      "Thực hiện Chỉ thị số 05/2008/CT:BCA, ngày 21⁄4/2008 của Bộ trưởng Bộ Công an về tăng cường công tác bảo vệ;"
    let found = parser.parse(SampleDispatch.text(body: body)).references
    #expect(found.first?.symbol == "05/2008/CT-BCA")
    #expect(found.first?.kind == "Chỉ thị")
  }

  @Test func readsFooterWithLostLabelAndOddBullets() {
    let footer = """
      R— se, 00 PC -TM. ỦY BAN NHÂN DÂN
      - Sở Nội vụ (b/c);

      - CT, PCT UBND phường: _= CHỦ TỊCH

      . Lưu: VT, VHXH. ,
      Trần Đức Thịnh
      """
    let record = parser.parse(SampleDispatch.text(footer: footer, signer: ""))
    #expect(
      record.signer
        == Signer(
          authority: "TM", onBehalfOf: "Ủy ban nhân dân", title: "Chủ tịch", name: "Trần Đức Thịnh")
    )
    #expect(record.distribution == ["Sở Nội vụ (b/c)", "CT, PCT UBND phường", "Lưu: VT, VHXH"])
  }

  @Test func readsMangledFooterLabelAndTildeBullets() {
    let footer = "Xởi nhận:\n\n~ Bộ trưởng (để b/c);\n~ Lưu: VT, VP,\n"
    let record = parser.parse(SampleDispatch.text(footer: footer))
    #expect(record.distribution == ["Bộ trưởng (để b/c)", "Lưu: VT, VP"])
    #expect(record.signer?.name == "Lê Thị Mai")
  }

  @Test func repairsTheReportMarkInDistribution() {
    let footer = "Nơi nhận:\n~ UBND tỉnh (để bíc);\n- Sở Nội vụ (b1c);\n- Lưu: VT."
    let record = parser.parse(SampleDispatch.text(footer: footer))
    #expect(record.distribution == ["UBND tỉnh (để b/c)", "Sở Nội vụ (b/c)", "Lưu: VT"])
  }

  @Test func readsCommaForTheAuthorityDotAndDropsTrailingNoise() {
    let footer = """
      Nơi nhận: ____ KT,TRƯỞNG PHÒNG

      ~ Như trên;
      - Đ/c Giám đốc CAT (để b/c); PHÓ TRƯỞNG PHÒNG

      - Lưu: PA83 (Ð3). kKW)»7

      Trung tá Lê Văn Thắng -
      """
    let record = parser.parse(SampleDispatch.text(footer: footer, signer: ""))
    #expect(
      record.signer
        == Signer(
          authority: "KT", onBehalfOf: "Trưởng phòng", title: "Phó Trưởng phòng",
          name: "Lê Văn Thắng",
          rank: "Trung tá"))
    #expect(record.distribution == ["Như trên", "Đ/c Giám đốc CAT (để b/c)", "Lưu: PA83 (Đ3)"])
  }

  @Test func ignoresSpecksAroundTitleAndNames() {
    let header =
      "TỈNH ỦY NINH BÌNH — ˆ ĐĂNG CỘNG SẢN VIỆT NAM\nSố 496-TB/TU Ninh Bình, ngày I4 tháng 10 năm 2025"
    let title = "___ THÔNG BẢO nóc\nKẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY"
    let record = parser.parse(SampleDispatch.text(header: header, title: title))
    #expect(record.issuer?.name == "Tỉnh ủy Ninh Bình")
    #expect(record.date == "2025-10-14")
    #expect(record.documentType?.code == "TB")
    #expect(record.subject == "Kết luận của Ban Thường vụ Tỉnh ủy")
  }

  @Test func takesNoHeaderDateFromABodySentence() {
    // The real date line was lost; "trước ngày 20/12/2025" in the body is not the signing date.
    let header = "BỘ NỘI VỤ\nSố: 512/TB-BNV\nHà Nội. ngày J2 tháng JJ năm 2/25"
    let body = "Báo cáo kết quả thực hiện về Bộ Nội vụ trước ngày 20/12/2025."
    let record = parser.parse(SampleDispatch.text(header: header, title: "", body: body))
    #expect(record.date == nil)
    #expect(record.warnings.contains("date: not found"))
  }
}
