/// Reads document symbols: "365/BC-UBND", "12/2025/QĐ-UBND", "496-TB/TU", "/UBND-SGDĐT",
/// including OCR forms split by spaces ("365 /BC-UBND").
enum SymbolReader {
  /// A symbol and its parts.
  struct Found: Sendable, Equatable {
    /// The registration number; nil when it is missing ("/UBND-SGDĐT").
    let number: String?
    /// The whole symbol without spaces.
    let symbol: String
    /// The Appendix III (or cited) type whose code the symbol carries, if any.
    let type: DocumentType?
    /// The first code segment ("BC", "STNMT", "CV"), whether or not it is a type code.
    let firstSegment: String?
    /// Character offsets in the text.
    let range: Range<Int>
  }

  /// The symbol after "Số:" at the start of a header line ("Số: 365/BC-UBND", "S6:365 /BC-UBND").
  static func afterNumberLabel(in text: AlignedText) -> Found? {
    guard let label = text.keyed.firstMatch(of: #/^[^a-z0-9]{0,3}s[a-z]{0,2}\s*[:;.,]?\s*/#) else {
      return nil
    }
    let start = text.offsets(of: label.range, in: text.keyed).upperBound
    let rest = String(text.numeric.dropFirst(start))
    guard let match = rest.firstMatch(of: headerPattern) else {
      return printedTail(in: text, from: start)
    }
    let range = text.offsets(of: match.range, in: rest)
    return parse(text, (start + range.lowerBound)..<(start + range.upperBound))
  }

  /// The printed part of a symbol whose number was written by hand and not read ("Số: 4#
  /// /CT-UBND", "Số«2⁄⁄JÉ /TB-ĐHĐL"): the codes from the slash on, found within a few
  /// characters of the label, after marks that spell no word. Its number is nil.
  static func printedTail(in text: AlignedText, from start: Int) -> Found? {
    let rest = String(text.keyed.dropFirst(start))
    guard let match = rest.firstMatch(of: #/\/[\s.]*([a-z][a-z0-9]*(?:\s*[\-\/]\s*[a-z0-9]+)+)/#),
      case let junk = rest[..<match.range.lowerBound],
      junk.count <= maximumHandwrittenWidth,
      !junk.split(separator: " ").contains(where: { $0.filter(\.isLetter).count >= 3 })
    else { return nil }
    let codes = text.offsets(of: match.output.1.startIndex..<match.output.1.endIndex, in: rest)
    let range = (start + codes.lowerBound)..<(start + codes.upperBound)
    let written = text.text(range).filter { !$0.isWhitespace }.replacingColons
    let firstSegment = written.split(whereSeparator: { $0 == "-" || $0 == "/" }).first.map(
      String.init)
    return Found(
      number: nil, symbol: "/" + written, type: firstSegment.flatMap { DocumentType.forCode($0) },
      firstSegment: firstSegment, range: range)
  }

  /// The most characters OCR makes of a handwritten number between "Số:" and the printed codes
  /// ("'†E ", "«2⁄⁄JÉ "): more is text, not a number.
  static let maximumHandwrittenWidth = 10

  /// Every symbol in running text (the body's citations), in order.
  static func all(in text: AlignedText) -> [Found] {
    text.numeric.matches(of: bodyPattern).compactMap { match in
      parse(text, text.offsets(of: match.range, in: text.numeric))
    }
  }

  private static var headerPattern: Regex<Substring> {
    #/^(?:\d+\s*)?(?:\/\s*\d{4}\s*)?[\/\-]\s*[a-z][a-z0-9]*(?:\s*[\-\/]\s*[a-z0-9]+)*/#
  }

  private static var bodyPattern: Regex<Substring> {
    #/\d+(?:\/\d{4})?\/\/?\s?[a-z][a-z0-9]*(?:\s?[\-:]\s?[a-z0-9]+)+|\d+-[a-z]+\/[a-z0-9]+(?:-[a-z0-9]+)*|\d+\/\d{4}\/qh\d+/#
  }

  /// Splits a matched symbol into number, type code and the rest.
  static func parse(_ text: AlignedText, _ range: Range<Int>) -> Found? {
    let original = text.text(range)
    let numericView = Array(text.numeric.dropFirst(range.lowerBound).prefix(range.count))
    var compact = ""
    var numericCompact = ""
    for (character, numeric) in zip(original, numericView) where !character.isWhitespace {
      compact.append(character)
      numericCompact.append(numeric)
    }
    let trimmedCount =
      compact.count - compact.reversed().prefix(while: { $0 == "-" || $0 == "/" }).count
    // The number as read with lookalikes fixed ("I15" → "115"); the codes as written.
    let digits = String(numericCompact.prefix(trimmedCount).prefix(while: \.isNumber))
    // OCR reads a hyphen as a colon inside codes ("CT:BCA"), and stutters over a letter
    // ("HĐĐĐND"): no code repeats one three times.
    let codes = String(compact.prefix(trimmedCount).dropFirst(digits.count)).replacingColons
      .collapsingStutters
    // A slash printed twice ("5959//QĐ-BVT") is one.
    let trimmed = digits + codes.replacingOccurrences(of: "//", with: "/")
    guard trimmed.contains(where: \.isLetter), trimmed.contains(where: { $0 == "/" || $0 == "-" })
    else { return nil }
    var rest = Substring(codes)
    let partyStyle = rest.first == "-"
    rest = rest.dropFirst()
    // Normative documents carry the year: "30/2020/NĐ-CP".
    if !partyStyle, let year = rest.firstMatch(of: #/^\d{4}\//#) {
      rest = rest[year.range.upperBound...]
    }
    let firstSegment = rest.split(whereSeparator: { $0 == "-" || $0 == "/" }).first.map(String.init)
    let type = firstSegment.flatMap { DocumentType.forCode($0) }
    return Found(
      number: digits.isEmpty ? nil : digits, symbol: trimmed, type: type,
      firstSegment: firstSegment, range: range)
  }
}

extension String {
  /// The text with ":" read as "-", as OCR confuses them inside symbols.
  fileprivate var replacingColons: String { String(map { $0 == ":" ? "-" : $0 }) }

  /// The text with a letter written three times or more in a row written once.
  fileprivate var collapsingStutters: String {
    let characters = Array(self)
    var result: [Character] = []
    var index = 0
    while index < characters.count {
      var end = index + 1
      while end < characters.count, characters[end] == characters[index] { end += 1 }
      let run = end - index
      let stutter = characters[index].isLetter && run >= 3
      result += Array(repeating: characters[index], count: stutter ? 1 : run)
      index = end
    }
    return String(result)
  }
}
