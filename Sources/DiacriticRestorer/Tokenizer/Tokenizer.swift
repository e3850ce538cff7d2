/// Splits text into ``Token``s that cover it completely.
///
/// Whitespace runs, URLs, e-mail addresses, document symbols and abbreviations come back
/// as single spans; the rest of each whitespace-delimited chunk is split into words,
/// numbers and punctuation. Digits and a few OCR debris signs (`¢`, `@`, `®`) glued to
/// letters stay inside the word, because English-model OCR writes "số" as "s6" and "lệ"
/// as "1¢".
public enum Tokenizer {
  /// The tokens of `text`, in order.
  public static func tokens(in text: String) -> [Token] {
    var tokens: [Token] = []
    tokens.reserveCapacity(text.utf8.count / 3)
    let scalars = text.unicodeScalars
    var index = scalars.startIndex
    while index < scalars.endIndex {
      var end = scalars.index(after: index)
      if isWhitespace(scalars[index]) {
        while end < scalars.endIndex, isWhitespace(scalars[end]) { end = scalars.index(after: end) }
        tokens.append(Token(kind: .whitespace, range: index..<end))
      } else {
        while end < scalars.endIndex, !isWhitespace(scalars[end]) {
          end = scalars.index(after: end)
        }
        chunk(text, index..<end, into: &tokens)
      }
      index = end
    }
    return tokens
  }

  @inline(__always)
  private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value < 0x80 {
      return scalar == " " || (scalar.value >= 0x09 && scalar.value <= 0x0D)
    }
    return scalar.properties.isWhitespace
  }

  // Switches, not sets: hashing a scalar for every chunk showed up in profiles.
  @inline(__always)
  private static func isOpening(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "(", "[", "{", "\"", "'", "“", "‘", "«", "<": true
    default: false
    }
  }

  @inline(__always)
  private static func isClosing(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case ".", ",", ";", ":", "!", "?", ")", "]", "}", "\"", "'", "”", "’", "»", "…", ">": true
    default: false
    }
  }

  @inline(__always)
  private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "/", "-", ".", "–": true
    default: false
    }
  }

  private static let debris: Set<Unicode.Scalar> = ["¢", "@", "®", "©", "§", "£", "¥", "€", "&"]

  private static func chunk(
    _ text: String, _ range: Range<String.Index>, into tokens: inout [Token]
  ) {
    let scalars = text.unicodeScalars
    var lower = range.lowerBound
    var upper = range.upperBound
    // Opening and closing punctuation around the core is split off first.
    while lower < upper, isOpening(scalars[lower]) {
      let next = scalars.index(after: lower)
      tokens.append(Token(kind: .punctuation, range: lower..<next))
      lower = next
    }
    var trailing: [Token] = []
    while upper > lower {
      let previous = scalars.index(before: upper)
      guard isClosing(scalars[previous]) else { break }
      trailing.append(Token(kind: .punctuation, range: previous..<upper))
      upper = previous
    }
    if lower < upper {
      let core = text.unicodeScalars[lower..<upper]
      if let kind = wholeKind(Substring(core)) {
        tokens.append(Token(kind: kind, range: lower..<upper))
      } else {
        split(text, lower..<upper, into: &tokens)
      }
    }
    tokens.append(contentsOf: trailing.reversed())
  }

  /// The kind of a chunk core that must stay one span, or nil to split it.
  private static func wholeKind(_ core: Substring) -> Token.Kind? {
    // Most cores are plain words: the first byte rules out a URL or a listed abbreviation
    // without comparing or hashing.
    let first = core.utf8.first ?? 0
    if first == 0x68 || first == 0x77,
      core.hasPrefix("http://") || core.hasPrefix("https://") || core.hasPrefix("www.")
    {
      return .url
    }
    if Abbreviations.mayBeListed(first: first), Abbreviations.known.contains(core) {
      return .abbreviation
    }
    // An e-mail address needs "@", a symbol one of the separators; a URL was matched above.
    // Bytes below 0x80 are whole scalars, and "–" is the only separator above (E2 80 93).
    if !core.utf8.contains(where: {
      $0 == 0x40 || $0 == 0x2F || $0 == 0x2D || $0 == 0x2E || $0 == 0xE2
    }) {
      return nil
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

  private enum Class { case wordPart, digit, other }

  private static func classify(_ scalar: Unicode.Scalar) -> Class {
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

  /// Splits a core into words (letters with glued digits), numbers and punctuation.
  private static func split(
    _ text: String, _ range: Range<String.Index>, into tokens: inout [Token]
  ) {
    let scalars = text.unicodeScalars
    var index = range.lowerBound
    while index < range.upperBound {
      let first = classify(scalars[index])
      var end = scalars.index(after: index)
      if first == .other {
        while end < range.upperBound, scalars[end] == scalars[index] {
          end = scalars.index(after: end)
        }
        tokens.append(Token(kind: .punctuation, range: index..<end))
      } else {
        var hasLetter = first == .wordPart
        while end < range.upperBound {
          var next = classify(scalars[end])
          if next == .other, scalars[end] == "‘" || scalars[end] == "’" {
            // A quote between letters is English-model OCR's horn ("nu‘éc" for "nước").
            let after = scalars.index(after: end)
            if after < range.upperBound, classify(scalars[after]) == .wordPart { next = .wordPart }
          }
          if next == .other { break }
          if next == .wordPart { hasLetter = true }
          end = scalars.index(after: end)
        }
        let word = text[index..<end]
        let kind: Token.Kind =
          !hasLetter ? .number : Abbreviations.isAbbreviation(word) ? .abbreviation : .word
        tokens.append(Token(kind: kind, range: index..<end))
      }
      index = end
    }
  }
}
