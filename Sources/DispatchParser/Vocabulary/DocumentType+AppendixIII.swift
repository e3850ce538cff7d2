extension DocumentType {
  /// Decree 30/2020/NĐ-CP Appendix III: the names of administrative documents and the codes
  /// used in their symbols, followed by the three kinds of copy.
  public static let appendixIII: [DocumentType] = [
    DocumentType(code: "NQ", name: "Nghị quyết"),
    DocumentType(code: "QĐ", name: "Quyết định"),
    DocumentType(code: "CT", name: "Chỉ thị"),
    DocumentType(code: "QC", name: "Quy chế"),
    DocumentType(code: "QyĐ", name: "Quy định"),
    DocumentType(code: "TC", name: "Thông cáo"),
    DocumentType(code: "TB", name: "Thông báo"),
    DocumentType(code: "HD", name: "Hướng dẫn"),
    DocumentType(code: "CTr", name: "Chương trình"),
    DocumentType(code: "KH", name: "Kế hoạch"),
    DocumentType(code: "PA", name: "Phương án"),
    DocumentType(code: "ĐA", name: "Đề án"),
    DocumentType(code: "DA", name: "Dự án"),
    DocumentType(code: "BC", name: "Báo cáo"),
    DocumentType(code: "BB", name: "Biên bản"),
    DocumentType(code: "TTr", name: "Tờ trình"),
    DocumentType(code: "HĐ", name: "Hợp đồng"),
    DocumentType(code: "CĐ", name: "Công điện"),
    DocumentType(code: "BGN", name: "Bản ghi nhớ"),
    DocumentType(code: "BTT", name: "Bản thỏa thuận"),
    DocumentType(code: "GUQ", name: "Giấy ủy quyền"),
    DocumentType(code: "GM", name: "Giấy mời"),
    DocumentType(code: "GGT", name: "Giấy giới thiệu"),
    DocumentType(code: "GNP", name: "Giấy nghỉ phép"),
    DocumentType(code: "PG", name: "Phiếu gửi"),
    DocumentType(code: "PC", name: "Phiếu chuyển"),
    DocumentType(code: "PB", name: "Phiếu báo"),
    DocumentType(code: "SY", name: "Bản sao y"),
    DocumentType(code: "TrS", name: "Bản trích sao"),
    DocumentType(code: "SL", name: "Bản sao lục"),
  ]

  /// Normative and party documents that are cited but not issued under Appendix III.
  static let citedKinds: [DocumentType] = [
    DocumentType(code: "NĐ", name: "Nghị định"),
    DocumentType(code: "TT", name: "Thông tư"),
    DocumentType(code: "TTLT", name: "Thông tư liên tịch"),
    DocumentType(code: "PL", name: "Pháp lệnh"),
    DocumentType(code: "KL", name: "Kết luận"),
    DocumentType(code: "L", name: "Lệnh"),
    DocumentType(code: nil, name: "Hiến pháp"),
    DocumentType(code: nil, name: "Bộ luật"),
    DocumentType(code: nil, name: "Luật"),
    DocumentType(code: nil, name: "Công văn"),
    DocumentType(code: nil, name: "Văn bản"),
    DocumentType(code: nil, name: "Thông tri"),
  ]

  /// The Appendix III type with this code, matched exactly first ("HD" and "HĐ" differ only
  /// by the stroke), then on folded letters when OCR lost the case or the stroke.
  static func forCode(_ code: String) -> DocumentType? {
    let all = appendixIII + citedKinds.filter { $0.code != nil }
    if let exact = all.first(where: { $0.code == code }) { return exact }
    let folded = AlignedText(code).folded
    let candidates = all.filter { AlignedText($0.code ?? "").folded == folded }
    return candidates.count == 1 ? candidates[0] : nil
  }

  /// The folded words of the name ("bao cao").
  var foldedWords: [String] {
    AlignedText(name).folded.split(separator: " ").map(String.init)
  }
}
