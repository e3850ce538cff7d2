import VietnameseText

extension DiacriticRestorer {
  /// A word replaced outright, without decoding.
  package struct Repair {
    /// The text written instead.
    package var text: String
    /// What the language model sees in its place.
    package var identity: UInt16
  }

  /// Repairs of Vietnamese-model OCR misreadings that no syllable explains ("l4" → "14",
  /// "bíc" → "b/c"), by token index. Also takes out of decoding (clears their lower form)
  /// capitalised codes glued to digits or signs ("PA#3"): read as syllables they lose letters.
  func repairMisreadings(
    _ tokens: [Token], _ scalars: String.UnicodeScalarView, lines: [Int], channels: [Channel],
    lowerForms: inout [String?], wordIDs: [UInt16], patterns: [CasePattern]
  ) -> [Int: Repair] {
    var repairs = romanNumeralRepairs(
      tokens, scalars, lines: lines, channels: channels, patterns: patterns)
    repairs.merge(
      dateNumberRepairs(tokens, scalars, lines: lines, channels: channels)
    ) { roman, _ in roman }
    repairs.merge(listNumberRepairs(tokens, scalars, lines: lines, channels: channels)) {
      earlier, _ in earlier
    }
    for index in repairs.keys { lowerForms[index] = nil }
    for (index, token) in tokens.enumerated()
    where token.kind != .whitespace && repairs[index] == nil {
      if token.kind != .word, let repaired = OCRRepairs.readingLookAlikes(in: scalars, token.range)
      {
        repairs[index] = Repair(text: repaired, identity: wordIDs[index])
        continue
      }
      let channel = channels[lines[index]]
      if channel == .englishOCR || channel == .otherOCR {
        if token.kind == .number || token.kind == .symbol,
          let number = OCRRepairs.zerosInNumber(scalars[token.range])
        {
          repairs[index] = Repair(
            text: number,
            identity: SpecialToken.forToken(kind: token.kind, text: Substring(number)).rawValue)
          continue
        }
        if token.kind == .word,
          let number = OCRRepairs.misreadNumber(withZeros: scalars[token.range])
        {
          repairs[index] = Repair(text: number, identity: SpecialToken.number.rawValue)
          lowerForms[index] = nil
        }
        continue
      }
      guard channel == .vietnameseOCR || channel == .correct else { continue }
      if token.kind != .word {
        if let repair = repairOther(index, tokens, scalars) { repairs[index] = repair }
        continue
      }
      if patterns[index] == .upper, isInCode(index, tokens, scalars) {
        lowerForms[index] = nil
        continue
      }
      guard wordIDs[index] == SpecialToken.unknown.rawValue else { continue }
      let word = Substring(scalars[token.range])
      if let number = OCRRepairs.misreadNumber(word) {
        repairs[index] = Repair(text: number, identity: SpecialToken.number.rawValue)
        lowerForms[index] = nil
      } else if let abbreviation = OCRRepairs.misreadAbbreviation(word) {
        repairs[index] = Repair(
          text: abbreviation,
          identity: model.vocabulary.id(of: abbreviation) ?? SpecialToken.symbol.rawValue)
        lowerForms[index] = nil
      }
    }
    return repairs
  }

  /// The item number 1 that an engine without a model of Vietnamese read as the letter l at
  /// a line's start ("l. Quỹ tích lũy", "l) Hồ sơ"): a lone "l" before a stop or a closing
  /// bracket and a space, on lines of English-model OCR or OCR of unknown origin.
  private func listNumberRepairs(
    _ tokens: [Token], _ scalars: String.UnicodeScalarView, lines: [Int], channels: [Channel]
  ) -> [Int: Repair] {
    var repairs: [Int: Repair] = [:]
    for (index, token) in tokens.enumerated() where token.kind == .word {
      let channel = channels[lines[index]]
      guard channel == .englishOCR || channel == .otherOCR, index + 2 < tokens.count,
        scalars[token.range].elementsEqual(["l"]),
        index == 0 || (tokens[index - 1].kind == .whitespace && lines[index - 1] < lines[index])
          || (index == 1 && tokens[0].kind == .whitespace),
        tokens[index + 1].kind == .punctuation,
        tokens[index + 1].range.lowerBound == token.range.upperBound,
        scalars[tokens[index + 1].range].elementsEqual(["."])
          || scalars[tokens[index + 1].range].elementsEqual([")"]),
        tokens[index + 2].kind == .whitespace
      else { continue }
      repairs[index] = Repair(text: "1", identity: SpecialToken.number.rawValue)
    }
    return repairs
  }

  /// Repairs of non-word tokens: "!" for "1" before digits ("tháng !2", "!8/4/2025") and
  /// a listed abbreviation with one letter misread ("LBND").
  private func repairOther(_ index: Int, _ tokens: [Token], _ scalars: String.UnicodeScalarView)
    -> Repair?
  {
    let token = tokens[index]
    let text = Substring(scalars[token.range])
    let startsChunk = index == 0 || tokens[index - 1].kind == .whitespace
    func isDigit(_ scalar: Unicode.Scalar?) -> Bool {
      scalar.map { $0.value >= 0x30 && $0.value <= 0x39 } ?? false
    }
    switch token.kind {
    case .punctuation where text == "!" && startsChunk && index + 1 < tokens.count:
      let next = tokens[index + 1]
      guard next.range.lowerBound == token.range.upperBound,
        isDigit(scalars[next.range].first)
      else { return nil }
      return Repair(text: "1", identity: SpecialToken.number.rawValue)
    case .symbol where text.unicodeScalars.first == "!" && startsChunk:
      guard isDigit(text.unicodeScalars.dropFirst().first) else { return nil }
      return Repair(text: "1" + text.dropFirst(), identity: SpecialToken.symbol.rawValue)
    case .abbreviation:
      guard
        let known = OCRRepairs.misreadAbbreviation(text)
          ?? OCRRepairs.misreadListedAbbreviation(text)
      else { return nil }
      return Repair(
        text: known,
        identity: model.vocabulary.id(of: LineAnalysis.lowerForm(Substring(known)))
          ?? SpecialToken.symbol.rawValue)
    default:
      return nil
    }
  }

  /// True when the token is glued (no space) to a digit: part of a code such as "PA#3".
  private func isInCode(_ index: Int, _ tokens: [Token], _ scalars: String.UnicodeScalarView)
    -> Bool
  {
    func hasDigit(_ token: Token) -> Bool {
      scalars[token.range].contains { $0.value >= 0x30 && $0.value <= 0x39 }
    }
    var left = index
    while left > 0, tokens[left - 1].kind != .whitespace,
      tokens[left - 1].range.upperBound == tokens[left].range.lowerBound
    {
      left -= 1
      if hasDigit(tokens[left]) { return true }
    }
    var right = index
    while right + 1 < tokens.count, tokens[right + 1].kind != .whitespace,
      tokens[right + 1].range.lowerBound == tokens[right].range.upperBound
    {
      right += 1
      if hasDigit(tokens[right]) { return true }
    }
    return false
  }
}
