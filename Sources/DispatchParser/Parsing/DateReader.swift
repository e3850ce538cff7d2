import VietnameseText

/// Reads Vietnamese dates: "ngày 01 tháng 12 năm 2025", "ngày 28/7/2025", and their OCR forms
/// ("ngay 01 thang 12 ndm 2025", "ngày l4 tháng Ol năm 2024", "ngày 08/&/2025").
enum DateReader {
  /// A date found in a text, with where it sits.
  struct Found: Sendable, Equatable {
    /// ISO 8601 ("2025-12-01").
    let iso: String
    /// Character offsets of the whole phrase, "ngày" included.
    let range: Range<Int>
  }

  /// Every date introduced by "ngày" in the text, in order.
  static func all(in text: AlignedText) -> [Found] {
    var found: [Found] = []
    // Only digits can stand in a date's slots, so every lookalike there is read as a digit
    // ("tháng Š", "ngày l4", "tháng Ol"); a slot that is not all digits and lookalikes is no date.
    let spelled =
      #/ng[a-z]{1,3}\s*(\S{1,3}?)[\s\-.,]*th[a-z]{1,4}\s*(\S{1,3}?)\s*[,]?\s*n[a-z]{1,3}\s*(\S{4}|\S{3}\s\S|\S\s\S{3})/#
    let numeric =
      #/ng[a-z]{1,3}\s*:?\s*(\S{1,2}?)\s*[\/.\-⁄]\s*(\S{1,2}?)\s*[\/.\-⁄]\s*(\S{4}|\S{3}\s\S|\S\s\S{3})/#
    let folded = Array(text.folded)
    for pattern in [spelled, numeric] {
      for match in text.folded.matches(of: pattern) {
        let range = text.offsets(of: match.range, in: text.folded)
        // A fifth digit ("20235") makes the year unreadable, not 2023.
        if range.upperBound < folded.count, digit(folded[range.upperBound]) != nil { continue }
        // A letter with Vietnamese marks ("ngụ Lộ tháng") is a word, not a digit's lookalike.
        let slots = [match.output.1, match.output.2, match.output.3].map {
          text.text(text.offsets(of: $0.startIndex..<$0.endIndex, in: text.folded))
        }
        if slots.joined().contains(where: {
          !$0.isASCII && VietnameseCharacters.isVietnameseLetter($0)
        }) {
          continue
        }
        if let iso = iso(day: match.output.1, month: match.output.2, year: match.output.3) {
          found.append(Found(iso: iso, range: range))
        }
      }
    }
    return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
  }

  /// A "ngày … tháng … năm …" phrase whose day, month or year OCR lost or garbled
  /// ("ngày tháng 9 năm 2024", "ngày 24 tháng ® năm 202$"): it still marks the place-and-date
  /// line, though no date can be read from it.
  static func damagedPhrase(in text: AlignedText) -> Range<Int>? {
    // The last "ng…" word before "tháng": "Quảng Ngãi, ngày…" also starts one.
    guard
      let match = text.keyed.firstMatch(
        of: #/^.*\b(ng[a-z]{1,3}\b\s?[^\n]{0,10}?th[a-z]{2,4}\s?[^\n]{0,6}?n[a-z]{1,3}\s*\S{2,5})/#)
    else { return nil }
    let phrase = match.output.1
    return text.offsets(of: phrase.startIndex..<phrase.endIndex, in: text.keyed)
  }

  /// The part of a damaged date phrase that reads plainly, as an ISO 8601 date of reduced
  /// precision: "2025-02" when the month and year are printed digits ("ngày '†E tháng 02 năm
  /// 2025", a handwritten day lost), "2025" when only the year is. Look-alike letters are not
  /// taken as digits here: the figures around a handwritten one are read as printed or not at
  /// all.
  static func partial(in text: AlignedText, phrase: Range<Int>) -> String? {
    let words = text.text(phrase).split(whereSeparator: \.isWhitespace).map(String.init)
    let folded = words.map { AlignedText($0).folded }
    guard let yearIndex = folded.lastIndex(where: { $0.hasPrefix("n") }),
      yearIndex + 1 < words.count,
      let year = Int(words[yearIndex + 1].filter { $0 != "," && $0 != "." }),
      words[yearIndex + 1].filter(\.isNumber).count == 4, (1900...2100).contains(year)
    else { return nil }
    // A day, month and year all in plain figures that make no date ("31 tháng 2") are misread:
    // nothing of it is told.
    let plain = { (word: String) in word.allSatisfy { $0.isASCII && $0.isNumber } }
    if words.count == 6, plain(words[1]), folded[2].hasPrefix("th"), plain(words[3]) {
      return nil
    }
    let monthWords = folded.indices.filter { folded[$0].hasPrefix("th") }
    if let monthIndex = monthWords.last, monthIndex + 2 == yearIndex,
      let month = Int(words[monthIndex + 1]), words[monthIndex + 1].count <= 2,
      (1...12).contains(month)
    {
      return padded(year, 4) + "-" + padded(month, 2)
    }
    return padded(year, 4)
  }

  /// The first date starting within `limit` characters of `offset`.
  static func first(in text: AlignedText, near offset: Int, within limit: Int) -> Found? {
    all(in: text).first { $0.range.lowerBound >= offset && $0.range.lowerBound - offset <= limit }
  }

  /// A calendar-valid ISO date from the three slots as OCR read them, or nil.
  static func iso(day: Substring, month: Substring, year: Substring) -> String? {
    guard let d = slot(day, valid: 1...31), let m = slot(month, valid: 1...12),
      let y = slot(year.filter { $0 != " " }[...], valid: 1900...2100)
    else { return nil }
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
    let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    guard (1...lengths[m - 1]).contains(d) else { return nil }
    return padded(y, 4) + "-" + padded(m, 2) + "-" + padded(d, 2)
  }

  /// The digit a folded character stands for in a date slot: itself, a look-alike of
  /// `OCRLookAlikes/digits`, or one that only a slot allows (`OCRLookAlikes/slotDigits`).
  private static func digit(_ character: Character) -> Int? {
    if let value = character.wholeNumberValue, character.isASCII { return value }
    let digit = OCRLookAlikes.digits[character] ?? OCRLookAlikes.slotDigits[character]
    return digit?.wholeNumberValue
  }

  /// A slot's value: every character a digit or lookalike, the value within `valid`. A glyph
  /// read twice, once as a digit and once as its lookalike ("5Š"), is one digit when the pair
  /// makes no valid value.
  private static func slot(_ text: Substring, valid: ClosedRange<Int>) -> Int? {
    let digits = text.map(digit)
    guard !digits.isEmpty, digits.allSatisfy({ $0 != nil }) else { return nil }
    let values = digits.compactMap { $0 }
    let value = values.reduce(0) { $0 * 10 + $1 }
    if valid.contains(value) { return value }
    let real = text.filter { $0.isASCII && $0.isNumber }.count
    if values.count == 2, values[0] == values[1], real == 1, valid.contains(values[0]) {
      return values[0]
    }
    return nil
  }

  private static func padded(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}
