/// Splits a line where OCR of plain text merged the two columns of a header or footer
/// ("PHUONG LE CHAN Péc 1ap - Tu do - Hanh phic") into its left and right parts, by
/// recognising what can only stand in the right column.
enum ColumnSplitter {
  /// The two parts of a line; either may be empty.
  struct Parts: Sendable {
    /// The left column's text (issuer, number, V/v, Nơi nhận items).
    var left: AlignedText
    /// The right column's text (national name, motto, place and date, signer block).
    var right: AlignedText
    /// What the right part holds.
    var rightKind: RightKind?
  }

  /// What a right-column part holds.
  enum RightKind: Sendable, Equatable {
    case nationalName, motto, partyName, placeAndDate
  }

  /// Splits a header line.
  static func header(_ line: AlignedText) -> Parts {
    let words = line.words
    var cut: Int?
    var kind: RightKind?
    for (index, word) in words.enumerated() {
      if Fuzzy.wordMatches(word.key, "cong"), index + 1 < words.count,
        Fuzzy.wordMatches(words[index + 1].key, "hoa"),
        index + 2 < words.count,
        Fuzzy.phraseMatches(words, at: index + 2, ["xa", "hoi"])
          || Fuzzy.phraseMatches(words, at: index + 2, ["chu", "nghia"])
      {
        (cut, kind) = (words[index].range.lowerBound, .nationalName)
        break
      }
      if Fuzzy.phraseMatches(words, at: index, ["dang", "cong", "san"]) {
        (cut, kind) = (words[index].range.lowerBound, .partyName)
        break
      }
      if Fuzzy.phraseMatches(words, at: index, ["tu", "do"], exact: true), index >= 2,
        line.keyed(words[index - 1].range.upperBound..<word.range.lowerBound).contains(where: {
          "-–—‒".contains($0)
        })
      {
        (cut, kind) = (words[index - 2].range.lowerBound, .motto)
        break
      }
      if Fuzzy.phraseMatches(words, at: index, ["doc", "lap", "tu", "do"]) {
        (cut, kind) = (words[index].range.lowerBound, .motto)
        break
      }
    }
    let readable = DateReader.all(in: line).first?.range.lowerBound
    let dateStart = readable ?? DateReader.damagedPhrase(in: line)?.lowerBound
    if cut == nil, let dateStart {
      let start = placeStart(line, before: dateStart)
      // A body sentence ("… trước ngày 20/12/2025") is not a place-and-date line: the date
      // must follow a place and comma, a number, or stand at the start.
      let opensLine =
        line.text(0..<start).allSatisfy { !$0.isLetter || $0.isUppercase }
        || SymbolReader.afterNumberLabel(in: line) != nil
      if start < dateStart || opensLine {
        (cut, kind) = (start, .placeAndDate)
      }
    }
    // A known place and a comma whose date OCR lost to handwriting ("Hà Nội, ngày¿2háng0„ năm
    // 2022", "Hà Nội,"): still the place-and-date line.
    if cut == nil, dateStart == nil, knownPlace(opening: line) != nil {
      (cut, kind) = (0, .placeAndDate)
    }
    guard let cut else { return Parts(left: line, right: AlignedText(""), rightKind: nil) }
    return Parts(
      left: AlignedText(line.text(0..<cut).trimmingSpaces),
      right: AlignedText(line.text(from: cut).trimmingSpaces), rightKind: kind)
  }

  /// The province or district name that opens `line` followed by a comma ("Hà Nội, …"), or
  /// `nil`.
  static func knownPlace(opening line: AlignedText) -> String? {
    let text = line.string
    guard let comma = text.firstIndex(of: ","),
      text.distance(from: text.startIndex, to: comma) <= 30
    else { return nil }
    var name = String(text[..<comma]).trimmingSpaces
    for kind in ["TP.", "Tp.", "TP", "Thành phố", "Tỉnh", "Huyện", "Quận", "Thị xã"]
    where name.hasPrefix(kind + " ") || (kind.hasSuffix(".") && name.hasPrefix(kind)) {
      name = String(name.dropFirst(kind.count)).trimmingSpaces
      break
    }
    return Vocabulary.placeNames.contains(name) ? name : nil
  }

  /// Where the place name starts before a date: after the number's symbol when the line has
  /// one, otherwise at the capitalised words before the comma that precedes "ngày".
  private static func placeStart(_ line: AlignedText, before dateStart: Int) -> Int {
    if let symbol = SymbolReader.afterNumberLabel(in: line), symbol.range.upperBound <= dateStart {
      return symbol.range.upperBound
    }
    let before = line.keyed(0..<dateStart)
    let closing = before.trimmingSpaces.last
    guard closing == "," || closing == "." else { return dateStart }
    let words = line.words.filter { $0.range.upperBound <= dateStart }
    var start = dateStart
    for word in words.reversed().prefix(4) {
      let first = line.original[word.range.lowerBound]
      guard first.isUppercase || first.isNumber else { break }
      let isCaps = line.text(word.range).allSatisfy { !$0.isLowercase }
      if isCaps && word.range.upperBound - word.range.lowerBound > 1 && start != dateStart { break }
      start = word.range.lowerBound
      if isCaps { break }
    }
    return start
  }
}

extension StringProtocol {
  /// The text without leading and trailing whitespace.
  var trimmingSpaces: String {
    let chars = Array(self)
    var lower = 0
    var upper = chars.count
    while lower < upper, chars[lower].isWhitespace { lower += 1 }
    while upper > lower, chars[upper - 1].isWhitespace { upper -= 1 }
    return String(chars[lower..<upper])
  }
}
