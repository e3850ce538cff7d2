/// How a word is capitalised, so the restored syllable can be written the same way.
package enum CasePattern: Sendable, Hashable {
  /// "công"
  case lower
  /// "Công"
  case title
  /// "CÔNG"
  case upper
  /// Anything else ("nghiỆp"), typical of OCR mistakes.
  case mixed

  /// The pattern of `word`; letters only count, digits and marks are ignored.
  package init(of word: some StringProtocol) {
    var upper = 0
    var lower = 0
    var firstUpper: Bool?
    // Most words are ASCII: their bytes are their scalars.
    var ascii = true
    for byte in word.utf8 {
      if byte >= 0x80 {
        ascii = false
        break
      }
      if byte >= 0x41 && byte <= 0x5A {
        upper += 1
        if firstUpper == nil { firstUpper = true }
      } else if byte >= 0x61 && byte <= 0x7A {
        lower += 1
        if firstUpper == nil { firstUpper = false }
      }
    }
    if !ascii {
      upper = 0
      lower = 0
      firstUpper = nil
      for scalar in word.unicodeScalars {
        let isUpper: Bool
        let isLower: Bool
        if scalar.value < 0x80 {
          isUpper = scalar.value >= 0x41 && scalar.value <= 0x5A
          isLower = scalar.value >= 0x61 && scalar.value <= 0x7A
        } else {
          isUpper = LetterCase.isUppercase(scalar) ?? scalar.properties.isUppercase
          isLower = LetterCase.isLowercase(scalar) ?? scalar.properties.isLowercase
        }
        if isUpper {
          upper += 1
          if firstUpper == nil { firstUpper = true }
        } else if isLower {
          lower += 1
          if firstUpper == nil { firstUpper = false }
        }
      }
    }
    if upper == 0 {
      self = .lower
    } else if lower == 0 {
      self = upper == 1 ? .title : .upper
    } else if upper == 1 && firstUpper == true {
      self = .title
    } else {
      self = .mixed
    }
  }

  /// Writes a lower-case syllable in this pattern; a mixed pattern becomes lower case
  /// (or title case when `startsUpper`), which is what the OCR mistake stood for.
  package func apply(to lowercased: String, startsUpper: Bool = false) -> String {
    switch self {
    case .lower: return lowercased
    case .upper: return lowercased.uppercased()
    case .title: return Self.capitalizingFirst(lowercased)
    case .mixed: return startsUpper ? Self.capitalizingFirst(lowercased) : lowercased
    }
  }

  private static func capitalizingFirst(_ text: String) -> String {
    guard let first = text.first else { return text }
    return first.uppercased() + text.dropFirst()
  }
}
