import VietnameseText

/// A date after the word "ngày", written out in words as Vietnamese dispatches date themselves,
/// "ngày 12 tháng 11 năm 2025", or in figures as they cite others, "ngày 18/4/2025", found among
/// a line's words.
///
/// The place-and-date line is set in italics, and Tesseract often drops or garbles its thin digits
/// ("ngày 12 tháng năm 2025", "tháng ® năm 202$", "ngày !8/4/20235"). Such a date is worth a
/// second look at the line on its own; ``legibility(of:)`` says how well each figure reads, to
/// weigh the readings.
struct WrittenDate: Hashable {
  /// Index of the word "ngày".
  let dayWord: Int
  /// Index of the word "tháng"; in figures, of the date itself.
  let monthWord: Int
  /// Index of the word "năm", which the year follows; in figures, of the date itself.
  let yearWord: Int
  /// Whether the date is written in figures, "18/4/2025", in the word after "ngày".
  let inFigures: Bool
  /// The words of the line.
  let words: [String]

  /// What a figure of the date is: the day, the month or the year.
  enum Part: CaseIterable {
    case day, month, year
  }

  /// The dates in `words`, left to right.
  static func all(in words: [String]) -> [WrittenDate] {
    let lowered = words.map { $0.lowercased() }
    var found: [WrittenDate] = []
    for (start, word) in lowered.enumerated() where word == "ngày" {
      if start + 1 < lowered.count, figures(in: words[start + 1]) != nil {
        found.append(
          WrittenDate(
            dayWord: start, monthWord: start + 1, yearWord: start + 1, inFigures: true,
            words: words))
        continue
      }
      // The day and month may be missing altogether: Tesseract drops italic digits whole.
      var index = start + 1
      if index < lowered.count, lowered[index] != "tháng" { index += 1 }
      guard index < lowered.count, lowered[index] == "tháng" else { continue }
      let month = index
      index += 1
      if index < lowered.count, lowered[index] != "năm" { index += 1 }
      guard index + 1 < lowered.count, lowered[index] == "năm" else { continue }
      found.append(
        WrittenDate(
          dayWord: start, monthWord: month, yearWord: index, inFigures: false, words: words))
    }
    return found
  }

  /// The day, month and year of a date written in figures ("18/4/2025,"), as written.
  static func figures(in word: String) -> [Substring]? {
    let parts = figure(word).split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 3, parts.allSatisfy({ $0.contains(where: \.isNumber) }) else {
      return nil
    }
    return parts
  }

  /// Index of the word holding `part`, or `nil` when the line has no word there.
  func index(of part: Part) -> Int? {
    if inFigures { return dayWord + 1 }
    return switch part {
    case .day: monthWord > dayWord + 1 ? dayWord + 1 : nil
    case .month: yearWord > monthWord + 1 ? monthWord + 1 : nil
    case .year: yearWord + 1
    }
  }

  /// The words from "ngày" to the year.
  var span: ClosedRange<Int> { dayWord...(inFigures ? dayWord + 1 : yearWord + 1) }

  /// How `part` is written, without the punctuation around it; `nil` when missing.
  func text(of part: Part) -> Substring? {
    guard let index = index(of: part) else { return nil }
    guard inFigures else { return Self.figure(words[index]) }
    let parts = Self.figures(in: words[index])
    return parts?[Part.allCases.firstIndex(of: part) ?? 0]
  }

  /// How well `part` reads: 2 for plain digits in range, 1 when it takes reading letters as the
  /// digits they resemble ("l1", "I8", "O1"), 0 when missing or unreadable.
  func legibility(of part: Part) -> Int { reading(of: part)?.legibility ?? 0 }

  /// The lowest legibility of day, month and year: 0 when one is missing or unreadable.
  var legibility: Int { Part.allCases.map(legibility(of:)).min() ?? 0 }

  /// What `part` reads as, or `nil` when it is missing or reads as no figure in range.
  func reading(of part: Part) -> (value: Int, legibility: Int)? {
    guard let text = text(of: part) else { return nil }
    return Self.reading(of: text, as: part)
  }

  static func reading(of figure: Substring, as part: Part) -> (value: Int, legibility: Int)? {
    if let value = Int(figure), part.accepts(value, written: figure) { return (value, 2) }
    let lookAlike = String(figure.map { OCRLookAlikes.digits[$0] ?? $0 })
    if let value = Int(lookAlike), part.accepts(value, written: lookAlike) { return (value, 1) }
    return nil
  }

  /// The punctuation that ends the word ("," of "2025,"), kept when a figure is replaced.
  static func trailingPunctuation(of word: String) -> String {
    String(word.reversed().prefix { ",.;:)".contains($0) }.reversed())
  }

  /// The word without the punctuation that sticks to it ("2025," "12."); marks that may stand
  /// for a digit ("!2", "1]") stay.
  static func figure(_ word: String) -> Substring {
    let trimmed = word.drop { !$0.isLetter && !$0.isNumber && OCRLookAlikes.digits[$0] == nil }
    return trimmed.prefix { !",.;:".contains($0) }
  }
}

extension WrittenDate.Part {
  fileprivate func accepts(_ value: Int, written: some StringProtocol) -> Bool {
    switch self {
    case .day: written.count <= 2 && (1...31).contains(value)
    case .month: written.count <= 2 && (1...12).contains(value)
    case .year: written.count == 4 && (1900...2099).contains(value)
    }
  }
}
