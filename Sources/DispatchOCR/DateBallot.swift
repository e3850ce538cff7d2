import TesseractOCR

/// The vote that settles the figures of a written date read several times.
///
/// Each reading votes for the day, month and year it shows, with the weight of its
/// ``WrittenDate/legibility(of:)``: 2 for plain digits, 1 for letters taken as digits. A figure of
/// the first reading is replaced only by a value with at least one plain vote's weight that
/// outweighs it, so a lone garbled reading never changes a date.
struct DateBallot {
  /// The line's first reading and its words.
  let first: WrittenDate
  let words: [RecognizedWord]

  private var weights: [WrittenDate.Part: [Int: Int]] = [:]
  /// For each part and value, the first word that showed it in plain digits.
  private var plainWords: [WrittenDate.Part: [Int: RecognizedWord]] = [:]

  /// A ballot holding the first reading's own votes.
  init(first: WrittenDate, words: [RecognizedWord]) {
    self.first = first
    self.words = words
    count(first, words: words)
  }

  /// Adds the votes of one reading.
  mutating func count(_ date: WrittenDate, words: [RecognizedWord]) {
    for part in WrittenDate.Part.allCases {
      guard let reading = date.reading(of: part), let index = date.index(of: part),
        let text = date.text(of: part)
      else { continue }
      weights[part, default: [:]][reading.value, default: 0] += reading.legibility
      if reading.legibility == 2, plainWords[part]?[reading.value] == nil {
        var word = words[index]
        word.text = String(text)
        plainWords[part, default: [:]][reading.value] = word
      }
    }
  }

  /// The value `part` takes: the first reading's, unless another won clearly.
  func winner(for part: WrittenDate.Part) -> Int? {
    let firstValue = first.reading(of: part)?.value
    let firstWeight = firstValue.map { weights[part]?[$0] ?? 0 } ?? 0
    guard
      let (value, weight) = weights[part]?.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) }),
      value != firstValue, weight >= 2, weight > firstWeight, plainWords[part]?[value] != nil
    else { return firstValue }
    return value
  }

  /// Whether more readings cannot change the outcome much: for each of day, month and year, one
  /// value leads every other by two plain votes. Reading stops there, which on the fixtures is
  /// after two readings out of four for most dates.
  var isSettled: Bool {
    WrittenDate.Part.allCases.allSatisfy { part in
      let ranked = (weights[part] ?? [:]).values.sorted(by: >)
      return (ranked.first ?? 0) - (ranked.dropFirst().first ?? 0) >= 4
    }
  }

  /// The line's words with each figure that lost the vote replaced by the winner as plain digits
  /// (keeping punctuation that followed it), and a missing figure put in its place.
  func splicedWords() -> [RecognizedWord] {
    if first.inFigures { return splicedFigures() }
    var result = words
    // Right to left, so that putting in a missing day leaves the month's index valid.
    for part in WrittenDate.Part.allCases.reversed() {
      guard let value = winner(for: part), value != first.reading(of: part)?.value,
        var figure = plainWords[part]?[value]
      else { continue }
      if let target = first.index(of: part) {
        figure.text += WrittenDate.trailingPunctuation(of: words[target].text)
        result[target] = figure
      } else {
        result.insert(figure, at: (part == .day ? first.dayWord : first.monthWord) + 1)
      }
    }
    return result
  }

  /// The line's words with the date in figures rewritten from the winners, "18/4/2025", keeping
  /// the punctuation that followed it.
  private func splicedFigures() -> [RecognizedWord] {
    guard let index = first.index(of: .day) else { return words }
    var changed = false
    let parts = WrittenDate.Part.allCases.map { part -> String in
      let written = String(first.text(of: part) ?? "")
      guard let value = winner(for: part), value != first.reading(of: part)?.value,
        let figure = plainWords[part]?[value]
      else { return written }
      changed = true
      return figure.text
    }
    guard changed else { return words }
    var result = words
    result[index].text =
      parts.joined(separator: "/") + WrittenDate.trailingPunctuation(of: words[index].text)
    return result
  }
}
