import DispatchParser
import Testing

/// Fields repaired by checking the OCR text against the rest of the same dispatch, on lines as
/// the fixture scans' OCR wrote them; what nothing in the text confirms stays as read or null.
struct OCRCrossCheckTests {
  let parser = DispatchParser()

  @Test func citesALawWhoseDateOCRGarbledWithoutADate() {
    // cv-2207-stnmt-200: the month of the law's date was lost.
    let body = """
      Căn cứ Luật Đất đai ngày I§ tháng năm 2024; Nghị định số
      101/2024/NĐ-CP ngày 29/7/2024 của C -hính phủ quy định về điều tra cơ bản đất
      đai, đăng ký;
      """
    let record = parser.parse(SampleDispatch.text(body: body))
    let law = record.references.first
    #expect(law?.kind == "Luật")
    #expect(law?.subject == "Đất đai")
    #expect(law?.symbol == nil)
    #expect(law?.date == nil)
    #expect(record.references.map(\.symbol) == [nil, "101/2024/NĐ-CP"])
    #expect(record.warnings.contains { $0.hasPrefix("references:") && $0.contains("I§") })
  }

  @Test func citesNoLawWhenNoDatePhraseFollowsItsName() {
    // A law named in passing, with a year and no "ngày", is no citation.
    let body =
      "Thực hiện Văn bản số 3164/UBND-VPS ngày 05/9/2024 về thi hành Luật Đất đai năm 2024."
    let record = parser.parse(SampleDispatch.text(body: body))
    #expect(record.references.map(\.kind) == ["Văn bản"])
  }

  @Test(arguments: [
    // cv-115-pa83-150: a speck read as a colon inside the subject.
    (
      "V/v phối hợp: bảo đảm an ninh, an toàn\nmạng lưới bưu chính, viễn thông",
      "Phối hợp bảo đảm an ninh, an toàn mạng lưới bưu chính, viễn thông"
    ),
    // A colon before a name is the writer's.
    ("V/v góp ý dự thảo: Luật Lưu trữ (sửa đổi)", "Góp ý dự thảo: Luật Lưu trữ (sửa đổi)"),
  ])
  func dropsAColonBetweenLowerCaseWordsOfASubject(subjectLines: String, subject: String) {
    let header = """
      CÔNG AN TỈNH THANH HÓA
      PHÒNG AN NINH KINH TẾ
      Số: 115/CV-PA83
      \(subjectLines)

      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
      Độc lập - Tự do - Hạnh phúc
      Thanh Hóa, ngày 17 tháng 3 năm 2009

      Kính gửi: Bưu điện tỉnh Thanh Hóa
      """
    let record = parser.parse(SampleDispatch.text(header: header, title: ""))
    #expect(record.subject == subject)
  }

  @Test(arguments: ["ƠNG PHONG", "ƠN PHONG"])
  func readsTheDeputysTitleFromTheEndOfAGarbledTitleLine(garbled: String) {
    // cv-115-pa83-150: "PHÓ TRƯỞNG PHÒNG" read as "ạq HỒ" and "ƠNG PHONG" (which restoration
    // may turn into the syllable "ƠN").
    let signer = "KT. TRƯỜNG PHÒNG\nẻ\nạq HỒ\n›\n\(garbled)\n}Ƒ}——\n`. Trung tá Lê Văn Thắng"
    let record = parser.parse(SampleDispatch.text(signer: signer))
    #expect(
      record.signer
        == Signer(
          authority: "KT", onBehalfOf: "Trưởng phòng", title: "Phó Trưởng phòng",
          name: "Lê Văn Thắng", rank: "Trung tá"))
    #expect(record.warnings.contains { $0.contains(garbled) })
  }

  @Test(arguments: [
    // Letters that are not the end of the head's title give no title.
    "KT. TRƯỞNG PHÒNG\nƠNG BAN\nLê Văn Thắng",
    // Outside KT. the signer need not be a deputy.
    "TL. TRƯỞNG PHÒNG\nƠNG PHONG\nLê Văn Thắng",
  ])
  func leavesAnUnconfirmedTitleNull(signer: String) {
    let record = parser.parse(SampleDispatch.text(signer: signer))
    #expect(record.signer?.title == nil)
    #expect(record.signer?.name == "Lê Văn Thắng")
  }

  @Test(
    "Formulas of a list item read with a slip are repaired (\"(để …)\", \"Cổng thông tin\"); other words stay",
    arguments: [
      (
        "Các Khoa, Phòng ban liên quan (đề thực hiện)",
        "Các Khoa, Phòng ban liên quan (để thực hiện)", "\"(để …)\" formula"
      ),
      ("Hiệu trưởng (để b/e)", "Hiệu trưởng (để b/c)", "\"(để …)\" formula"),
      ("Phòng Tài chính (đề xuất)", "Phòng Tài chính (đề xuất)", "formula"),
      // "Cổng" read "Công" before "thông tin" and the portal's codes only.
      ("Công TT-ĐT tỉnh", "Cổng TT-ĐT tỉnh", "Cổng thông tin"),
      ("Các công thông tin, EPU 235", "Các cổng thông tin, EPU 235", "Cổng thông tin"),
      ("Công Thông tin điện tử tỉnh", "Cổng Thông tin điện tử tỉnh", "Cổng thông tin"),
      ("Cổng TTĐT tỉnh", "Cổng TTĐT tỉnh", "Cổng thông tin"),
      ("Công an tỉnh", "Công an tỉnh", "Cổng thông tin"),
      ("Công ty TTĐTX", "Công ty TTĐTX", "Cổng thông tin"),
      ("Phòng Công thương", "Phòng Công thương", "Cổng thông tin"),
    ])
  func listItemFormulas(item: String, repaired: String, warning: String) {
    let footer = "Nơi nhận:\n- \(item);\n- Lưu: VT, CTSV."
    let record = parser.parse(SampleDispatch.text(footer: footer))
    #expect(record.distribution.first == repaired)
    let warned = record.warnings.contains { $0.contains(warning) }
    #expect(warned == (item != repaired))
  }

  @Test("An item broken after \"và\", or before a line starting \"Và\", runs on in the next line")
  func itemsBrokenAtAConjunction() {
    let footer = """
      Nơi nhận:
      - Các Sở: Xây dựng, Kế hoạch và
      Đầu tư, Tài chính;
      - Ban Quản lý Khu kinh tế Dung Quất
      Và các Khu công nghiệp Quảng Ngãi;
      - Tỉnh đoàn;
      - Lưu: VT, KGVX.
      """
    let record = parser.parse(SampleDispatch.text(footer: footer))
    #expect(
      record.distribution == [
        "Các Sở: Xây dựng, Kế hoạch và Đầu tư, Tài chính",
        "Ban Quản lý Khu kinh tế Dung Quất Và các Khu công nghiệp Quảng Ngãi", "Tỉnh đoàn",
        "Lưu: VT, KGVX",
      ])
  }

  @Test("A body in the list with a slip on its marks is read as the dispatch writes it elsewhere")
  func listItemAsTheDispatchWritesIt() {
    let footer = """
      Nơi nhận:
      - Như trên;
      - Bệ Tài chính;
      - Sở Tư pháp;
      - Lưu: VT, KTTH.
      """
    let body = """
      Thực hiện Công văn số 123/BTC-QLCS ngày 02/01/2025 của Bộ Tài chính về việc góp ý.
      Các đơn vị góp ý vào dự thảo nêu trên và gửi về Sở Tư pháp.
      """
    let record = parser.parse(SampleDispatch.text(body: body, footer: footer))
    #expect(record.distribution.contains("Bộ Tài chính"))
    #expect(record.distribution.contains("Sở Tư pháp"))
    // "Như trên" is the formula, not the body's "nêu trên".
    #expect(record.distribution.first == "Như trên")
    #expect(record.warnings.contains { $0.contains("as the dispatch writes it") })
    // Nothing written otherwise elsewhere: the item stays as read.
    let plain = parser.parse(SampleDispatch.text(footer: footer))
    #expect(plain.distribution.contains("Bệ Tài chính"))
  }

  @Test("A subject's slip on a valid syllable is read as the body writes the words, if always")
  func subjectWordsAsTheBodyWritesThem() {
    let title = "THÔNG BÁO\nTăng cường giám sát trong phòng thì"
    let body = """
      Căn cứ Luật Giáo dục đại học ngày 18 tháng 6 năm 2012; Nhà trường thông báo như sau:
      1. Cho phép sinh viên mang túi xách để gần chỗ ngồi trong phòng thi.
      2. Tăng cường lực lượng bảo vệ gần khu vực các phòng thi.
      """
    let record = parser.parse(SampleDispatch.text(title: title, body: body))
    #expect(record.subject == "Tăng cường giám sát trong phòng thi")
    #expect(record.warnings.contains { $0.contains("\"phòng thì\" read as \"phòng thi\"") })
    // Once in the body is not enough; nor a body that writes the words both ways.
    for other in [
      "Căn cứ Luật Giáo dục đại học; Nhà trường thông báo như sau:\n1. Sinh viên ngồi trong phòng thi.",
      "Căn cứ Luật Giáo dục đại học; Nhà trường thông báo như sau:\n1. Giám sát phòng thi; phòng thì rộng.\n2. Các phòng thi mở cửa sớm.",
    ] {
      let kept = parser.parse(SampleDispatch.text(title: title, body: other))
      #expect(kept.subject == "Tăng cường giám sát trong phòng thì")
    }
  }

  @Test func readsTheArticleFormulaAndTheParentBodysCode() {
    // qd-85-thptcva-150: the school sends to the Sở it answers to.
    let header = """
      SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ NỘI.
      TRƯỜNG THPT CHU VĂN AN
      Số: 85/QĐ-THPTCVA
      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
      Độc lập - Tự do - Hạnh phúc
      Hà Nội. ngày 06 tháng 5 năm 2025
      """
    let footer = """
      ơi nhân:
      * Như Đ›ều $3;
      Sở GIMYT Hà Nội (đế lực},
      + Lưu: VT,CM
      """
    let record = parser.parse(
      SampleDispatch.text(
        header: header, title: "QUYẾT ĐỊNH\nVề việc thành lập Hội đồng coi kiểm tra",
        footer: footer, signer: "HIỆU TRƯỞNG\nị\n\\\nNguyễn Thị Thanh Thủy"))
    #expect(record.issuer?.parent == "Sở Giáo dục và Đào tạo Hà Nội")
    #expect(record.distribution == ["Như Điều 3", "Sở GDĐT Hà Nội (để b/c)", "Lưu: VT, CM"])
    #expect(record.warnings.filter { $0.hasPrefix("distribution:") }.count == 2)
  }

  @Test(arguments: [
    // Another Sở, or another place, is not the parent body.
    "Sở GIMYT Hải Phòng (để b/c)", "Sở YT Hà Nội (để b/c)", "Sở GTVT Hà Nội",
  ])
  func keepsBodyCodesTheIssuerDoesNotConfirm(item: String) {
    let header = """
      SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ NỘI
      TRƯỜNG THPT CHU VĂN AN
      Số: 85/QĐ-THPTCVA
      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
      Độc lập - Tự do - Hạnh phúc
      Hà Nội, ngày 06 tháng 5 năm 2025
      """
    let record = parser.parse(
      SampleDispatch.text(header: header, footer: "Nơi nhận:\n- \(item);\n- Lưu: VT, CM."))
    #expect(record.distribution == [item, "Lưu: VT, CM"])
  }

  @Test func readsAPersonInTheListAsTheBodyNamesThem() {
    // tb-512-bnv-200: "Quang Huy" read as "Qung Hai" in the list only.
    let body = """
      Ngày 05/11/2025, tại trụ sở Bộ Nội vụ, Thứ trưởng Trần Quang Huy đã chủ trì buổi làm việc.
      """
    let footer = """
      Nơi nhận:
      - Bộ trưởng (để b/c);
      Thứ trưởng Trần Qung Hai
      - Lưu: VT, VP.
      """
    let record = parser.parse(SampleDispatch.text(body: body, footer: footer))
    #expect(
      record.distribution == ["Bộ trưởng (để b/c)", "Thứ trưởng Trần Quang Huy", "Lưu: VT, VP"])
  }

  @Test(arguments: [
    // The body names another person.
    ("Thứ trưởng Trần Văn Hùng", "Thứ trưởng Trần Qung Hai"),
    // A well-formed name may be another deputy with a near name.
    ("Thứ trưởng Trần Quang Huy", "Thứ trưởng Trần Quang Hải"),
  ])
  func keepsAPersonTheBodyDoesNotConfirm(named: String, item: String) {
    let body = "Ngày 05/11/2025, \(named) đã chủ trì buổi làm việc."
    let footer = "Nơi nhận:\n- \(item);\n- Lưu: VT, VP."
    let record = parser.parse(SampleDispatch.text(body: body, footer: footer))
    #expect(record.distribution == [item, "Lưu: VT, VP"])
  }

  @Test(arguments: [
    // tb-496-tu-200: the body writes the name cleanly.
    ("Ban Thường vụ Tỉnh ủy kết luận như sau:", "Kết luận của Ban Thường vụ Tỉnh ủy"),
    // A body that does not write the name confirms nothing.
    ("Văn phòng Tỉnh ủy kết luận như sau:", "Kết luận của ban thị jờng vụ Tỉnh ủy"),
  ])
  func readsANameInTheSubjectAsTheBodyWritesIt(body: String, subject: String) {
    let header = """
      TỈNH ỦY NINH BÌNH
      Số 496-TB/TU
      ĐẢNG CỘNG SẢN VIỆT NAM
      Ninh Bình, ngày 14 tháng 10 năm 2025
      """
    let record = parser.parse(
      SampleDispatch.text(
        header: header, title: "THÔNG BÁO\nKẾT LUẬN CỦA BAN THỊ JỜNG VỤ TỈNH ỦY\n",
        body: "Tại hội nghị ngày 10/10/2025, " + body))
    #expect(record.subject == subject)
  }

  @Test func readsTheListAboveTheSignerWhenOCRLostItsLabel() {
    // bc-365-lechan-150: the label and two of the three items were not read.
    let body = """
      Trên đây là báo cáo kết quả công tác văn thư, lưu trữ năm 2025 của Ủy ban nhân
      dân phường Lê Chân. Kính gửi Sở Nội vụ tổng
      báo cáo UBND thành phố theo quy

      định.
      - Sở Nội vụ thành phố (h/c};

      """
    let signer = "TM. ỦY BAN NHÂN\n.KT.CHỦ TỊCH\nPHÓ CHỦ TỊCH\n= Phạm Việt Anh"
    let record = parser.parse(SampleDispatch.text(body: body, footer: "", signer: signer))
    #expect(record.distribution == ["Sở Nội vụ thành phố (b/c)"])
    #expect(record.signer?.name == "Phạm Việt Anh")
    #expect(record.warnings.contains { $0.hasPrefix("distribution:") })
  }

  @Test func takesNoDashedBodyListForTheDistribution() {
    let body = """
      Sở Nội vụ đề nghị các đơn vị:
      - Kiểm tra hồ sơ lưu trữ của đơn vị;
      - Báo cáo kết quả trước ngày 15/12/2025.

      """
    let record = parser.parse(SampleDispatch.text(body: body, footer: ""))
    #expect(record.distribution.isEmpty)
    #expect(record.signer?.name == "Lê Thị Mai")
  }

  @Test func warnsWhenTheSymbolAndTheFilingItemDisagreeOnTheOwnCode() {
    // cv-115-pa83-150: "PA83" read as "PAS3" in the symbol and "PA#3" in the filing item.
    let header = """
      CÔNG AN TỈNH THANH HÓA.
      PHÒNG AN NINH KINH TẾ
      Số: II5/CV-PAS3
      V/v phối hợp bảo đảm an ninh, an toàn

      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
      Độc lập - Tự do - Hạnh phúc
      Thanh Hóa, ngày 17 tháng 3 năm 2009
      """
    let footer = "Nơi nhận:\n~ Như trên;\n- Đ/c Giám đốc CAT (để hức);\n- Lưu: PA#3 (Đ3)."
    let record = parser.parse(SampleDispatch.text(header: header, title: "", footer: footer))
    // Neither reading is changed: nothing tells whether the figure is 5 or 8.
    #expect(record.symbol == "115/CV-PAS3")
    #expect(record.distribution.last == "Lưu: PA#3 (Đ3)")
    #expect(record.warnings.contains { $0.hasPrefix("symbol:") && $0.contains("PA#3") })
  }
}
