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
        let digits = Self.lookAlikeDigits(Substring(scalars[tokens[index].range])),
        let value = Int(digits)
      else { continue }
      let before = neighbouringWord(of: index, step: -1, tokens, scalars)
      let after = neighbouringWord(of: index, step: 1, tokens, scalars)
      let isDay = before == "ngay" && after == "thang" && (1...31).contains(value)
      let isMonth = before == "thang" && after == "nam" && (1...12).contains(value)
      guard isDay || isMonth else { continue }
      repairs[index] = Repair(text: digits, identity: SpecialToken.number.rawValue)
    }
    return repairs
  }

  /// The digits `word` reads as when every letter of it is a look-alike of one, or nil.
  private static func lookAlikeDigits(_ word: Substring) -> String? {
    var digits = ""
    for scalar in word.unicodeScalars {
      switch scalar {
      case "0"..."9": digits.unicodeScalars.append(scalar)
      case "l", "I", "i", "|", "L": digits += "1"
      case "O", "o": digits += "0"
      default: return nil
      }
    }
    return digits.isEmpty || digits.count > 2 ? nil : digits
  }

  /// The folded text of the nearest word token before (`step` -1) or after (+1) `index`,
  /// across whitespace only, on the same line.
  private func neighbouringWord(
    of index: Int, step: Int, _ tokens: [Token], _ scalars: String.UnicodeScalarView
  ) -> String? {
    var next = index + step
    while tokens.indices.contains(next) {
      let token = tokens[next]
      if token.kind == .whitespace {
        if scalars[token.range].contains("\n") { return nil }
      } else {
        return token.kind == .word ? String(scalars[token.range]).vietnameseFolded : nil
      }
      next += step
    }
    return nil
  }
}
