import VietnameseText

/// Counts how many words of a reference text a hypothesis got right, by aligning the
/// two word sequences (Levenshtein) line by line.
package enum WordAlignment {
  /// Matched and total reference words of one pair of lines; words are the tokenizer's
  /// word spans, compared exactly (case and marks included; an eth counts as Đ).
  package static func score(reference: String, hypothesis: String) -> (
    correct: Int, total: Int, errors: Int
  ) {
    let ref = words(reference)
    let hyp = words(hypothesis)
    guard !ref.isEmpty else { return (0, 0, hyp.count) }
    let alignment = EditDistance.alignment(ref, hyp)
    return (alignment.matches, ref.count, alignment.distance)
  }

  /// The word spans of a text, NFC, with the eth that some corpus lines type for Đ ("QÐ",
  /// "Ðây") read as Đ on both sides: Vietnamese writes no eth, so writing Đ for it is no
  /// change of a word, and a reference with it must not count the repair as damage.
  static func words(_ text: String) -> [String] {
    var normalized = text.precomposedStringWithCanonicalMapping
    if normalized.unicodeScalars.contains(where: { $0 == "Ð" || $0 == "ð" }) {
      normalized = String(
        String.UnicodeScalarView(
          normalized.unicodeScalars.map { $0 == "Ð" ? "Đ" : $0 == "ð" ? "đ" : $0 }))
    }
    return Tokenizer.tokens(in: normalized).compactMap { token in
      token.kind == .word ? String(normalized.unicodeScalars[token.range]) : nil
    }
  }
}
