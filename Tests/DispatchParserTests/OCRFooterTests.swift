import DispatchParser
import Testing

/// "Nơi nhận" lists and signer blocks as the fixture scans' OCR wrote them.
struct OCRFooterTests {
  let parser = DispatchParser()

  @Test func readsItemsWithoutDashesAndABraceForTheBracket() {
    // cv-1846-snnmt-150.
    let footer = """
      Nơi nhận:
      Như trên;
      - UBND tỉnh (để bíc};
      - Ban Chỉ huy PTDS tỉnh; .
      ~ Lưu: VT, TL.

      Q. GIÁM ĐỐC
      (2
      Đặng Quốc Khánh
      """
    let record = parser.parse(SampleDispatch.text(footer: footer, signer: ""))
    #expect(
      record.distribution == [
        "Như trên", "UBND tỉnh (để b/c)", "Ban Chỉ huy PTDS tỉnh", "Lưu: VT, TL",
      ])
    #expect(
      record.signer
        == Signer(authority: "Q", onBehalfOf: nil, title: "Giám đốc", name: "Đặng Quốc Khánh"))
  }

  @Test func readsAStopBetweenFilingCodesAndASpeckBeforeTheAuthority() {
    // cv-1846-snnmt-200.
    let footer = """
      Nơi nhận: -
      ~ Như trên;
      UBND tỉnh (để bíc);
      - Ban Chỉ huy PTDS tỉnh;
      - Lưu: VT. TL.

      — ý Q.GIÁM ĐỐC
      ⁄
      Đặng Quốc Khánh
      """
    let record = parser.parse(SampleDispatch.text(footer: footer, signer: ""))
    #expect(
      record.distribution == [
        "Như trên", "UBND tỉnh (để b/c)", "Ban Chỉ huy PTDS tỉnh", "Lưu: VT, TL",
      ])
    #expect(record.signer?.authority == "Q")
    #expect(record.signer?.title == "Giám đốc")
  }

  @Test func keepsTheTitleAfterAFilingLineWithoutItsDash() {
    // qd-85-thptcva-200: "Lưu: VT, CM." without its dash is a list item, not a name.
    let footer = """
      Nơi nhận:
      - Như Điều 3;
      - Sở GDĐT Hà Nội (để bíc);
      Lưu: VT, CM.

      HIỆU TRƯỞNG
      Nguyễn Thị Thanh Thủy
      """
    let record = parser.parse(SampleDispatch.text(footer: footer, signer: ""))
    #expect(record.distribution == ["Như Điều 3", "Sở GDĐT Hà Nội (để b/c)", "Lưu: VT, CM"])
    #expect(
      record.signer
        == Signer(
          authority: nil, onBehalfOf: nil, title: "Hiệu trưởng", name: "Nguyễn Thị Thanh Thủy"))
  }

  @Test func repairsTheFilingCodeAgainstTheOwnSymbol() {
    // cv-2207-stnmt-200: "QLĐP" for the drafting unit QLĐĐ of 2207/STNMT-QLĐĐ; "lbíc" for "b/c".
    let header = "UBND TỈNH NAM ĐỊNH\nSỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG\nSố: 2207/STNMT-QLĐĐ"
    let footer = """
      Nơi nhận:
      ~ Như trên;
      - UBND tỉnh (để lbíc);
      ~ Giám đốc, các PGĐ Sở;
      - Lưu: VT, QLĐP.
      """
    let record = parser.parse(SampleDispatch.text(header: header, footer: footer))
    #expect(
      record.distribution == [
        "Như trên", "UBND tỉnh (để b/c)", "Giám đốc, các PGĐ Sở", "Lưu: VT, QLĐĐ",
      ])
  }

  @Test func stopsTheListAtTheFilingItem() {
    // cv-2207-stnmt-150: the signer's name, its first letter lost, starts with a dash.
    let footer = """
      Nơi nhận:
      ~ Như trên;
      - Giám đốc, các PGĐ Sở;
      - Lưu: VT.QLĐĐ. ˆ

      KT. CIÁM ĐỐC
      PHÓ GIÁM ĐỐC
      lR
      - *ã Thị Hồng Nhung
      """
    let record = parser.parse(SampleDispatch.text(footer: footer, signer: ""))
    #expect(record.distribution == ["Như trên", "Giám đốc, các PGĐ Sở", "Lưu: VT, QLĐĐ"])
    #expect(record.signer?.title == "Phó Giám đốc")
  }

  @Test func readsALabelWithoutColonAndAMangledAuthority() {
    // tb-512-bnv-150.
    let footer = """
      Nơi nhận mm-
      - Sở Nội vụ các tỉnh, thành phố;
      - Lưu: VT, VP.

      _T1„ BỘ TRƯỞNG
      „ CHẮNH YẤN PHÒNG
      "HÁ
      r/S
      — Ỳỷ——_
      Đỗ Minh Hòa
      """
    let record = parser.parse(SampleDispatch.text(footer: footer, signer: ""))
    #expect(record.distribution == ["Sở Nội vụ các tỉnh, thành phố", "Lưu: VT, VP"])
    #expect(
      record.signer
        == Signer(
          authority: "TL", onBehalfOf: "Bộ trưởng", title: "Chánh Văn phòng", name: "Đỗ Minh Hòa"))
  }

  @Test func readsAListLineWithAColonAsAnItemNotAName() {
    // tb-512-bnv-150: "«Cục: VTLTNN, Vụ PC, TTTT:" has capitalised words but is a list line.
    let footer = """
      Nơi nhận:
      - Bộ trưởng (để b/c);
      «Cục: VTLTNN, Vụ PC, TTTT:
      - Lưu: VT, VP.

      TL. BỘ TRƯỞNG
      CHÁNH VĂN PHÒNG
      Đỗ Minh Hòa
      """
    let record = parser.parse(SampleDispatch.text(footer: footer, signer: ""))
    #expect(record.signer?.title == "Chánh Văn phòng")
    #expect(record.signer?.name == "Đỗ Minh Hòa")
  }

  @Test(arguments: [
    // bc-365-lechan-200: one word split in two.
    ("KT. CHỦ TỊCH\nPHÓ CHỦ T ỊCH\nPhạm Việt Anh", "Phó Chủ tịch"),
    // cv-115-pa83-200: "TRƯỞNG" cut short, "PHÒNG" on a line of its own after a speck line.
    ("KT.TRƯỞNG PHÒNG\nPHÓ TRL\n^ rmrfc Sự\nPHÒNG\nTrung tá Lê Văn Thắng", "Phó Trưởng phòng"),
  ])
  func matchesGarbledTitlesToKnownTitles(signer: String, title: String) {
    let record = parser.parse(SampleDispatch.text(signer: signer))
    #expect(record.signer?.title == title)
  }

  @Test func readsTheDraftersGivenNameAsACommonOne() {
    // dl_2025_0009: "Tuấn PM" read "Tuân PM"; a body's code after its kind stays.
    let footer =
      "Nơi nhận:\n- Như trên;\n- Lưu: VT, CTSV, Tuân PM (02).\n"
    let record = parser.parse(SampleDispatch.text(footer: footer, signer: ""))
    #expect(record.distribution == ["Như trên", "Lưu: VT, CTSV, Tuấn PM (02)"])
    let unit = "Nơi nhận:\n- Như trên;\n- Lưu: VT, Phòng KT.\n"
    #expect(
      parser.parse(SampleDispatch.text(footer: unit, signer: "")).distribution == [
        "Như trên", "Lưu: VT, Phòng KT",
      ])
  }

  @Test func readsTheEmDashOfACompoundNameAsItsEnDash() {
    // 660TBUB: "Lao động – Thương binh" read with an em dash.
    let footer =
      "Nơi nhận:\n- Như trên;\n- Các Sở: Lao động — Thương binh và Xã hội, Xây dựng;\n- Lưu: VT."
    let record = parser.parse(SampleDispatch.text(footer: footer, signer: ""))
    #expect(
      record.distribution == [
        "Như trên", "Các Sở: Lao động – Thương binh và Xã hội, Xây dựng", "Lưu: VT",
      ])
  }

  @Test(
    "\"(để b/c)\" with its slash read as u or ư, its b as h or l, or its bracket lost",
    arguments: [
      ("- Đ/c Giám đốc CAT (để hức);", "Đ/c Giám đốc CAT (để b/c)"),
      ("- UBND tỉnh (để bực;", "UBND tỉnh (để b/c)"),
      ("- Sở GDĐT Hà Nội (đế lực", "Sở GDĐT Hà Nội (để b/c)"),
      // Other marks stay as they are.
      ("- Sở Tư pháp (để phối hợp);", "Sở Tư pháp (để phối hợp)"),
    ])
  func readsTheReportMark(item: String, expected: String) {
    let footer = "Nơi nhận:\n- Như trên;\n\(item)\n- Lưu: VT."
    let record = parser.parse(SampleDispatch.text(footer: footer, signer: ""))
    #expect(record.distribution == ["Như trên", expected, "Lưu: VT"])
  }
}
