import VietnameseText

/// Reads the header zone: issuing body and its parent, number and symbol, place and date,
/// and a công văn's "V/v" subject. Works line by line on left and right column parts, so it
/// reads both reading-order text and lines where OCR merged the columns.
struct HeaderReader: Sendable {
  /// The issuer lines in the left column, before the number.
  var issuerLines: [String] = []
  /// The number line's symbol.
  var symbol: SymbolReader.Found?
  /// The date of the place-and-date line.
  var date: DateReader.Found?
  /// The place written before the date, place kind dropped.
  var place: String?
  /// A "Số:" line whose symbol could not be read.
  var unreadNumberLine: String?
  /// The date phrase as written when the place-and-date line was found but its date could
  /// not be read ("ngày tháng 9 năm 2024").
  var damagedDate: String?
  /// What a damaged date phrase still tells, with reduced precision ("2024-09", "2024").
  var partialDate: String?
  /// The text after "V/v", continuation lines joined.
  var subject: String?
  /// The index of the last line that held header information (issuer, number, date, V/v).
  var lastLine: Int?
  /// Urgency and confidentiality stamps seen in the header.
  var urgency: String?
  /// The confidentiality mark seen in the header.
  var confidentiality: String?

  /// Reads the header from the given lines.
  init(lines: ArraySlice<AlignedText>) {
    var subjectParts: [String] = []
    var inSubject = false
    for (index, line) in zip(lines.indices, lines) where !line.isBlank {
      let before = (issuerLines.count, symbol, date, subjectParts.count)
      defer {
        if before != (issuerLines.count, symbol, date, subjectParts.count) { lastLine = index }
      }
      if let stamp = MarkReader.urgency(line) {
        urgency = urgency ?? stamp
        continue
      }
      if let mark = MarkReader.confidentiality(line) {
        confidentiality = confidentiality ?? mark
        continue
      }
      let parts = ColumnSplitter.header(line)
      if date == nil, place == nil, parts.rightKind == .placeAndDate {
        readPlaceAndDate(Self.joiningDateLine(parts.right, after: index, in: lines))
      }
      let left = parts.left
      if left.isBlank || DocumentLayout.isDecoration(left) || DocumentLayout.isSalutation(left) {
        inSubject = false
        continue
      }
      if symbol == nil, let found = SymbolReader.afterNumberLabel(in: left) {
        symbol = found
        inSubject = false
        continue
      }
      // The printed codes on a line of their own under a "Số:" whose number was handwritten.
      if symbol == nil, left.original.first == "/",
        let found = SymbolReader.printedTail(in: left, from: 0)
      {
        symbol = found
        unreadNumberLine = nil
        continue
      }
      if let start = DocumentLayout.subjectLabel(left) {
        subjectParts = [left.text(from: start)]
        inSubject = true
        continue
      }
      if inSubject {
        subjectParts.append(left.string)
        continue
      }
      // "Số: §…" whose symbol could not be read is still no issuer line.
      if symbol == nil, left.keyed.firstMatch(of: #/^[^a-z0-9]{0,3}s[a-z]{0,2}\s*:/#) != nil {
        unreadNumberLine = left.string
        continue
      }
      if symbol == nil, Self.isMostlyCaps(left) {
        issuerLines.append(
          Self.droppingStutter(Self.trimmingMarks(Self.trimmingSpecks(left.string))))
      }
    }
    if !subjectParts.isEmpty {
      subject = SubjectText.clean(subjectParts.joined(separator: " "))
    }
  }

  /// The place line with the next line when the date runs on to it: "Hà Nội, ngày" over
  /// "tháng 10 năm 2025", where the handwritten day pushed the rest down.
  static func joiningDateLine(
    _ right: AlignedText, after index: Int, in lines: ArraySlice<AlignedText>
  ) -> AlignedText {
    guard right.keyed.firstMatch(of: #/(?:,|ngay)\s*$/#) != nil,
      let next = lines[(index + 1)...].first(where: { !$0.isBlank }),
      next.keyed.firstMatch(of: #/^\W{0,2}(?:ngay|thang)\b.*\b(?:19|20)\d\d\b/#) != nil
    else { return right }
    return AlignedText(right.string + " " + next.string)
  }

  /// Reads the place and date; when OCR garbled the date ("ngày tháng 9 năm 2024") the place
  /// is still read and the date is left nil with `damagedDate` set.
  mutating func readPlaceAndDate(_ right: AlignedText) {
    let found = DateReader.all(in: right).first
    let damaged = found == nil ? DateReader.damagedPhrase(in: right) : nil
    guard let dateStart = found?.range.lowerBound ?? damaged?.lowerBound else {
      // The date lost to handwriting: the place, and the year when "năm 2022" is left.
      if let known = ColumnSplitter.knownPlace(opening: right) {
        place = known
        damagedDate = right.string
        if let year = right.keyed.firstMatch(of: #/n[a-z]{1,3}\s*((?:19|20)\d\d)\b/#) {
          partialDate = String(year.output.1)
        }
      }
      return
    }
    date = found
    damagedDate = damaged.map { right.text($0) }
    partialDate = damaged.flatMap { DateReader.partial(in: right, phrase: $0) }
    var text = right.text(0..<dateStart).trimmingSpaces
    while let last = text.last, last == "," || last == "." { text.removeLast() }
    text = String(text.drop { !$0.isLetter && !$0.isNumber })
    let aligned = AlignedText(text.trimmingSpaces)
    let words = aligned.words
    guard !words.isEmpty else { return }
    var start = 0
    for kind in Vocabulary.placeKinds
    where Fuzzy.phraseMatches(words, at: 0, kind.folded, exact: true) {
      if kind.folded.count < words.count, !(words[kind.folded.count].key.first?.isNumber ?? true) {
        start = words[kind.folded.count].range.lowerBound
      }
      break
    }
    place = aligned.text(from: start).trimmingSpaces
  }

  /// The text without OCR specks at its ends ("UBND TỈNH X _" → "UBND TỈNH X").
  static func trimmingSpecks(_ text: String) -> String {
    let words = text.split(whereSeparator: \.isWhitespace)
    let isWord: (Substring) -> Bool = {
      $0.contains { VietnameseCharacters.isVietnameseLetter($0) || $0.isNumber }
    }
    let kept = words.drop { !isWord($0) }.reversed().drop { !isWord($0) }
    return kept.reversed().joined(separator: " ")
  }

  /// A name line without the marks OCR adds at its ends ("'TỈNH ỦY", "HÀ NỘI."): a name
  /// starts with a letter or digit and ends with one or a closing bracket.
  static func trimmingMarks(_ text: String) -> String {
    let isEnd: (Character) -> Bool = { $0.isLetter || $0.isNumber }
    let head = text.drop { !isEnd($0) }
    let kept = head.reversed().drop { !isEnd($0) && $0 != ")" }
    return String(kept.reversed())
  }

  /// The line without a broken first reading of words that OCR then read again whole
  /// ("PHƯỜNG LÊ CH/ LÊ CHÂN" → "PHƯỜNG LÊ CHÂN"): the broken copy ends in a non-letter
  /// and is a prefix of the words after it.
  static func droppingStutter(_ text: String) -> String {
    var words = text.split(separator: " ").map(String.init)
    var index = 0
    while index < words.count {
      let broken = words[index]
      guard let last = broken.last, !last.isLetter, !last.isNumber, broken.count >= 2 else {
        index += 1
        continue
      }
      let stem = String(broken.dropLast())
      var dropped = false
      for length in 1...min(index + 1, 4) where index + length < words.count {
        let copy = Array(words[(index + 1 - length)...index])
        let next = Array(words[(index + 1)..<min(words.count, index + 1 + length)])
        guard next.count == length, copy.dropLast() == next.dropLast(),
          let full = next.last, full.hasPrefix(stem), full.count > stem.count
        else { continue }
        words.removeSubrange((index + 1 - length)...index)
        index = index + 1 - length
        dropped = true
        break
      }
      if !dropped { index += 1 }
    }
    return words.joined(separator: " ")
  }

  /// Letters at least four-fifths capitals: how issuer names are printed.
  static func isMostlyCaps(_ text: AlignedText) -> Bool {
    let letters = text.original.filter(\.isLetter)
    guard letters.count >= 2 else { return false }
    return Double(letters.filter { !$0.isLowercase }.count) >= 0.8 * Double(letters.count)
  }

  /// Groups header lines into bodies: a line that starts with an organisation kind ("SỞ",
  /// "ỦY BAN NHÂN DÂN") names a new body; any other line continues the one above it.
  static func units(_ lines: [String]) -> [String] {
    var units: [String] = []
    for line in lines {
      let words = AlignedText(line).words
      let startsBody = Vocabulary.organizationKinds.contains {
        Fuzzy.phraseMatches(words, at: 0, $0.folded, exact: true)
      }
      if startsBody || units.isEmpty {
        units.append(line)
      } else {
        units[units.count - 1] += " " + line
      }
    }
    return units
  }

  /// The issuing body and its parent, in sentence case. When OCR lost the body's kind
  /// ("PHƯỜNG LÊ CHÂN" without "ỦY BAN NHÂN DÂN"), the symbol's last segment supplies it, and
  /// "issuer" joins `doubts`.
  func issuer(warnings: inout [String], doubts: inout Set<String>) -> Issuer? {
    let bodies = Self.units(issuerLines)
    guard var name = bodies.last else { return nil }
    let words = AlignedText(name).words
    let hasKind = Vocabulary.organizationKinds.contains {
      Fuzzy.phraseMatches(words, at: 0, $0.folded, exact: true)
    }
    let startsWithPlace = Vocabulary.placeKinds.contains {
      Fuzzy.phraseMatches(words, at: 0, $0.folded, exact: true)
    }
    if !hasKind, startsWithPlace, let symbol,
      let last = symbol.symbol.split(whereSeparator: { $0 == "-" || $0 == "/" }).last,
      let expansion = Vocabulary.abbreviations[AlignedText(last).folded]
    {
      name = expansion.joined(separator: " ").uppercased() + " " + name
      warnings.append(
        "issuer: body kind missing from the header, taken from the symbol \"\(last)\"")
      doubts.insert("issuer")
    }
    let parent = bodies.count >= 2 ? bodies[bodies.count - 2] : nil
    return Issuer(
      name: NameStyler.organization.style(name),
      parent: parent.flatMap { NameStyler.organization.style($0) })
  }
}
