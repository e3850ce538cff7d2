import DispatchParser
import Testing

/// Urgency stamps, confidentiality marks and copy blocks.
struct MarkRuleTests {
  static let header = """
    UBND TỈNH QUẢNG NINH
    SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
    Số: 1846/SNNMT-TL
    V/v ứng phó với bão số 5
    """

  func record(stamp: String) -> DispatchRecord {
    let header = Self.header + "\n\(stamp)\nQuảng Ninh, ngày 24 tháng 8 năm 2025"
    return DispatchParser().parse(SampleDispatch.text(header: header, title: ""))
  }

  @Test(arguments: [("HỎA TỐC", "Hỏa tốc"), ("THƯỢNG KHẨN", "Thượng khẩn"), ("KHẨN", "Khẩn")])
  func readsUrgency(stamp: String, name: String) {
    let found = record(stamp: stamp)
    #expect(found.urgency == name)
    #expect(found.confidentiality == nil)
    #expect(found.issuer?.name == "Sở Nông nghiệp và Môi trường")
  }

  @Test(arguments: [("MẬT", "Mật"), ("TỐI MẬT", "Tối mật"), ("TUYỆT MẬT", "Tuyệt mật")])
  func readsConfidentiality(mark: String, name: String) {
    let found = record(stamp: mark)
    #expect(found.confidentiality == name)
    #expect(found.urgency == nil)
  }

  @Test func ordinaryDocumentHasNoStamps() {
    let found = DispatchParser().parse(SampleDispatch.text())
    #expect(found.urgency == nil && found.confidentiality == nil && found.copy == nil)
  }

  @Test(arguments: [("SAO Y", "Sao y", "SY"), ("TRÍCH SAO", "Trích sao", "TrS")])
  func readsCopyBlock(marker: String, kind: String, code: String) {
    let copy = """
      UBND PHƯỜNG LÊ CHÂN
      Số: 05/\(code)-UBND
      \(marker)
      Lê Chân, ngày 10 tháng 12 năm 2025
      Nơi nhận:
      - Các tổ dân phố;
      - Lưu: VT.
      TM. ỦY BAN NHÂN DÂN
      CHỦ TỊCH
      Trần Đức Thịnh
      """
    let text = SampleDispatch.text() + "\n" + copy
    let record = DispatchParser().parse(text)
    #expect(
      record.copy
        == DocumentCopy(
          kind: kind, number: "05", symbol: "05/\(code)-UBND", date: "2025-12-10",
          issuer: "Ủy ban nhân dân phường Lê Chân"))
    // The original's own fields are not taken from the copy block.
    #expect(record.symbol == "45/KH-SNV")
    #expect(record.signer?.name == "Lê Thị Mai")
    #expect(record.distribution == ["UBND tỉnh (b/c)", "Lưu: VT, VTLT"])
  }

  @Test func aStampReadAmongTheAddresseesIsTheUrgencyNotAnAddressee() {
    // 299/UBND-TTHC: "HỎA TỐC" stamped at a slant beside "Kính gửi:", read after it.
    let record = DispatchParser().parse(
      SampleDispatch.text(
        title: "V/v công bố Danh mục TTHC\nKính gửi:\nHỎA TỐC\n\n- Sở Giao thông vận tải;\n"
          + "- Sở Nông nghiệp và Phát triển nông thôn.\n"))
    #expect(record.urgency == "Hỏa tốc")
    #expect(
      record.recipients == ["Sở Giao thông vận tải", "Sở Nông nghiệp và Phát triển nông thôn"])
  }
}
