/// Splits text into ``Token``s that cover it completely.
///
/// Whitespace runs, URLs, e-mail addresses, document symbols and abbreviations come back
/// as single spans; the rest of each whitespace-delimited chunk is split into words,
/// numbers and punctuation. Digits and a few OCR debris signs (`¢`, `@`, `®`) glued to
/// letters stay inside the word, because English-model OCR writes "số" as "s6" and "lệ"
/// as "1¢".
package enum Tokenizer {
  /// The tokens of `text`, in order.
  package static func tokens(in text: String) -> [Token] {
    // Walked as UTF-8 bytes: stepping through `unicodeScalars` costs an index check per
    // scalar, which profiles showed as a tenth of restoring.
    if let tokens = text.utf8.withContiguousStorageIfAvailable({ bytes in
      TokenScanner(text: text, bytes: bytes).tokens()
    }) {
      return tokens
    }
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { TokenScanner(text: text, bytes: $0).tokens() }
  }

  @inline(__always)
  static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value < 0x80 {
      return scalar == " " || (scalar.value >= 0x09 && scalar.value <= 0x0D)
    }
    return scalar.properties.isWhitespace
  }

  // Switches, not sets: hashing a scalar for every chunk showed up in profiles.
  @inline(__always)
  static func isOpening(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "(", "[", "{", "\"", "'", "“", "‘", "«", "<": true
    default: false
    }
  }

  @inline(__always)
  static func isClosing(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case ".", ",", ";", ":", "!", "?", ")", "]", "}", "\"", "'", "”", "’", "»", "…", ">": true
    default: false
    }
  }

  @inline(__always)
  static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    // OCR writes a fraction or division slash for a slash now and then ("12⁄QĐ-UBND").
    case "/", "-", ".", "–", "\u{2044}", "\u{2215}": true
    default: false
    }
  }

  private static let debris: Set<Unicode.Scalar> = ["¢", "@", "®", "©", "§", "£", "¥", "€", "&"]

  /// The kind of a chunk core that must stay one span, or nil to split it.
  static func wholeKind(_ core: Substring) -> Token.Kind? {
    // Most cores are plain words: the first byte rules out a URL or a listed abbreviation
    // without comparing or hashing.
    let first = core.utf8.first ?? 0
    if first == 0x68 || first == 0x77,
      core.hasPrefix("http://") || core.hasPrefix("https://") || core.hasPrefix("www.")
        || core.hasPrefix("http:\u{2044}\u{2044}") || core.hasPrefix("https:\u{2044}\u{2044}")
    {
      return .url
    }
    if Abbreviations.mayBeListed(first: first), Abbreviations.known.contains(core) {
      return .abbreviation
    }
    var hasSeparator = false
    var hasUpperOrDigit = false
    var hasLetter = false
    var at = false
    var dotAfterAt = false
    for scalar in core.unicodeScalars {
      if scalar == "@" {
        at = true
      } else if at && scalar == "." {
        dotAfterAt = true
      }
      let value = scalar.value
      if isSeparator(scalar) {
        hasSeparator = true
      } else if value < 0x80 {
        if value >= 0x61 && value <= 0x7A {
          hasLetter = true
        } else if (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39) {
          hasUpperOrDigit = true
        }
      } else if LetterCase.isLowercase(scalar) ?? scalar.properties.isLowercase {
        hasLetter = true
      } else if LetterCase.isUppercase(scalar) ?? scalar.properties.isUppercase {
        hasUpperOrDigit = true
      }
    }
    if at && dotAfterAt && !core.hasPrefix("@") { return .email }
    if hasSeparator && hasUpperOrDigit && !hasLetter && core.unicodeScalars.count > 1 {
      return .symbol
    }
    return nil
  }

  enum Class { case wordPart, digit, other }

  static func classify(_ scalar: Unicode.Scalar) -> Class {
    let value = scalar.value
    if value < 0x80 {
      if value >= 0x30 && value <= 0x39 { return .digit }
      return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A || scalar == "@" || scalar == "&"
        ? .wordPart : .other
    }
    if LetterCase.isLetter(scalar) == true { return .wordPart }
    let properties = scalar.properties
    if properties.isAlphabetic || properties.generalCategory == .nonspacingMark
      || debris.contains(scalar)
    {
      return .wordPart
    }
    return .other
  }
}
