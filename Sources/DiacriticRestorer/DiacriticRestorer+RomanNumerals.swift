extension DiacriticRestorer {
  /// Roman numerals Vietnamese-model OCR misread as letters or digits, by token index: the
  /// section headings of a dispatch ("I. CÔNG TÁC CHỈ ĐẠO", "II. KẾT QUẢ", "III. PHƯƠNG
  /// HƯỚNG"), read as "1.", "H.", "HH.", and the term of a school year ("học kỳ H").
  ///
  /// Heading numerals are recovered from their place in the sequence of headings — an all-
  /// capital line opening with a numeral and a full stop — and only when the misreading is
  /// made of upright strokes ("H", "l", "1", "|"), so a heading OCR lost shifts nothing it
  /// cannot explain.
  func romanNumeralRepairs(
    _ tokens: [Token], _ scalars: String.UnicodeScalarView, lines: [Int], channels: [Channel],
    patterns: [CasePattern]
  ) -> [Int: Repair] {
    var repairs: [Int: Repair] = [:]
    var headings: [(index: Int, text: String)] = []
    // Capital strokes ("H", "HH") come out of the tokenizer as abbreviations.
    let kinds: [Token.Kind] = [.word, .number, .abbreviation]
    for index in tokens.indices where kinds.contains(tokens[index].kind) {
      let channel = channels[lines[index]]
      guard channel == .vietnameseOCR || channel == .correct else { continue }
      let text = String(scalars[tokens[index].range])
      if startsHeading(index, tokens, scalars, patterns: patterns) {
        headings.append((index, text))
      } else if tokens[index].kind != .number, Self.isStrokes(text), text != "I",
        followsSchoolTerm(index, tokens, scalars)
      {
        // A term is the first or the second: one stroke is I, more are II.
        let numeral = text.count == 1 && text != "H" ? "I" : "II"
        if numeral != text { repairs[index] = numeralRepair(numeral) }
      }
    }
    // Headings numbered 1., 2., 3. are Arabic; only a document whose headings show a Roman
    // numeral past I, or capital strokes, has its misread ones repaired.
    let roman = headings.contains { heading in
      (Self.romanNumerals.dropFirst().contains(heading.text))
        || (Self.isStrokes(heading.text) && heading.text.contains("H"))
    }
    let arabic = headings.contains { Int($0.text).map { $0 >= 2 } ?? false }
    guard roman, !arabic else { return repairs }
    var ordinal = 0
    for heading in headings {
      if let value = Self.romanNumerals.firstIndex(of: heading.text) {
        // Read right: the sequence goes on from it.
        ordinal = value + 1
        continue
      }
      ordinal += 1
      let expected = Self.romanNumerals[min(ordinal, Self.romanNumerals.count) - 1]
      guard Self.isStrokes(heading.text), expected.allSatisfy({ $0 == "I" }) else { continue }
      repairs[heading.index] = numeralRepair(expected)
    }
    return repairs
  }

  private static let romanNumerals = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]

  /// Whether `text` is made only of the upright strokes OCR reads an "I" as.
  private static func isStrokes(_ text: String) -> Bool {
    !text.isEmpty && text.unicodeScalars.allSatisfy { "HIl1|Ï".unicodeScalars.contains($0) }
  }

  private func numeralRepair(_ numeral: String) -> Repair {
    Repair(
      text: numeral,
      identity: model.vocabulary.id(of: numeral.lowercased()) ?? SpecialToken.symbol.rawValue)
  }

  /// Whether token `index` opens a line, is followed by a full stop, and the rest of the
  /// line is at least two words, all in capitals.
  private func startsHeading(
    _ index: Int, _ tokens: [Token], _ scalars: String.UnicodeScalarView,
    patterns: [CasePattern]
  ) -> Bool {
    let opensLine =
      index == 0
      || (tokens[index - 1].kind == .whitespace
        && (index == 1 || scalars[tokens[index - 1].range].contains("\n")))
    guard opensLine, index + 1 < tokens.count,
      scalars[tokens[index + 1].range].elementsEqual(".".unicodeScalars)
    else { return false }
    var words = 0
    var next = index + 2
    while next < tokens.count {
      let token = tokens[next]
      if token.kind == .whitespace, scalars[token.range].contains("\n") { break }
      if token.kind == .word {
        guard patterns[next] == .upper else { return false }
        words += 1
      }
      next += 1
    }
    return words >= 2
  }

  /// Whether the two words before token `index`, on its line, are "học kỳ", in any case or marks.
  private func followsSchoolTerm(
    _ index: Int, _ tokens: [Token], _ scalars: String.UnicodeScalarView
  ) -> Bool {
    guard let term = neighbouringWord(of: index, step: -1, tokens, scalars), term.folded == "ky"
    else { return false }
    return neighbouringWord(of: term.index, step: -1, tokens, scalars)?.folded == "hoc"
  }
}
