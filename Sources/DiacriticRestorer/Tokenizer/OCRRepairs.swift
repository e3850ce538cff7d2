/// Fixed misreadings of Vietnamese-model OCR that no syllable explains: digits read as
/// letters ("l4" for "14") and the slash of "b/c" read as a letter ("bíc", "lbíc").
public enum OCRRepairs {
  /// The number `word` stands for when it is digits with a few look-alike letters
  /// ("l4" → "14", "L7" → "17", "2O25" → "2025"), or nil.
  public static func misreadNumber(_ word: Substring) -> String? {
    var digits = ""
    var sawDigit = false
    var sawLetter = false
    for scalar in word.unicodeScalars {
      switch scalar {
      case "0"..."9":
        digits.unicodeScalars.append(scalar)
        sawDigit = true
      case "l", "I", "L", "|":
        digits += "1"
        sawLetter = true
      case "O":
        digits += "0"
        sawLetter = true
      default:
        return nil
      }
    }
    return sawDigit && sawLetter && word.unicodeScalars.count >= 2 ? digits : nil
  }

  /// The abbreviation with a slash (``slashed``) that `word` is a misreading of, its slash
  /// read as a letter and a bracket before it perhaps as "l" ("bíc", "lbíc" → "b/c"), or nil.
  public static func misreadAbbreviation(_ word: Substring) -> String? {
    var scalars = Array(word.unicodeScalars)
    if scalars.count == 4, scalars[0] == "l" || scalars[0] == "I" || scalars[0] == "|" {
      scalars.removeFirst()
    }
    guard scalars.count == 3, slashReadings.contains(scalars[1]) else { return nil }
    for abbreviation in slashed {
      let letters = Array(abbreviation.unicodeScalars)
      if scalars[0] == letters[0] && scalars[2] == letters[2] { return abbreviation }
    }
    return nil
  }

  /// Abbreviations written with a slash, which Vietnamese-model OCR mangles.
  public static let slashed = ["b/c", "v/v"]

  private static let slashReadings: Set<Unicode.Scalar> = ["í", "ì", "i", "l", "1", "I", "|"]
}
