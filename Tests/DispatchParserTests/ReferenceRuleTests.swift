import DispatchParser
import Testing

/// References cited in the body and the "Căn cứ" lines.
struct ReferenceRuleTests {
  func references(_ body: String) -> [Reference] {
    DispatchParser().parse(SampleDispatch.text(body: body)).references
  }

  @Test func readsNumberedCitationWithIssuerAndSubject() {
    let found = references(
      "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;")
    #expect(
      found == [
        Reference(
          kind: "Nghị định", typeCode: "NĐ", number: "30", symbol: "30/2020/NĐ-CP",
          date: "2020-03-05",
          issuer: "Chính phủ", subject: "công tác văn thư")
      ])
  }

  @Test func readsCongVanWithAbbreviatedIssuer() {
    let found = references(
      "Thực hiện Công văn số 6121/SVHTTDL-TTBCXB ngày 28/11/2025 của UBND thành phố về việc báo cáo kết quả năm 2025, Sở Nội vụ hướng dẫn như sau:"
    )
    #expect(found.count == 1)
    #expect(found.first?.kind == "Công văn")
    #expect(found.first?.typeCode == nil)
    #expect(found.first?.issuer == "Ủy ban nhân dân thành phố")
    #expect(found.first?.subject == "báo cáo kết quả năm 2025")
  }

  @Test func readsPartySymbolWithHyphen() {
    let found = references(
      "Thực hiện Thông báo số 496-TB/TU ngày 14/10/2025 của Ban Thường vụ Tỉnh ủy, các cơ quan triển khai."
    )
    #expect(found.first?.symbol == "496-TB/TU")
    #expect(found.first?.number == "496")
    #expect(found.first?.typeCode == "TB")
    #expect(found.first?.issuer == "Ban Thường vụ Tỉnh ủy")
  }

  @Test func readsLawsWithoutNumberAndSpelledDates() {
    let found = references(
      "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật Lưu trữ ngày 11 tháng 11 năm 2011;"
    )
    #expect(found.map(\.kind) == ["Luật", "Luật"])
    #expect(found.map(\.symbol) == [nil, nil])
    #expect(found.map(\.subject) == ["Tổ chức chính quyền địa phương", "Lưu trữ"])
    #expect(found.map(\.date) == ["2015-06-19", "2011-11-11"])
  }

  @Test func splitsCitationsJoinedByVa() {
    let found = references(
      "UBND phường ban hành Quyết định số 112/QĐ-UBND ngày 15/7/2025 về Quy chế công tác văn thư, lưu trữ và Kế hoạch số 44/KH-UBND ngày 08/8/2025 về tuyên truyền cải cách hành chính, giao nhiệm vụ cho công chức."
    )
    #expect(
      found.map(\.subject) == [
        "Quy chế công tác văn thư, lưu trữ", "tuyên truyền cải cách hành chính",
      ])
    #expect(found.map(\.typeCode) == ["QĐ", "KH"])
  }

  @Test func readsOCRCitation() {
    let found = references(
      "+ Ké hoach s6 30/KH-UBND ngay 28/7/2025 vé thyc hién cai cach hanh chinh, trong d6 xac dinh")
    #expect(found.first?.kind == "Kế hoạch")
    #expect(found.first?.date == "2025-07-28")
    #expect(found.first?.subject == "thyc hién cai cach hanh chinh")
  }

  @Test func readsLawsCitedByNameAndYearButNotShortNames() {
    let found = references("Thực hiện hiệu quả Đề án 06/CP và Luật Đất đai năm 2024 trên địa bàn.")
    #expect(found.map(\.kind) == ["Luật"])
    #expect(found.first?.subject == "Đất đai")
    #expect(found.first?.date == "2024")
  }

  @Test func aLawNamedAgainInsideAnotherCitationIsNotASecondReference() {
    let found = references(
      "Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024; Công văn số 3164/UBND-VP5 ngày 05/9/2024 "
        + "của Ủy ban nhân dân tỉnh về triển khai thi hành Luật Đất đai năm 2024. Thực hiện Luật "
        + "Đất đai năm 2024, Sở đề nghị.")
    #expect(found.map(\.kind) == ["Luật", "Công văn"])
    #expect(found.last?.subject == "triển khai thi hành Luật Đất đai năm 2024")
  }

  @Test func itemsOfAListShareTheirHeadsKindAndDate() {
    let found = references(
      "Theo đề nghị của Bộ Tài chính tại các Công văn: Số 1060/BTC-QLGCS ngày 23/01/2025 về việc "
        + "xin ý kiến dự thảo; số 1187/BTC-ĐT ngày 24/01/2025 về việc xin ý kiến. Thực hiện các "
        + "Quyết định số: 1743/QĐ-BGTVT, 1744/QĐ-BGTVT ngày 31/12/2024 của Bộ trưởng.")
    #expect(found.map(\.kind) == ["Công văn", "Công văn", "Quyết định", "Quyết định"])
    #expect(found.map(\.date) == ["2025-01-23", "2025-01-24", "2024-12-31", "2024-12-31"])
  }
}
