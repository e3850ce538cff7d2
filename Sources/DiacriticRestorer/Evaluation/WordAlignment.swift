import VietnameseText

/// Counts how many words of a reference text a hypothesis got right, by aligning the
/// two word sequences (Levenshtein) line by line.
package enum WordAlignment {
  /// Matched and total reference words of one pair of lines; words are the tokenizer's
  /// word spans, compared exactly (case and marks included).
  package static func score(reference: String, hypothesis: String) -> (
    correct: Int, total: Int, errors: Int
  ) {
    let ref = words(reference)
    let hyp = words(hypothesis)
    guard !ref.isEmpty else { return (0, 0, hyp.count) }
    let alignment = EditDistance.alignment(ref, hyp)
    return (alignment.matches, ref.count, alignment.distance)
  }

  /// The word spans of a text, NFC.
  static func words(_ text: String) -> [String] {
    let normalized = text.precomposedStringWithCanonicalMapping
    return Tokenizer.tokens(in: normalized).compactMap { token in
      token.kind == .word ? String(normalized.unicodeScalars[token.range]) : nil
    }
  }
}
