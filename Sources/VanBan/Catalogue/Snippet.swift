import Foundation
import VietnameseText

/// Cuts a piece of a document's text around the first place a query term occurs in it.
///
/// The search runs on folded text, but the snippet shows the original: folding maps each
/// character to one character, so an offset found in the folded copy is the same offset in the
/// original.
enum Snippet {
  /// Characters shown on each side of the match.
  static let context = 60

  /// A snippet of `text` around the first occurrence of the whole query, else of its longest
  /// term, or the text's beginning when no term is found.
  static func around(_ terms: [[String]], in text: String) -> String {
    let folded = text.vietnameseFolded
    let original = Array(text)
    guard original.count == folded.count else { return lead(of: text) }
    // The whole query as a phrase first, then its longest terms (a symbol before single words).
    let candidates =
      (terms.count > 1 ? [terms.flatMap { $0 }] : []) + terms.sorted { $0.count > $1.count }
    for term in candidates {
      guard let (start, length) = firstMatch(of: term, in: folded) else { continue }
      let from = max(0, start - context)
      let to = min(original.count, start + length + context)
      let before = String(original[from..<start])
      let match = String(original[start..<start + length])
      let after = String(original[start + length..<to])
      return flattened(
        (from > 0 ? "…" : "") + before + "«" + match + "»" + after
          + (to < original.count ? "…" : ""))
    }
    return lead(of: text)
  }

  /// Character offset and length of the first whole-word occurrence of `term`'s tokens, in
  /// order, separated by anything that is not a letter or digit (as the index tokenizer splits).
  private static func firstMatch(of term: [String], in folded: String) -> (Int, Int)? {
    let pattern =
      "(?<![\\p{L}\\p{N}])"
      + term.map(NSRegularExpression.escapedPattern(for:)).joined(separator: "[^\\p{L}\\p{N}]+")
      + "(?![\\p{L}\\p{N}])"
    guard let expression = try? NSRegularExpression(pattern: pattern),
      let found = expression.firstMatch(
        in: folded, range: NSRange(folded.startIndex..., in: folded)),
      let range = Range(found.range, in: folded)
    else { return nil }
    let start = folded.distance(from: folded.startIndex, to: range.lowerBound)
    return (start, folded.distance(from: range.lowerBound, to: range.upperBound))
  }

  private static func lead(of text: String) -> String {
    flattened(String(text.prefix(context * 2)))
  }

  private static func flattened(_ text: String) -> String {
    text.split(whereSeparator: \.isNewline).joined(separator: " ").replacingOccurrences(
      of: "\u{0C}", with: " ")
  }
}
