/// The ``Tokenizer``'s walk over one text's UTF-8 bytes (valid UTF-8, as every `String`
/// is), with the same rules as its scalar-by-scalar description.
struct TokenScanner {
  let text: String
  let bytes: UnsafeBufferPointer<UInt8>
  private var found: [Token] = []
  /// A byte offset and its index in the scalar view.
  private var cursorOffset = 0
  private var cursor: String.Index

  init(text: String, bytes: UnsafeBufferPointer<UInt8>) {
    self.text = text
    self.bytes = bytes
    cursor = text.unicodeScalars.startIndex
  }

  /// The scalar starting at byte `offset` and its length in bytes.
  @inline(__always)
  private func scalar(at offset: Int) -> (scalar: Unicode.Scalar, length: Int) {
    let lead = UInt32(bytes[offset])
    if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), 1) }
    var value: UInt32
    var length: Int
    if lead < 0xE0 {
      value = lead & 0x1F
      length = 2
    } else if lead < 0xF0 {
      value = lead & 0x0F
      length = 3
    } else {
      value = lead & 0x07
      length = 4
    }
    for next in 1..<length { value = value << 6 | UInt32(bytes[offset + next] & 0x3F) }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
  }

  /// Where the scalar ending at byte `offset` starts.
  @inline(__always)
  private func start(before offset: Int) -> Int {
    var at = offset - 1
    while at > 0, bytes[at] & 0xC0 == 0x80 { at -= 1 }
    return at
  }

  /// The index of byte `offset`, made by stepping through the scalar view from the last
  /// one asked for (the offsets asked for rarely go back, and then by a scalar or two): an
  /// index made in the UTF-8 view alone is checked again at every use in the scalar view.
  private mutating func index(_ offset: Int) -> String.Index {
    let scalars = text.unicodeScalars
    while cursorOffset < offset {
      cursorOffset += scalar(at: cursorOffset).length
      cursor = scalars.index(after: cursor)
    }
    while cursorOffset > offset {
      cursorOffset = start(before: cursorOffset)
      cursor = scalars.index(before: cursor)
    }
    return cursor
  }

  private mutating func append(_ kind: Token.Kind, _ lower: Int, _ upper: Int) {
    let start = index(lower)
    found.append(Token(kind: kind, range: start..<index(upper)))
  }

  /// The text between two byte offsets.
  private mutating func core(_ lower: Int, _ upper: Int) -> Substring {
    let start = index(lower)
    return text[start..<index(upper)]
  }

  /// Every token of the text, in order.
  consuming func tokens() -> [Token] {
    found.reserveCapacity(bytes.count / 3)
    var offset = 0
    while offset < bytes.count {
      let first = scalar(at: offset)
      var end = offset + first.length
      if Tokenizer.isWhitespace(first.scalar) {
        while end < bytes.count {
          let next = scalar(at: end)
          guard Tokenizer.isWhitespace(next.scalar) else { break }
          end += next.length
        }
        append(.whitespace, offset, end)
      } else {
        while end < bytes.count {
          let next = scalar(at: end)
          if Tokenizer.isWhitespace(next.scalar) { break }
          end += next.length
        }
        chunk(offset, end)
      }
      offset = end
    }
    return found
  }

  /// A whitespace-delimited chunk: opening and closing punctuation around the core split
  /// off first, then the core kept whole or split.
  private mutating func chunk(_ from: Int, _ to: Int) {
    var lower = from
    var upper = to
    while lower < upper {
      let first = scalar(at: lower)
      guard Tokenizer.isOpening(first.scalar) else { break }
      append(.punctuation, lower, lower + first.length)
      lower += first.length
    }
    var trailing: [(Int, Int)] = []
    while upper > lower {
      let previous = start(before: upper)
      guard Tokenizer.isClosing(scalar(at: previous).scalar) else { break }
      trailing.append((previous, upper))
      upper = previous
    }
    if lower < upper {
      if mayStayWhole(lower, upper), let kind = Tokenizer.wholeKind(core(lower, upper)) {
        append(kind, lower, upper)
      } else {
        split(lower, upper)
      }
    }
    for (start, end) in trailing.reversed() { append(.punctuation, start, end) }
  }

  /// False when ``Tokenizer/wholeKind(_:)`` is sure to answer nil: no URL or listed
  /// abbreviation starts with the core's first byte, and it holds no "@" for an e-mail
  /// address nor separator for a symbol (those above ASCII, "–" and the fraction and division
  /// slashes, all start with the byte E2).
  @inline(__always)
  private func mayStayWhole(_ lower: Int, _ upper: Int) -> Bool {
    let first = bytes[lower]
    if first == 0x68 || first == 0x77 || Abbreviations.mayBeListed(first: first) { return true }
    for at in lower..<upper {
      let byte = bytes[at]
      if byte == 0x40 || byte == 0x2F || byte == 0x2D || byte == 0x2E || byte == 0xE2 {
        return true
      }
    }
    return false
  }

  /// Whether the placeholder `scalar`, after a letter of the word, ending at byte `after`,
  /// belongs to the word: `_` (gocr's and ocrad's unread glyph), `%` (gocr's ờ, ớ, ê) and a
  /// backtick (gocr's grave) always; `?` (ocrad's ự, ụ), `!` (ocrad's Ị, gocr's unread dot),
  /// a backslash and `¬` (ocrad's ư, ơ) only between letters, where they are no punctuation.
  @inline(__always)
  private func staysInWord(_ scalar: Unicode.Scalar, before after: Int, _ upper: Int) -> Bool {
    switch scalar {
    case "_", "%", "`": true
    case "?", "!", "\\", "¬": letterFollows(after, upper)
    default: false
    }
  }

  /// Whether a letter follows byte `offset`, past any placeholders, before `upper`.
  @inline(__always)
  private func letterFollows(_ offset: Int, _ upper: Int) -> Bool {
    var at = offset
    while at < upper {
      let next = scalar(at: at)
      switch next.scalar {
      case "_", "%", "`", "?": at += next.length
      default: return Tokenizer.classify(next.scalar) == .wordPart
      }
    }
    return false
  }

  /// Splits a core into words (letters with glued digits), numbers and punctuation.
  private mutating func split(_ lower: Int, _ upper: Int) {
    var offset = lower
    while offset < upper {
      let first = scalar(at: offset)
      var firstClass = Tokenizer.classify(first.scalar)
      var end = offset + first.length
      // An unknown-glyph placeholder opening a word ("_ng" for "ứng") is part of it.
      if first.scalar == "_", letterFollows(end, upper) { firstClass = .digit }
      // ocrad's "|" for an l before a placeholder ("|_a" for "lửa") is a letter of the word.
      if first.scalar == "|", end < upper, letterFollows(end, upper) {
        let next = scalar(at: end).scalar
        if next == "_" || next == "%" { firstClass = .wordPart }
      }
      if firstClass == .other {
        while end < upper {
          let next = scalar(at: end)
          guard next.scalar == first.scalar else { break }
          end += next.length
        }
        append(.punctuation, offset, end)
      } else {
        var hasLetter = firstClass == .wordPart
        let placeholderFirst = first.scalar == "_"
        while end < upper {
          let next = scalar(at: end)
          var nextClass = Tokenizer.classify(next.scalar)
          if nextClass == .other, next.scalar == "‘" || next.scalar == "’" {
            // A quote between letters is English-model OCR's horn ("nu‘éc" for "nước").
            let after = end + next.length
            if after < upper, Tokenizer.classify(scalar(at: after).scalar) == .wordPart {
              nextClass = .wordPart
            }
          }
          if nextClass == .other {
            // Another engine's placeholders stay in the word whose letter they stand for.
            guard hasLetter || placeholderFirst,
              staysInWord(next.scalar, before: end + next.length, upper)
            else {
              break
            }
            end += next.length
            continue
          }
          if nextClass == .wordPart { hasLetter = true }
          end += next.length
        }
        let kind: Token.Kind
        if !hasLetter {
          kind = .number
        } else if bytes[offset] >= 0x61 && bytes[offset] <= 0x7A {
          // ``Abbreviations/isAbbreviation(_:)`` says no to a lower-case start at once.
          kind = .word
        } else {
          kind = Abbreviations.isAbbreviation(core(offset, end)) ? .abbreviation : .word
        }
        append(kind, offset, end)
      }
      offset = end
    }
  }
}
