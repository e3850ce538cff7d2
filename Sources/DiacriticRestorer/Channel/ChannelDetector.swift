/// Decides from a line's words which channel produced it.
///
/// Letters outside Latin-1 (ă, đ, ơ, ư, ạ, ả, ề …) are Vietnamese output: the English
/// model never writes them, so such a line is correct text, or Vietnamese-model OCR when
/// it also shows OCR traces (mixed case inside a word, words the model does not know).
/// Plain ASCII whose words (nine in ten at least, with or without its one-letter words)
/// fold to known syllables is text typed without diacritics; anything else (Latin-1 accents, digits glued to letters) is English-model OCR.
enum ChannelDetector {
  struct Evidence {
    var words = 0
    var vietnamese = 0
    var asciiFoldable = 0
    var ocrTraces = 0
    var debris = 0
    var accented = 0
    var upper = 0
    /// Words of one ASCII letter: list markers ("a)", "đ)" typed "d)") and initials,
    /// which tell typing from OCR apart no better than they fold.
    var singleLetters = 0
    /// Of them, those some syllable folds to ("a", "o").
    var singleFoldable = 0
  }

  static func channel(of evidence: Evidence) -> Channel {
    guard evidence.words > 0 else { return .correct }
    if evidence.vietnamese > 0 && evidence.vietnamese * 5 >= evidence.words {
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
    if beyondASCII {
      debris = false
      for scalar in word.unicodeScalars {
        let value = scalar.value
        if value < 0x80 {
          if value >= 0x30 && value <= 0x39 { debris = true }
          continue
        }
        ascii = false
        if isVietnameseOnly(value) {
          vietnamese = true
        } else if value < 0x100 && !isLatin1Letter(value) {
          debris = true
        }
      }
    }
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
    if !known || pattern == .mixed { evidence.ocrTraces += 1 }
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
