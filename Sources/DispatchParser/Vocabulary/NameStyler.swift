import VietnameseText

/// Writes organisation names and titles in sentence case with abbreviations expanded:
/// "UBND PHƯỜNG LÊ CHÂN" → "Ủy ban nhân dân phường Lê Chân", "PHÓ CHỦ TỊCH" → "Phó Chủ tịch".
///
/// Known words are written from the vocabulary (which also repairs their diacritics when OCR
/// mangled them). Other words of an all-caps name are written as Decree 30/2020/NĐ-CP (Appendix
/// II) writes a body's name: place names (after a place kind, or known as provinces and
/// districts) and person names (a family name and up to three more words) title-cased, acronyms
/// kept ("CTSV"), and of a field the body works in, the first syllable capitalised and the rest
/// lower-cased ("ĐIỆN LỰC" → "Điện lực"; "và" or a comma starts a new field).
struct NameStyler: Sendable {
  /// The phrases tried, longest match first.
  let phrases: [Vocabulary.Phrase]

  /// Every word of the phrases, folded: words in their own right, never slips of one another.
  let knownWords: Set<String>

  /// A styler trying `phrases`, longest match first.
  init(phrases: [Vocabulary.Phrase]) {
    self.phrases = phrases
    knownWords = Set(phrases.flatMap(\.folded))
  }

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
    // What the next unknown word of an all-caps name is: the start of a field, a place name.
    var fieldStarts = true
    var placeFollows = false
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
        placeFollows = Vocabulary.placeKinds.contains {
          $0.folded == expansion.map { AlignedText($0).folded }
        }
        fieldStarts = true
        index += 1
        continue
      }
      if let (phrase, length) = longestPhrase(tokens, at: index) {
        for offset in 0..<length {
          let source = tokens[index + offset]
          output.append(source.leading + phrase.words[offset] + source.trailing)
        }
        placeFollows = Vocabulary.placeKinds.contains { $0.folded == phrase.folded }
        fieldStarts = true
        index += length
        continue
      }
      guard allCaps, properNames else {
        output.append(
          token.leading + (allCaps ? token.core.lowercased() : token.core) + token.trailing)
        index += 1
        continue
      }
      let length = Self.properNameLength(tokens, at: index, afterPlaceKind: placeFollows)
      if length > 0 {
        for source in tokens[index..<(index + length)] {
          output.append(source.leading + Self.titleCased(source.core) + source.trailing)
        }
        index += length
        fieldStarts = true
        placeFollows = false
        continue
      }
      let word =
        Self.isAcronym(token.core)
        ? token.core : fieldStarts ? Self.titleCased(token.core) : token.core.lowercased()
      output.append(token.leading + word + token.trailing)
      fieldStarts = !token.trailing.isEmpty && token.trailing.contains(",")
      placeFollows = false
      index += 1
    }
    // The city named after a person keeps its capital whatever stands before it (Decree 30).
    return Self.capitalizingFirst(output.joined(separator: " ")).replacingOccurrences(
      of: "thành phố Hồ Chí Minh", with: "Thành phố Hồ Chí Minh")
  }

  /// How many tokens from `index` are a proper name to title-case: a known province or district
  /// (longest first), a run of words after a place kind, or a person's name (a family name and
  /// one to three more syllables); 0 when none starts here.
  private static func properNameLength(_ tokens: [Token], at index: Int, afterPlaceKind: Bool)
    -> Int
  {
    var longest = 0
    for (name, folded) in zip(Vocabulary.placeNames, Vocabulary.foldedPlaceNames)
    where folded.count > longest {
      guard index + folded.count <= tokens.count,
        zip(folded, tokens[index...]).allSatisfy({ $0 == $1.folded })
      else { continue }
      // One syllable is matched with its marks: "CHU" is no "Chũ", "AN" no "Ân".
      if folded.count == 1, name.lowercased() != tokens[index].core.lowercased() { continue }
      longest = folded.count
    }
    if longest > 0 { return longest }
    // The run of syllables up to punctuation: a place after its kind, or a person's name.
    var run = 0
    while index + run < tokens.count, Syllable(tokens[index + run].core) != nil {
      run += 1
      if !tokens[index + run - 1].trailing.isEmpty { break }
    }
    if afterPlaceKind { return run }
    if Vocabulary.surnames.contains(tokens[index].folded), (2...4).contains(run) { return run }
    return 0
  }

  /// A word of capitals that is no Vietnamese syllable ("CTSV", "QL", "HTTT"), or holds digits:
  /// an acronym or code, kept as printed.
  static func isAcronym(_ word: String) -> Bool {
    word.contains(where: \.isNumber) || (word.count >= 2 && Syllable(word) == nil)
  }

  private func longestPhrase(_ tokens: [Token], at index: Int) -> (Vocabulary.Phrase, Int)? {
    if let exact = longestPhrase(tokens, at: index, exact: true) { return exact }
    guard let loose = longestPhrase(tokens, at: index, exact: false) else { return nil }
    // A slip is no phrase when a phrase printed as it is starts inside it and runs past its end:
    // "Chủ tịch Ủy ban nhân dân" is not "Chủ Tỉnh ủy ban nhân dân".
    if index + 1 < tokens.count,
      let next = longestPhrase(tokens, at: index + 1, exact: true), next.1 > loose.1 - 1
    {
      return nil
    }
    return loose
  }

  private func longestPhrase(_ tokens: [Token], at index: Int, exact: Bool)
    -> (Vocabulary.Phrase, Int)?
  {
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
        // A slip is matched loosely, but not a word the vocabulary itself uses: "Cổng thông tin"
        // is no misreading of "Công Thương".
        if exact
          ? token.key != part
          : token.key != part
            && (knownWords.contains(token.key) || !Fuzzy.wordMatches(token.key, part))
        {
          matched = false
          break
        }
      }
      if matched { best = phrase }
    }
    return best.map { ($0, $0.folded.count) }
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
