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
    guard !hyp.isEmpty else { return (0, ref.count, ref.count) }
    // cost[j]: edit distance; matches[j]: matched words along that path.
    var cost = Array(0...hyp.count)
    var matches = [Int](repeating: 0, count: hyp.count + 1)
    var nextCost = cost
    var nextMatches = matches
    for i in 1...ref.count {
      nextCost[0] = i
      nextMatches[0] = 0
      for j in 1...hyp.count {
        let same = ref[i - 1] == hyp[j - 1]
        var best = cost[j - 1] + (same ? 0 : 1)
        var bestMatches = matches[j - 1] + (same ? 1 : 0)
        if cost[j] + 1 < best || (cost[j] + 1 == best && matches[j] > bestMatches) {
          best = cost[j] + 1
          bestMatches = matches[j]
        }
        if nextCost[j - 1] + 1 < best
          || (nextCost[j - 1] + 1 == best && nextMatches[j - 1] > bestMatches)
        {
          best = nextCost[j - 1] + 1
          bestMatches = nextMatches[j - 1]
        }
        nextCost[j] = best
        nextMatches[j] = bestMatches
      }
      swap(&cost, &nextCost)
      swap(&matches, &nextMatches)
    }
    return (matches[hyp.count], ref.count, cost[hyp.count])
  }

  /// The word spans of a text, NFC.
  static func words(_ text: String) -> [String] {
    let normalized = text.precomposedStringWithCanonicalMapping
    return Tokenizer.tokens(in: normalized).compactMap { token in
      token.kind == .word ? String(normalized.unicodeScalars[token.range]) : nil
    }
  }
}
