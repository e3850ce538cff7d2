import DispatchParser
import Testing

/// The signer block: authority prefixes, titles, ranks and names, and merged footer lines.
struct SignerRuleTests {
  func signer(_ block: String) -> Signer? {
    DispatchParser().parse(SampleDispatch.text(signer: block)).signer
  }

  @Test(arguments: [
    (
      "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTrần Đức Thịnh",
      Signer(
        authority: "TM", onBehalfOf: "Ủy ban nhân dân", title: "Chủ tịch", name: "Trần Đức Thịnh")
    ),
    (
      "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nPhạm Việt Anh",
      Signer(authority: "KT", onBehalfOf: "Chủ tịch", title: "Phó Chủ tịch", name: "Phạm Việt Anh")
    ),
    (
      "TL. BỘ TRƯỞNG\nCHÁNH VĂN PHÒNG\nĐỗ Minh Hòa",
      Signer(
        authority: "TL", onBehalfOf: "Bộ trưởng", title: "Chánh Văn phòng", name: "Đỗ Minh Hòa")
    ),
    (
      "TUQ. GIÁM ĐỐC\nTRƯỞNG PHÒNG\n(Đã ký)\nNguyễn Văn Bình",
      Signer(
        authority: "TUQ", onBehalfOf: "Giám đốc", title: "Trưởng phòng", name: "Nguyễn Văn Bình")
    ),
    (
      "Q. GIÁM ĐỐC\nĐặng Quốc Khánh",
      Signer(authority: "Q", onBehalfOf: nil, title: "Giám đốc", name: "Đặng Quốc Khánh")
    ),
    (
      "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC\nMai Văn Tuất",
      Signer(
        authority: "TM", onBehalfOf: "Ban Thường vụ", title: "Phó Bí thư Thường trực",
        name: "Mai Văn Tuất")
    ),
    (
      "KT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG\nTrung tá Lê Văn Thắng",
      Signer(
        authority: "KT", onBehalfOf: "Trưởng phòng", title: "Phó Trưởng phòng",
        name: "Lê Văn Thắng", rank: "Trung tá")
    ),
    (
      "HIỆU TRƯỞNG\nNGUYỄN THỊ THANH THỦY",
      Signer(authority: nil, onBehalfOf: nil, title: "Hiệu trưởng", name: "Nguyễn Thị Thanh Thủy")
    ),
  ])
  func readsSignerBlocks(block: String, expected: Signer) {
    #expect(signer(block) == expected)
  }

  @Test func separatesMergedFooterColumns() {
    let footer = """
      Nơi nhận: TM. ỦY BAN NHÂN DÂN
      - Sở Nội vụ (b/c); KT. CHỦ TỊCH
      - CT, PCT UBND phường Phạm Việt Anh; PHÓ CHỦ TỊCH
      - Lưu: VT, VHXH. \\ *
      """
    let record = DispatchParser().parse(SampleDispatch.text(footer: footer, signer: ""))
    #expect(record.distribution == ["Sở Nội vụ (b/c)", "CT, PCT UBND phường", "Lưu: VT, VHXH"])
    #expect(
      record.signer
        == Signer(
          authority: "KT", onBehalfOf: "Chủ tịch", title: "Phó Chủ tịch", name: "Phạm Việt Anh"))
  }

  @Test func keepsNamesInsideDistributionItems() {
    let footer = "Nơi nhận:\n- Thứ trưởng Trần Quang Huy;\n- Lưu: VT."
    let record = DispatchParser().parse(SampleDispatch.text(footer: footer))
    #expect(record.distribution == ["Thứ trưởng Trần Quang Huy", "Lưu: VT"])
    #expect(record.signer?.name == "Lê Thị Mai")
  }

  @Test func joinsWrappedDistributionItems() {
    let footer =
      "Nơi nhận:\n- Sở Văn hóa, Thể thao và Du lịch\nthành phố Hải Phòng (b/c);\n- Lưu: VT."
    let record = DispatchParser().parse(SampleDispatch.text(footer: footer))
    #expect(
      record.distribution == [
        "Sở Văn hóa, Thể thao và Du lịch thành phố Hải Phòng (b/c)", "Lưu: VT",
      ])
  }

  @Test func readsSignerBlockPrintedBeforeTheList() {
    let footer =
      "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nVũ Thị Hồng Nhung\nNơi nhận:\n- Như trên;\n- Lưu: VT."
    let record = DispatchParser().parse(SampleDispatch.text(footer: footer, signer: ""))
    #expect(
      record.signer
        == Signer(
          authority: "KT", onBehalfOf: "Giám đốc", title: "Phó Giám đốc", name: "Vũ Thị Hồng Nhung")
    )
    #expect(record.distribution == ["Như trên", "Lưu: VT"])
  }

  @Test(
    "A name whose first word OCR misread is repaired to the one family name with the same letters",
    arguments: [
      ("TL. BỘ TRƯỞNG\nCHÁNH VĂN PHÒNG\nĐồ Minh Hòa", "Đỗ Minh Hòa"),
      ("Q. GIÁM ĐỐC\nĐăng Quốc Khánh", "Đặng Quốc Khánh"),
      ("Q. GIÁM ĐỐC\nPhăm Việt Anh", "Phạm Việt Anh"),
      // Family names as read, or a form two family names share (La, Lã), stay as they are.
      ("Q. GIÁM ĐỐC\nLê Văn Thắng", "Lê Văn Thắng"),
      ("Q. GIÁM ĐỐC\nLã Văn Cường", "Lã Văn Cường"),
      ("Q. GIÁM ĐỐC\nLá Văn Cường", "Lá Văn Cường"),
      // A rare family name as read stays; a slip on its letters is the frequent one's.
      ("GIÁM ĐỐC\nHạ Bá Chân", "Hạ Bá Chân"),
      ("GIÁM ĐỐC\nHả Bá Chân", "Hà Bá Chân"),
    ])
  func surnameRepair(block: String, name: String) {
    let record = DispatchParser().parse(SampleDispatch.text(signer: block))
    #expect(record.signer?.name == name)
    let warned = record.warnings.contains { $0.contains("a name opens with a family name") }
    #expect(warned == !block.hasSuffix(name))
  }

  @Test func aGarbledAuthorityKeepsTheHeadAndGivesNoTitle() {
    // tuanhud 01/TB-BGH: "KT. HIỆU TRƯỞNG" crossed by the signature, "PHÓ HIỆU TRƯỞNG" lost.
    let record = DispatchParser().parse(SampleDispatch.text(signer: "4A. HIỆU TRƯỞNG\nS4"))
    #expect(record.signer?.onBehalfOf == "Hiệu trưởng")
    #expect(record.signer?.title == nil)
    #expect(record.signer?.authority == nil)
    #expect(record.warnings.contains { $0.contains("\"4A.\"") })
  }
}
