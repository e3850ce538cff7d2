import VietnameseText

/// Writes organisation names and titles in sentence case with abbreviations expanded:
/// "UBND PHƯỜNG LÊ CHÂN" → "Ủy ban nhân dân phường Lê Chân", "PHÓ CHỦ TỊCH" → "Phó Chủ tịch".
///
/// Known words are written from the vocabulary (which also repairs their diacritics when OCR
/// mangled them); other words of an all-caps name are taken as proper names and title-cased.
struct NameStyler: Sendable {
  /// The phrases tried, longest match first.
  let phrases: [Vocabulary.Phrase]

  /// The styler for organisation names.
  static let organization = NameStyler(phrases: Vocabulary.organization)
  /// The styler for office titles ("Phó Chủ tịch"), falling back to organisation words.
  static let title = NameStyler(phrases: Vocabulary.titles + Vocabulary.organization)

  private struct Token {
    var leading: String
    var core: String
    var trailing: String
    var key: String
    var folded: String
  }

  /// The styled name, or nil when the text holds no letters.
  func style(_ text: String, expandAbbreviations: Bool = true, properNames: Bool = true) -> String?
  {
    let tokens = Self.tokenize(text)
    guard tokens.contains(where: { $0.core.contains(where: \.isLetter) }) else { return nil }
    let letters = text.filter(\.isLetter)
    let allCaps = letters.allSatisfy { !$0.isLowercase }
    var output: [String] = []
    var index = 0
    while index < tokens.count {
      let token = tokens[index]
      // OCR specks inside a name ("Ủy ban nhân dân ˆ phường").
      if !token.core.isEmpty,
        !token.core.contains(where: { VietnameseCharacters.isVietnameseLetter($0) || $0.isNumber })
      {
        index += 1
        continue
      }
      if expandAbbreviations, let expansion = Vocabulary.abbreviations[token.folded],
        token.core.allSatisfy({ !$0.isLowercase })
      {
        output.append(token.leading + expansion.joined(separator: " ") + token.trailing)
        index += 1
        continue
      }
      if let (phrase, length) = longestPhrase(tokens, at: index) {
        for offset in 0..<length {
          let source = tokens[index + offset]
          output.append(source.leading + phrase.words[offset] + source.trailing)
        }
        index += length
        continue
      }
      let word =
        allCaps ? (properNames ? Self.titleCased(token.core) : token.core.lowercased()) : token.core
      output.append(token.leading + word + token.trailing)
      index += 1
    }
    return Self.capitalizingFirst(output.joined(separator: " "))
  }

  private func longestPhrase(_ tokens: [Token], at index: Int) -> (Vocabulary.Phrase, Int)? {
    for exact in [true, false] {
      var best: Vocabulary.Phrase?
      for phrase in phrases where index + phrase.folded.count <= tokens.count {
        if let current = best, current.folded.count >= phrase.folded.count { continue }
        if !exact && phrase.folded.count < 2 { continue }
        // A lone kind word inside a name is part of a proper name ("Hải Phòng"), not "Phòng".
        if index > 0, phrase.folded.count == 1, phrase.words[0].first?.isUppercase == true {
          continue
        }
        var matched = true
        for (offset, part) in phrase.folded.enumerated() {
          let token = tokens[index + offset]
          // A phrase never runs across punctuation other than a comma or a hyphen.
          if offset < phrase.folded.count - 1,
            token.trailing.contains(where: { $0 != "," && $0 != "-" })
          {
            matched = false
            break
          }
          if exact ? token.key != part : !Fuzzy.wordMatches(token.key, part) {
            matched = false
            break
          }
        }
        if matched { best = phrase }
      }
      if let best { return (best, best.folded.count) }
    }
    return nil
  }

  private static func tokenize(_ text: String) -> [Token] {
    // OCR glues words with a dot ("UBND.THÀNH PHỐ"); a dot between two capitals splits them.
    var spaced = ""
    let characters = Array(text)
    for (index, character) in characters.enumerated() {
      if character == ".", index > 0, index + 1 < characters.count,
        characters[index - 1].isUppercase, characters[index + 1].isUppercase,
        index + 2 < characters.count, characters[index + 2].isLetter
      {
        spaced.append(" ")
      } else {
        spaced.append(character)
      }
    }
    return spaced.split(whereSeparator: \.isWhitespace).map { piece in
      let chars = Array(piece)
      var lower = 0
      var upper = chars.count
      while lower < upper, !(chars[lower].isLetter || chars[lower].isNumber) { lower += 1 }
      while upper > lower, !(chars[upper - 1].isLetter || chars[upper - 1].isNumber) { upper -= 1 }
      let core = String(chars[lower..<upper])
      let aligned = AlignedText(core)
      return Token(
        leading: String(chars[0..<lower]), core: core, trailing: String(chars[upper...]),
        key: aligned.keyed, folded: aligned.folded)
    }
  }

  /// "LÊ" → "Lê"; words holding digits ("PA83") are kept.
  static func titleCased(_ word: String) -> String {
    guard let first = word.first, !word.contains(where: \.isNumber) else { return word }
    return String(first).uppercased() + word.dropFirst().lowercased()
  }

  /// Sentence case for running text printed in capitals ("KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY"
  /// → "Kết luận của Ban Thường vụ Tỉnh ủy"): known names keep their capitals, other words are
  /// lower-cased.
  static func sentenceCased(_ text: String) -> String {
    organization.style(text, expandAbbreviations: false, properNames: false) ?? text
  }

  /// Upper-cases the first letter only.
  static func capitalizingFirst(_ text: String) -> String {
    guard let index = text.firstIndex(where: \.isLetter) else { return text }
    return text[..<index] + String(text[index]).uppercased() + text[text.index(after: index)...]
  }

  /// Title-cases a person's name written in capitals ("PHẠM VIỆT ANH" → "Phạm Việt Anh").
  static func personName(_ text: String) -> String {
    let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
    let allCaps = text.filter(\.isLetter).allSatisfy { !$0.isLowercase }
    return words.map { allCaps ? titleCased($0) : $0 }.joined(separator: " ")
  }
}
