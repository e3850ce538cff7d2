/// A piece of text with two matching views of the same length in characters:
/// `folded` (lower-case, no diacritics) for numbers and symbols, and `keyed` (folded, with
/// OCR lookalikes such as "S6" read as "so") for keywords. Values are always cut from `original`.
struct AlignedText: Sendable {
  /// The text as written.
  let original: [Character]
  /// The folded view, character-aligned with `original`.
  let folded: String
  /// The folded view with lookalike digits replaced inside words.
  let keyed: String
  /// The folded view with lookalike letters read as digits inside numbers ("I15" → "115",
  /// "1]" → "11"), for numbers, symbols and dates.
  let numeric: String

  init(_ text: some StringProtocol) {
    original = Array(text)
    let foldedCharacters = original.map(TextFolding.fold)
    folded = String(foldedCharacters)
    keyed = String(TextFolding.keyed(foldedCharacters))
    numeric = String(TextFolding.numeric(foldedCharacters))
  }

  /// The original text.
  var string: String { String(original) }

  /// Whether the text holds nothing but whitespace.
  var isBlank: Bool { original.allSatisfy(\.isWhitespace) }

  /// Character offsets of a range found in `folded` or `keyed`.
  func offsets(of range: Range<String.Index>, in view: String) -> Range<Int> {
    let lower = view.distance(from: view.startIndex, to: range.lowerBound)
    return lower..<(lower + view.distance(from: range.lowerBound, to: range.upperBound))
  }

  /// The original text at character offsets, clamped to the text.
  func text(_ offsets: Range<Int>) -> String {
    let lower = max(0, min(offsets.lowerBound, original.count))
    let upper = max(lower, min(offsets.upperBound, original.count))
    return String(original[lower..<upper])
  }

  /// The original text from an offset to the end.
  func text(from offset: Int) -> String { text(offset..<original.count) }

  /// The keyed view from an offset to the end.
  func keyed(from offset: Int) -> Substring {
    keyed.dropFirst(max(0, offset))
  }

  /// The keyed view at character offsets.
  func keyed(_ offsets: Range<Int>) -> String {
    let chars = Array(keyed)
    let lower = max(0, min(offsets.lowerBound, chars.count))
    let upper = max(lower, min(offsets.upperBound, chars.count))
    return String(chars[lower..<upper])
  }

  /// Words of the keyed view (letters and digits) with their character offsets.
  var words: [Word] {
    var result: [Word] = []
    var current = ""
    var start = 0
    for (offset, character) in keyed.enumerated() {
      if character.isLetter || character.isNumber {
        if current.isEmpty { start = offset }
        current.append(character)
      } else if !current.isEmpty {
        result.append(Word(key: current, range: start..<offset))
        current = ""
      }
    }
    if !current.isEmpty {
      result.append(Word(key: current, range: start..<(start + current.count)))
    }
    return result
  }

  /// One keyed word and where it sits in the text.
  struct Word: Sendable, Equatable {
    /// The keyed (folded, lookalike-corrected) spelling.
    let key: String
    /// Character offsets in the text.
    let range: Range<Int>
  }
}
