/// Decides from a line's words which channel produced it.
///
/// Letters outside Latin-1 (ă, đ, ơ, ư, ạ, ả, ề …) are Vietnamese output: the English
/// model never writes them, so such a line is correct text, or Vietnamese-model OCR when
/// it also shows OCR traces (mixed case inside a word, words the model does not know).
/// Plain ASCII whose words (nine in ten at least, with or without its one-letter words)
/// fold to known syllables is text typed without diacritics; anything else (Latin-1 accents, digits glued to letters) is English-model OCR.
/// Words with an unknown-glyph placeholder (`_`, `%`, a backtick, a `?` inside) or a letter
/// Vietnamese never uses (Ð eth, ä, ǎ …) come from another engine: a line of them is OCR of
/// unknown origin.
enum ChannelDetector {
  struct Evidence {
    var words = 0
    var vietnamese = 0
    var asciiFoldable = 0
    var ocrTraces = 0
    var debris = 0
    var accented = 0
    var upper = 0
    /// Words of mixed case ("cHI_N", "TÀu"): an engine that tells capitals from small letters
    /// by size alone writes them so on a line of capitals.
    var mixed = 0
    /// Words of one ASCII letter: list markers ("a)", "đ)" typed "d)") and initials,
    /// which tell typing from OCR apart no better than they fold.
    var singleLetters = 0
    /// Of them, those some syllable folds to ("a", "o").
    var singleFoldable = 0
    /// Words with an unknown-glyph placeholder: another engine's output.
    var placeholders = 0
    /// Words with a letter Vietnamese never uses ("ë", "ǎ"): another engine's look-alikes,
    /// or a foreign name.
    var foreign = 0
  }

  static func channel(of evidence: Evidence) -> Channel {
    guard evidence.words > 0 else { return .correct }
    // Two placeholders are another engine's traces; one ("Kiểu_dáng_1") only among words
    // that are no syllables. Letters Vietnamese never uses are names ("Björn Borg") unless
    // half the line is no syllables either.
    // Text typed without diacritics has no accent at all, and its words are no syllables
    // either: there only a run of placeholders tells.
    if evidence.placeholders >= 3
      || (evidence.accented > 0
        && (evidence.placeholders == 2
          || (evidence.placeholders == 1 && (evidence.ocrTraces - 1) * 4 >= evidence.words)
          || (evidence.foreign >= 2 && evidence.ocrTraces * 2 >= evidence.words)))
    {
      return .otherOCR
    }
    if evidence.vietnamese > 0 && evidence.vietnamese * 5 >= evidence.words {
      return evidence.ocrTraces > 0 ? .vietnameseOCR : .correct
    }
    // The English model never writes a letter outside Latin-1: a line with one whose words
    // are nearly all known syllables, and accented in the main or all known, is Vietnamese
    // whose other accents happen to be Latin-1 ones ("Sinh viên được mang balô vào phòng
    // thi."), not English-model OCR. (A line typed without diacritics but for a word or two is
    // typing; other engines' lines are mostly no syllables.)
    if evidence.vietnamese > 0, evidence.ocrTraces * 4 <= evidence.words,
      evidence.ocrTraces == 0 || evidence.accented * 2 >= evidence.words
    {
      return evidence.ocrTraces > 0 ? .vietnameseOCR : .correct
    }
    // Unaccented typing has no accent at all; a stray code ("NT1", "a1") does not make it OCR.
    if evidence.accented == 0 && evidence.asciiFoldable * 10 >= evidence.words * 9 {
      return .stripped
    }
    // Counted again without one-letter words: "g) Chi phi hop ly khac co lien quan." is
    // typing, though "g" folds to no syllable.
    if evidence.accented == 0 && evidence.words > evidence.singleLetters
      && (evidence.asciiFoldable - evidence.singleFoldable) * 10
        >= (evidence.words - evidence.singleLetters) * 9
    {
      return .stripped
    }
    return .englishOCR
  }

  /// Adds one word's evidence; `known` tells whether its lower-case form is a syllable
  /// of the model, `foldable` whether some syllable folds to it, `pattern` is its case.
  static func add(
    word: Substring, known: Bool, foldable: Bool, pattern: CasePattern,
    to evidence: inout Evidence
  ) {
    evidence.words += 1
    var ascii = true
    var vietnamese = false
    var debris = false
    // Most words are ASCII: only digits matter in them, read from the bytes.
    var beyondASCII = false
    for byte in word.utf8 {
      if byte >= 0x80 {
        beyondASCII = true
        break
      }
      if byte >= 0x30 && byte <= 0x39 { debris = true }
    }
    var foreign = false
    var placeholder = false
    if beyondASCII {
      debris = false
      for scalar in word.unicodeScalars {
        let value = scalar.value
        if value < 0x80 {
          if value >= 0x30 && value <= 0x39 { debris = true }
          if isPlaceholder(value) { placeholder = true }
          continue
        }
        // Eth typed for Đ in text otherwise without diacritics ("Ðay") is still typing.
        if value == 0xD0 || value == 0xF0 { continue }
        ascii = false
        if isVietnameseOnly(value) {
          vietnamese = true
        } else if value < 0x100 && !isLatin1Letter(value) {
          debris = true
        } else if value < 0x250 && !isVietnameseLatin1(value) && scalar.properties.isAlphabetic {
          // Latin letters only: another script ("たけもと") is no OCR look-alike.
          foreign = true
        }
      }
    } else if word.utf8.contains(where: { isPlaceholder(UInt32($0)) }) {
      placeholder = true
    }
    if placeholder { evidence.placeholders += 1 }
    if foreign { evidence.foreign += 1 }
    if vietnamese { evidence.vietnamese += 1 }
    if !ascii { evidence.accented += 1 }
    if debris { evidence.debris += 1 }
    if ascii && !debris && foldable { evidence.asciiFoldable += 1 }
    if word.utf8.count == 1, let byte = word.utf8.first, (byte | 0x20) >= 0x61,
      (byte | 0x20) <= 0x7A
    {
      evidence.singleLetters += 1
      if foldable { evidence.singleFoldable += 1 }
    }
    if pattern == .upper { evidence.upper += 1 }
    if pattern == .mixed { evidence.mixed += 1 }
    if !known || pattern == .mixed { evidence.ocrTraces += 1 }
  }

  /// Signs the tokenizer keeps inside a word that only OCR writes there: unknown-glyph
  /// placeholders and the backtick of a grave accent.
  private static func isPlaceholder(_ value: UInt32) -> Bool {
    value == 0x5F || value == 0x25 || value == 0x3F || value == 0x60
  }

  /// Latin-1 letters of Vietnamese: à á â ã è é ê ì í ò ó ô õ ù ú ý and their capitals.
  private static func isVietnameseLatin1(_ value: UInt32) -> Bool {
    switch value | 0x20 {
    case 0xE0, 0xE1, 0xE2, 0xE3, 0xE8, 0xE9, 0xEA, 0xEC, 0xED, 0xF2, 0xF3, 0xF4, 0xF5, 0xF9, 0xFA,
      0xFD:
      value < 0x100
    default: false
    }
  }

  private static func isLatin1Letter(_ value: UInt32) -> Bool {
    value >= 0xC0 && value <= 0xFF && value != 0xD7 && value != 0xF7
  }

  private static func isVietnameseOnly(_ value: UInt32) -> Bool {
    switch value {
    case 0x102, 0x103, 0x110, 0x111, 0x128, 0x129, 0x168, 0x169, 0x1A0, 0x1A1, 0x1AF, 0x1B0: true
    case 0x1EA0...0x1EF9: true
    case 0x306, 0x309, 0x31B, 0x323: true  // breve, hook, horn, dot below in decomposed text
    default: false
    }
  }
}
