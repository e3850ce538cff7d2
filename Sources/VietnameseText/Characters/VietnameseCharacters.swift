/// Single Vietnamese letters: their tone, and adding or removing it.
///
/// Each function accepts a precomposed letter ("ệ") or a decomposed one ("e" + U+0302 + U+0323) and
/// returns NFC. Case is kept.
///
/// ```swift
/// VietnameseCharacters.tone(of: "ỗ")                 // .tilde
/// VietnameseCharacters.removingTone("Ộ")             // "Ô"
/// VietnameseCharacters.applying(.acute, to: "ư")     // "ứ"
/// VietnameseCharacters.applying(.acute, to: "n")     // nil
/// ```
public enum VietnameseCharacters {
  /// The tone a letter carries; ``Tone/level`` for unmarked letters and for anything not a vowel.
  public static func tone(of character: Character) -> Tone {
    guard let letter = scan(character) else { return .level }
    return Tone(rawValue: Int(letter.tone)) ?? .level
  }

  /// The letter without its tone mark, keeping shape marks and case ("Ậ" → "Â"); other characters unchanged.
  public static func removingTone(_ character: Character) -> Character {
    guard var letter = scan(character), letter.tone != 0 else { return character }
    letter.tone = 0
    return Character(letter.composed)
  }

  /// The vowel with `tone` in place of its own ("ă" + ``Tone/dot`` → "ặ", "á" + ``Tone/level`` → "a").
  ///
  /// Returns `nil` when the character is not one of the twelve Vietnamese vowels (a ă â e ê i o ô ơ u ư y).
  public static func applying(_ tone: Tone, to character: Character) -> Character? {
    guard var letter = scan(character), letter.isVowel else { return nil }
    letter.tone = UInt8(tone.rawValue)
    return Character(letter.composed)
  }

  /// Whether the character is a letter of Vietnamese text: a–z in either case (f, j, w, z included,
  /// as loanwords and codes use them), the vowels with any shape and tone marks, and đ.
  public static func isVietnameseLetter(_ character: Character) -> Bool { scan(character) != nil }

  /// Whether the character is one of the twelve vowels, with or without marks.
  public static func isVowel(_ character: Character) -> Bool { scan(character)?.isVowel ?? false }

  /// The vowel scalar with `tone` applied, for spelling syllables scalar by scalar.
  static func applying(_ tone: Tone, to scalar: Unicode.Scalar) -> Unicode.Scalar? {
    let packed = LetterTable.packed(scalar.value)
    let base = UInt8(packed & 0x3F)
    guard packed != 0, LetterTable.isVowelBase[Int(base)] else { return nil }
    return LetterTable.scalar(base: base, tone: tone.rawValue, uppercase: packed & 0x200 != 0)
  }

  /// The character as one letter, or `nil` when it is not a single (possibly decomposed) letter.
  private static func scan(_ character: Character) -> ScannedLetter? {
    var letter: ScannedLetter?
    for scalar in character.unicodeScalars {
      if var current = letter {
        guard LetterScanner.attach(scalar.value, to: &current) else { return nil }
        letter = current
      } else {
        let packed = LetterTable.packed(scalar.value)
        guard packed != 0 else { return nil }
        letter = ScannedLetter(
          base: UInt8(packed & 0x3F), tone: UInt8((packed >> 6) & 7),
          isUppercase: packed & 0x200 != 0, scalar: scalar)
      }
    }
    return letter
  }
}
