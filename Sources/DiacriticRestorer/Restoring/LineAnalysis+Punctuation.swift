extension LineAnalysis {
  /// The words on lines of OCR of unknown origin (``Channel/otherOCR``) that the engine glued
  /// to the punctuation before them, dropping the space that follows it: "phải,đặt",
  /// "nợ:Quỹ", "a)Việc", a numbered item's "1.Phân", a sentence's "Nam.Đó". Each gets its
  /// space back when written.
  ///
  /// Digits on both sides ("1,5", "10:30") are numbers, not words, and a stop between two
  /// words counts only before a capitalised word after a lower-case one ("TP.HCM" and
  /// "v.v." keep theirs).
  static func wordsGluedAfterPunctuation(
    _ tokens: [Token], scalars: String.UnicodeScalarView, lines: [Int], channels: [Channel]
  ) -> Set<Int> {
    func glued(_ index: Int) -> Bool {
      tokens[index].range.lowerBound == tokens[index - 1].range.upperBound
    }
    func pattern(_ index: Int) -> CasePattern {
      CasePattern(of: Substring(scalars[tokens[index].range]))
    }
    var result = Set<Int>()
    for index in tokens.indices.dropFirst(2)
    where tokens[index].kind == .word && channels[lines[index]] == .otherOCR {
      let mark = tokens[index - 1]
      let before = tokens[index - 2]
      guard mark.kind == .punctuation, glued(index), glued(index - 1),
        before.kind == .word || before.kind == .number,
        let symbol = scalars[mark.range].first, scalars[mark.range].count == 1
      else { continue }
      switch symbol {
      case ",", ";", ":", ")":
        result.insert(index)
      case ".":
        let capitalised = pattern(index) == .title
        if capitalised && (before.kind == .number || pattern(index - 2) == .lower) {
          result.insert(index)
        }
      default:
        continue
      }
    }
    return result
  }
}
