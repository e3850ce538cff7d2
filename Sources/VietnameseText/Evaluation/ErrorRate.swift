import Foundation

/// Character and word error rates, measured the way OCR evaluations measure them: the edit
/// distance over the reference's length, text compared in NFC with whitespace collapsed.
///
/// ```swift
/// ErrorRate.wordErrorRate(reference: "Kế hoạch số 30", hypothesis: "Ké hoach số 30")  // 0.5
/// ```
public enum ErrorRate {
  /// Collapses every run of whitespace to one space and trims the ends.
  public static func normalizedWhitespace(_ text: String) -> String {
    text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }

  /// Smallest edit distance between `needle` and any substring of `haystack`
  /// (semi-global alignment): how well a known passage was read inside a longer text.
  public static func infixEditDistance<T: Equatable>(_ needle: [T], in haystack: [T]) -> Int {
    if needle.isEmpty { return 0 }
    if haystack.isEmpty { return needle.count }
    // Rows follow the needle; a match may start anywhere in the haystack at no cost.
    var previous = [Int](repeating: 0, count: haystack.count + 1)
    var current = [Int](repeating: 0, count: haystack.count + 1)
    for i in 1...needle.count {
      current[0] = i
      for j in 1...haystack.count {
        let substitution = previous[j - 1] + (needle[i - 1] == haystack[j - 1] ? 0 : 1)
        current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
      }
      swap(&previous, &current)
    }
    return previous.min() ?? needle.count
  }

  /// Character error rate of `hypothesis` against `reference`, whitespace normalised,
  /// compared as Unicode scalars of the NFC forms.
  public static func characterErrorRate(reference: String, hypothesis: String) -> Double {
    let ref = Array(
      normalizedWhitespace(reference).precomposedStringWithCanonicalMapping.unicodeScalars)
    let hyp = Array(
      normalizedWhitespace(hypothesis).precomposedStringWithCanonicalMapping.unicodeScalars)
    guard !ref.isEmpty else { return hyp.isEmpty ? 0 : 1 }
    return Double(EditDistance.between(ref, hyp)) / Double(ref.count)
  }

  /// Character error rate of a known passage (such as a dispatch's body) read somewhere
  /// inside a page's text, so that headers and footers around it do not count.
  public static func passageCharacterErrorRate(passage: String, in pageText: String) -> Double {
    let ref = Array(
      normalizedWhitespace(passage).precomposedStringWithCanonicalMapping.unicodeScalars)
    let hyp = Array(
      normalizedWhitespace(pageText).precomposedStringWithCanonicalMapping.unicodeScalars)
    guard !ref.isEmpty else { return 0 }
    return Double(infixEditDistance(ref, in: hyp)) / Double(ref.count)
  }

  /// Word error rate of `hypothesis` against `reference`, words split on whitespace.
  public static func wordErrorRate(reference: String, hypothesis: String) -> Double {
    let ref = reference.precomposedStringWithCanonicalMapping.split(whereSeparator: {
      $0.isWhitespace
    }).map(String.init)
    let hyp = hypothesis.precomposedStringWithCanonicalMapping.split(whereSeparator: {
      $0.isWhitespace
    }).map(String.init)
    guard !ref.isEmpty else { return hyp.isEmpty ? 0 : 1 }
    return Double(EditDistance.between(ref, hyp)) / Double(ref.count)
  }

  /// The words of a text for a word error rate: NFC, split at whitespace, punctuation stripped
  /// from both ends of each word ("chính," → "chính"), case and marks kept; marks of punctuation
  /// alone are no words.
  public static func words(_ text: String) -> [String] {
    text.precomposedStringWithCanonicalMapping.split(whereSeparator: \.isWhitespace).compactMap {
      let word = $0.drop(while: \.isPunctuation).reversed().drop(while: \.isPunctuation).reversed()
      return word.isEmpty ? nil : String(word)
    }
  }

  /// Word errors of a known passage (a document's transcribed body) read somewhere inside a
  /// longer text (the document's text, with header and footer around the body), and the
  /// passage's length in words (see ``words(_:)``).
  public static func passageWordErrors(passage: String, in text: String) -> (
    errors: Int, words: Int
  ) {
    let reference = words(passage)
    return (infixEditDistance(reference, in: words(text)), reference.count)
  }
}
