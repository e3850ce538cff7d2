/// What the words around a citation say about it when its own tail names no issuer:
/// items of one list share the issuer and subject written after the last of them, and an
/// issuer may be named before the citation ("theo đề nghị của Bộ Tài chính tại các Công văn:
/// số …", "UBND tỉnh đã ban hành các Quyết định: số …").
enum CitationContext {
  /// A citation with its issuer and subject read from its own tail.
  struct Part {
    var reference: Reference
    /// Where the citation starts (its kind, or its number in a list).
    var start: Int
    /// Where its tail (issuer, subject) ends.
    var end: Int
    /// The symbol as OCR read it, when its codes were repaired.
    var readAs: String?
  }

  /// Fills in issuers and subjects from the citation's neighbours.
  static func complete(_ parts: inout [Part], in body: AlignedText) {
    shareWithinLists(&parts, in: body)
    let starts = parts.map(\.start)
    for index in parts.indices where parts[index].reference.issuer == nil {
      guard parts[index].reference.symbol != nil else { continue }
      parts[index].reference.issuer = issuerBefore(parts[index].start, starts: starts, in: body)
    }
  }

  /// "các Quyết định số: 1743/QĐ-BGTVT, 1744/QĐ-BGTVT ngày 31/12/2024 của Bộ trưởng … về …",
  /// "Nghị định số 103/2024/NĐ-CP ngày … và Nghị định số 104/2024/NĐ-CP ngày … của Chính
  /// phủ": a numbered citation with neither issuer nor subject of its own, followed after a
  /// comma or "và" by one of the same kind, shares that one's.
  private static func shareWithinLists(_ parts: inout [Part], in body: AlignedText) {
    for index in parts.indices.dropLast().reversed() {
      let next = parts[index + 1]
      let current = parts[index].reference
      guard current.symbol != nil, current.issuer == nil, current.subject == nil,
        next.reference.kind == current.kind, parts[index].end <= next.start
      else { continue }
      let gap = body.keyed(parts[index].end..<next.start)
        .split(whereSeparator: { $0 == " " || $0 == "," })
      guard gap.isEmpty || gap == ["va"] else { continue }
      parts[index].reference.issuer = next.reference.issuer
      parts[index].reference.subject = next.reference.subject
      if current.date == nil, gap.isEmpty { parts[index].reference.date = next.reference.date }
    }
  }

  /// Titles of a body's head that the body's citations are not issued under: a department's
  /// letter is the department's ("đề xuất của Giám đốc Sở Tài chính tại Công văn số …").
  private static let headTitles = ["giam doc ", "pho giam doc "]

  /// The issuer named in the clause before `start`, when the clause leads into this citation
  /// (or the list it belongs to) through "của X tại (nội dung) (các)" or "X (đã) ban hành (các)".
  private static func issuerBefore(_ start: Int, starts: [Int], in body: AlignedText) -> String? {
    let from = max(0, start - 2000)
    // The clause: back to a sentence end, or to a ";" that does not go on with the same list
    // ("…; số 1187/BTC-ĐT ngày …"), which the citation's own first words may show.
    var clauseStart = 0
    let characters = Array(body.keyed(from..<(start + 4)))
    let clauseEnd = min(start - from, characters.count)
    for index in characters.indices.prefix(clauseEnd).reversed() {
      let c = characters[index]
      let rest = String(characters[(index + 1)...].prefix(4))
      if c == ";" && !rest.hasPrefix(" so ") || c == "." && rest.hasPrefix(" ") {
        clauseStart = index + 1
        break
      }
    }
    let clause = String(characters[clauseStart..<max(clauseStart, clauseEnd)])
    let patterns = [
      #/\bcua ((?:(?!cua )[^;:,.]){3,90}) tai (?:noi dung )?(?:cac )?/#,
      #/(?:^[\s,]*|, )((?:(?!, )[^;:.]){3,60}?) (?:da )?ban hanh (?:cac )?/#,
    ]
    for pattern in patterns {
      guard let match = clause.matches(of: pattern).last else { continue }
      let nameLower = clause.distance(from: clause.startIndex, to: match.output.1.startIndex)
      let nameUpper = clause.distance(from: clause.startIndex, to: match.output.1.endIndex)
      let matchEnd =
        from + clauseStart
        + clause.distance(
          from: clause.startIndex, to: match.range.upperBound)
      // The phrase must lead into a citation: the first one after it starts within a kind's
      // name and a colon ("Công văn: ", "Quyết định số: ").
      guard let first = starts.filter({ $0 >= matchEnd }).min(), first - matchEnd <= 30 else {
        continue
      }
      var name = body.text((from + clauseStart + nameLower)..<(from + clauseStart + nameUpper))
      let folded = AlignedText(name).keyed
      if let title = headTitles.first(where: { folded.hasPrefix($0) }) {
        name = String(name.dropFirst(title.count))
      }
      guard name.first?.isUppercase == true else { continue }
      return NameStyler.organization.style(name)
    }
    return nil
  }
}
