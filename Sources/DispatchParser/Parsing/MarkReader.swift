/// Reads the stamps of a dispatch: urgency, confidentiality, and the copy block.
enum MarkReader {
  private static let urgencies: [(folded: [String], name: String)] = [
    (["hoa", "toc"], "Hỏa tốc"), (["thuong", "khan"], "Thượng khẩn"), (["khan"], "Khẩn"),
  ]
  private static let secrecies: [(folded: [String], name: String)] = [
    (["tuyet", "mat"], "Tuyệt mật"), (["toi", "mat"], "Tối mật"), (["mat"], "Mật"),
  ]
  private static let copies: [(folded: [String], name: String)] = [
    (["sao", "y", "ban", "chinh"], "Sao y"), (["sao", "y"], "Sao y"),
    (["trich", "sao"], "Trích sao"),
    (["sao", "luc"], "Sao lục"),
  ]

  /// The urgency named by a stamp standing alone in capitals.
  static func urgency(_ text: AlignedText) -> String? { stamp(text, urgencies) }

  /// The confidentiality named by a mark standing alone in capitals.
  static func confidentiality(_ text: AlignedText) -> String? { stamp(text, secrecies) }

  /// The copy kind named by a "SAO Y" / "TRÍCH SAO" / "SAO LỤC" line.
  static func copyKind(_ text: AlignedText) -> String? { stamp(text, copies) }

  /// Whether a line is read from the incoming-mail stamp a receiving office puts on a dispatch
  /// ("CÔNG VĂN ĐẾN / Số: … / Ngày: … / Chuyển: …"): its labels carry a colon that no running
  /// text puts after "Ngày" or "Chuyển", or the stamp's "ĐẾN" stands alone.
  static func isReceivedStampLine(_ text: AlignedText) -> Bool {
    let keyed = text.keyed
    if keyed.firstMatch(of: #/\bchuyen\s*:|\bng[a-z]{2}\s*:\s*\S|^cv\s+\S+\s*:|\bcong van den\b/#)
      != nil
    {
      return true
    }
    return keyed.firstMatch(of: #/^d[e]n\s*[|:]|^den$/#) != nil && HeaderReader.isMostlyCaps(text)
  }

  private static func stamp(_ text: AlignedText, _ table: [(folded: [String], name: String)])
    -> String?
  {
    let letters = text.original.filter(\.isLetter)
    guard !letters.isEmpty, letters.allSatisfy({ !$0.isLowercase }) else { return nil }
    let words = text.words
    for entry in table where entry.folded.count == words.count {
      if Fuzzy.phraseMatches(words, at: 0, entry.folded, exact: true) { return entry.name }
    }
    return nil
  }

  /// Reads the copy block that starts at `start`: its kind, symbol, date and copying body.
  static func copy(in lines: ArraySlice<AlignedText>) -> DocumentCopy? {
    guard let kind = lines.lazy.compactMap({ copyKind($0) }).first else { return nil }
    var symbol: SymbolReader.Found?
    var date: DateReader.Found?
    var names: [String] = []
    for line in lines {
      let parts = ColumnSplitter.header(line)
      if symbol == nil, let found = SymbolReader.afterNumberLabel(in: parts.left) {
        symbol = found
        continue
      }
      if date == nil, let found = DateReader.all(in: line).first { date = found }
      if symbol == nil, copyKind(line) == nil, !DocumentLayout.isDecoration(parts.left),
        !parts.left.isBlank
      {
        names.append(parts.left.string)
      }
    }
    let issuer = HeaderReader.units(names).last.flatMap { NameStyler.organization.style($0) }
    return DocumentCopy(
      kind: kind, number: symbol?.number, symbol: symbol?.symbol, date: date?.iso, issuer: issuer)
  }
}
