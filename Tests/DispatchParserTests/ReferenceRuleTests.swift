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

  @Test func anAmendingLawNamesTheLawsItAmends() {
    let found = references(
      "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22/11/2019;"
    )
    #expect(found.map(\.kind) == ["Luật", "Luật"])
    #expect(
      found.map(\.subject) == [
        "Tổ chức chính quyền địa phương",
        "sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương",
      ])
    #expect(found.map(\.date) == ["2015-06-19", "2019-11-22"])
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

  @Test func itemsOfAListShareTheIssuerAndSubjectWrittenAfterTheLast() {
    let found = references(
      "Thực hiện các Quyết định số: 1743/QĐ-BGTVT, 1744/QĐ-BGTVT ngày 31/12/2024 của Bộ trưởng "
        + "Bộ Giao thông vận tải về việc công bố thủ tục hành chính (TTHC) được ban hành mới. Căn "
        + "cứ Nghị định số 103/2024/NĐ-CP ngày 30/7/2024 và Nghị định số 104/2024/NĐ-CP ngày "
        + "31/7/2024 của Chính phủ; Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 và Thông tư số "
        + "01/2011/TT-BNV ngày 19/01/2011 của Bộ Nội vụ.")
    #expect(found.map(\.issuer).prefix(4).allSatisfy { $0 != nil })
    #expect(found[0].issuer == "Bộ trưởng Bộ Giao thông vận tải")
    #expect(found[0].subject == "công bố thủ tục hành chính (TTHC) được ban hành mới")
    #expect(found[0].subject == found[1].subject)
    #expect(found[2].issuer == "Chính phủ")
    // Another kind after "và" is another issuer's: the decree is not the ministry's.
    #expect(found[4].symbol == "30/2020/NĐ-CP")
    #expect(found[4].issuer == nil)
    #expect(found[5].issuer == "Bộ Nội vụ")
  }

  @Test func anIssuerNamedBeforeTheCitationIsItsIssuer() {
    let found = references(
      "Theo đề xuất của Giám đốc Sở Tài chính tại Công văn số 4039/STC-HCSN ngày 20/11/2024, "
        + "UBND tỉnh báo cáo. Trên cơ sở ý kiến của Thường trực HĐND tỉnh tại các Công văn: số "
        + "87/HĐND-KTNS ngày 15/5/2024 về việc điều chỉnh dự toán, số 208/HĐND-KTNS ngày "
        + "30/10/2024 về việc điều chỉnh; UBND tỉnh đã ban hành các Quyết định: Số 418/QĐ-UBND "
        + "ngày 30/5/2024 về việc điều chỉnh dự toán. Căn cứ Kế hoạch số 44/KH-UBND ngày "
        + "08/8/2025 về tuyên truyền.")
    #expect(
      found.map(\.issuer) == [
        "Sở Tài chính", "Thường trực Hội đồng nhân dân tỉnh", "Thường trực Hội đồng nhân dân tỉnh",
        "Ủy ban nhân dân tỉnh", nil,
      ])
  }

  /// The issuer named before a list holds for its items however long the list runs, and an
  /// item after "; số" is still the list's ("…; số 1187/BTC-ĐT ngày …").
  @Test func anIssuerNamedBeforeAListHoldsForItsLastItems() {
    let item = { (number: Int) in
      "số \(number)/QĐ-UBND ngày 14/11/2024 về việc điều chỉnh, bổ sung dự toán chi ngân sách nhà "
        + "nước năm 2024 đối với Sở Nông nghiệp và Phát triển nông thôn tại Quyết định số "
        + "1368/QĐ-UBND ngày 12/12/2023 của UBND tỉnh"
    }
    let found = references(
      "Thường trực HĐND tỉnh đã có ý kiến; UBND tỉnh đã ban hành các Quyết định: " + item(418)
        + ", " + item(728) + ", " + item(734)
        + ", " + item(736) + " và " + item(735) + ", cụ thể như sau:")
    let listed = found.filter { $0.symbol != "1368/QĐ-UBND" }
    #expect(listed.map(\.number) == ["418", "728", "734", "736", "735"])
    #expect(listed.allSatisfy { $0.issuer == "Ủy ban nhân dân tỉnh" })
    let semicolon = references(
      "Theo đề nghị của Bộ Tài chính tại nội dung các Công văn: Số 1060/BTC-QLGCS ngày "
        + "23/01/2025 về việc xin ý kiến dự thảo Nghị định quy định tại Nghị định số "
        + "104/2024/NĐ-CP ngày 31/7/2024 của Chính phủ; số 1187/BTC-ĐT ngày 24/01/2025 về việc "
        + "xin ý kiến dự thảo Nghị định. Chủ tịch UBND tỉnh có ý kiến như sau:")
    #expect(semicolon.first { $0.symbol == "1187/BTC-ĐT" }?.issuer == "Bộ Tài chính")
    #expect(semicolon.first { $0.symbol == "104/2024/NĐ-CP" }?.issuer == "Chính phủ")
  }

  @Test func aLawWhoseArticleIsCitedInsideAnotherCitationIsItsOwnReference() {
    let found = references(
      "Thực hiện Công văn số 1060/BTC-QLGCS ngày 23/01/2025 về việc xin ý kiến dự thảo Nghị định "
        + "quy định các trường hợp khác được miễn, giảm tiền sử dụng đất theo quy định tại khoản 2 "
        + "Điều 157 Luật Đất đai và sửa đổi một số nội dung.")
    #expect(found.map(\.kind) == ["Công văn", "Luật"])
    #expect(
      found.first?.subject?.hasPrefix(
        "xin ý kiến dự thảo Nghị định quy định các trường hợp khác được miễn, giảm tiền sử dụng đất"
      ) == true)
  }

  @Test func aSubjectHoldsTheCitationsItNamesAndStillCitesThem() {
    let found = references(
      "UBND tỉnh đã ban hành các Quyết định: số 418/QĐ-UBND ngày 30/5/2024 về việc điều chỉnh "
        + "dự toán đối với Sở Xây dựng tại Quyết định số 1368/QĐ-UBND ngày 12/12/2023 của UBND "
        + "tỉnh, số 728/QĐ-UBND ngày 13/11/2024 về việc phân khai kinh phí. Căn cứ Nghị định số "
        + "115/2021/NĐ-CP ngày 16/12/2021 của Chính phủ về việc sửa đổi, bổ sung một số điều của "
        + "Nghị định số 08/2016/NĐ-CP ngày 25/01/2016 của Chính phủ; Quyết định số 5/QĐ-UBND "
        + "ngày 02/01/2025 về việc giao chỉ tiêu và Quyết định số 6/QĐ-UBND ngày 03/01/2025.")
    #expect(
      found.map(\.symbol) == [
        "418/QĐ-UBND", "1368/QĐ-UBND", "728/QĐ-UBND", "115/2021/NĐ-CP", "08/2016/NĐ-CP",
        "5/QĐ-UBND", "6/QĐ-UBND",
      ])
    #expect(
      found.map(\.subject) == [
        "điều chỉnh dự toán đối với Sở Xây dựng tại Quyết định số 1368/QĐ-UBND ngày 12/12/2023 của "
          + "UBND tỉnh",
        nil, "phân khai kinh phí",
        "sửa đổi, bổ sung một số điều của Nghị định số 08/2016/NĐ-CP ngày 25/01/2016 của Chính phủ",
        nil,
        // "và" joins two citations of one sentence unless the subject already holds one.
        "giao chỉ tiêu", nil,
      ])
    #expect(found[1].issuer == "Ủy ban nhân dân tỉnh")
  }

  @Test func aSubjectEndsWithItsParagraph() {
    let found = references(
      "Căn cứ Quyết định số 5959/QĐ-BVT ngày 21/9/2021 của Giám đốc Bệnh viện về việc phê duyệt "
        + "kế hoạch đấu giá “Bán thanh lý tài sản”\n\nBệnh viện đề nghị các đơn vị đăng tải.")
    #expect(found.map(\.subject) == ["phê duyệt kế hoạch đấu giá “Bán thanh lý tài sản”"])
  }

  @Test func anIssuerEndsWhereTheCitingSentenceGoesOn() {
    let found = references(
      "Sử dụng kinh phí tại Quyết định số 1284/QĐ-UBND ngày 10/12/2024 của Chủ tịch Ủy ban nhân "
        + "dân tỉnh để bố trí cho các cơ quan.")
    #expect(found.first?.issuer == "Chủ tịch Ủy ban nhân dân tỉnh")
  }
}
