import VietnameseText

/// Joins the pieces into which engines without Vietnamese glyphs cut a word by writing its
/// dot below as a full stop: glued inside it ("d.ich" for "dịch") or before a space ("tro. ng"
/// for "trọng", "vu. tranh" for "vụ tranh").
///
/// Only lines of OCR of unknown origin (``Channel/otherOCR``) are joined: elsewhere a full
/// stop is punctuation. A stop before a space and a lower-case word is no sentence end;
/// whether the word goes on after the space ("tro. ng") or the stop ends it ("vu. tranh") is
/// told by the syllables: the pieces are joined when together they fold to a syllable, or
/// when the piece after the space is none and short. gocr's apostrophe for an acute ("tǎ' t"
/// for "tắt") and ocrad's `?` at a word's end ("Ph? l?c" for "Phụ lục") are read the same way.
enum DetachedMarks {
  /// `tokens` with the pieces of each cut word on a line of `channels` that is
  /// ``Channel/otherOCR`` joined into one word token (whose text may hold the stop and space).
  static func join(
    _ tokens: [Token], lines: [Int], channels: [Channel], scalars: String.UnicodeScalarView,
    vocabulary: Vocabulary
  ) -> [Token] {
    func text(_ index: Int) -> Substring { Substring(scalars[tokens[index].range]) }
    func glued(_ index: Int) -> Bool {
      tokens[index].range.lowerBound == tokens[index - 1].range.upperBound
    }
    // The dot below written as a full stop; gocr's acute written as an apostrophe ("tǎ' t")
    // and its unread dot as "!" ("d_!nh"); ocrad's unknown glyph at a word's end ("Ph? l?c").
    func isStop(_ index: Int) -> Bool {
      guard index < tokens.count, tokens[index].kind == .punctuation, glued(index) else {
        return false
      }
      let mark = text(index)
      return mark == "." || mark == "'" || mark == "?" || mark == "!"
    }
    // A stop glued to a comma, a semicolon, a colon or a closing bracket ends no sentence.
    func isInnerPunctuation(_ index: Int) -> Bool {
      guard index < tokens.count, tokens[index].kind == .punctuation, glued(index) else {
        return false
      }
      let mark = text(index)
      return mark == "," || mark == ";" || mark == ":" || mark == ")"
    }
    func isWord(_ index: Int) -> Bool { index < tokens.count && tokens[index].kind == .word }
    var result: [Token] = []
    result.reserveCapacity(tokens.count)
    var index = 0
    while index < tokens.count {
      var token = tokens[index]
      guard token.kind == .word, channels[lines[index]] == .otherOCR else {
        result.append(token)
        index += 1
        continue
      }
      var next = index + 1
      var pieces = [text(index)]
      // "naV` m" for "nằm": gocr's grave, kept in the word, and a space inside the word.
      if pieces[0].unicodeScalars.last == "`", next + 1 < tokens.count,
        tokens[next].kind == .whitespace, text(next) == " ", isWord(next + 1),
        startsLowerCase(text(next + 1)),
        continuesGrave(text(next + 1), vocabulary: vocabulary)
      {
        pieces.append(text(next + 1))
        token.range = token.range.lowerBound..<tokens[next + 1].range.upperBound
        next += 2
      }
      while isStop(next) {
        if isWord(next + 1) && glued(next + 1) {
          // "d.ich": the stop inside a word.
          pieces.append(text(next + 1))
          token.range = token.range.lowerBound..<tokens[next + 1].range.upperBound
          next += 2
          continue
        }
        let mark = text(next)
        if mark == "!" { break }
        if isInnerPunctuation(next + 1) {
          // "dô.,": a mark of the word, not punctuation.
          token.range = token.range.lowerBound..<tokens[next].range.upperBound
          next += 1
          break
        }
        guard next + 2 < tokens.count, tokens[next + 1].kind == .whitespace,
          text(next + 1) == " ", isWord(next + 2), startsLowerCase(text(next + 2))
        else {
          if mark == "'" {
            // "sô'" at a line's end: the acute of the word, not a quote.
            token.range = token.range.lowerBound..<tokens[next].range.upperBound
            next += 1
          }
          break
        }
        let after = text(next + 2)
        if belongsTogether(pieces.joined(), after, vocabulary: vocabulary) {
          // "tro. ng": the word goes on after the space.
          pieces.append(after)
          token.range = token.range.lowerBound..<tokens[next + 2].range.upperBound
          next += 3
        } else {
          // "vu. tranh": the stop was the dot below of the word's last vowel.
          token.range = token.range.lowerBound..<tokens[next].range.upperBound
          next += 1
          break
        }
      }
      result.append(token)
      index = next
    }
    return result
  }

  /// Whether a word starts with a lower-case letter or a placeholder.
  private static func startsLowerCase(_ word: Substring) -> Bool {
    guard let first = word.unicodeScalars.first else { return false }
    return first == "_" || (LetterCase.isLowercase(first) ?? first.properties.isLowercase)
  }

  /// Whether `after` is the rest of a word gocr cut after its grave ("m" of "naV` m"): one or
  /// two letters, no placeholder ("vj` c%" is "vị cả"), and no syllable alone ("v%` an" is
  /// "và an").
  private static func continuesGrave(_ after: Substring, vocabulary: Vocabulary) -> Bool {
    after.unicodeScalars.count <= 2 && after.allSatisfy(\.isLetter)
      && vocabulary.syllables(folded: after.lowercased().vietnameseFolded).isEmpty
  }

  /// Whether `before` and `after` spell one syllable: together they fold to one, or `after`
  /// alone folds to none ("ng", "c").
  private static func belongsTogether(
    _ before: String, _ after: Substring, vocabulary: Vocabulary
  ) -> Bool {
    let joined = (before + after).lowercased().filter { $0.isLetter }
    if !vocabulary.syllables(folded: joined.vietnameseFolded).isEmpty { return true }
    let alone = after.lowercased().filter { $0.isLetter }
    guard alone.count <= 3 else { return false }
    return vocabulary.id(of: alone) == nil
      && vocabulary.syllables(folded: alone.vietnameseFolded).isEmpty
  }
}
