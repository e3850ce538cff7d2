import VietnameseText

extension DiacriticRestorer {
  /// Day and month numbers of a written date that Vietnamese-model OCR read as letters
  /// ("ngày li tháng l1", "tháng O5"), by token index. Inside "ngày … tháng … năm" a word
  /// made only of look-alikes of digits can be nothing but the number, and only a day of
  /// 1–31 or a month of 1–12 is written.
  func dateNumberRepairs(
    _ tokens: [Token], _ scalars: String.UnicodeScalarView, lines: [Int], channels: [Channel]
  ) -> [Int: Repair] {
    var repairs: [Int: Repair] = [:]
    for index in tokens.indices where tokens[index].kind == .word {
      let channel = channels[lines[index]]
      guard channel == .vietnameseOCR || channel == .correct,
        let reading = OCRRepairs.digits(
          readingLookAlikes: Substring(scalars[tokens[index].range]), lowercase: true),
        reading.digits.count <= 2, let value = Int(reading.digits)
      else { continue }
      let before = neighbouringWord(of: index, step: -1, tokens, scalars)?.folded
      let after = neighbouringWord(of: index, step: 1, tokens, scalars)?.folded
      let isDay = before == "ngay" && after == "thang" && (1...31).contains(value)
      let isMonth = before == "thang" && after == "nam" && (1...12).contains(value)
      guard isDay || isMonth else { continue }
      repairs[index] = Repair(text: reading.digits, identity: SpecialToken.number.rawValue)
    }
    return repairs
  }

  /// The folded text of the nearest word token before (`step` -1) or after (+1) `index`,
  /// across whitespace only, on the same line.
  func neighbouringWord(
    of index: Int, step: Int, _ tokens: [Token], _ scalars: String.UnicodeScalarView
  ) -> (index: Int, folded: String)? {
    var next = index + step
    while tokens.indices.contains(next) {
      let token = tokens[next]
      if token.kind == .whitespace {
        if scalars[token.range].contains("\n") { return nil }
      } else {
        guard token.kind == .word else { return nil }
        return (next, String(scalars[token.range]).vietnameseFolded)
      }
      next += step
    }
    return nil
  }
}
