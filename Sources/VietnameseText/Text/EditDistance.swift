/// Edit distance between sequences: how many insertions, deletions and substitutions turn one
/// into the other (Levenshtein), and how many elements the two share along the cheapest path.
///
/// One implementation serves OCR keyword matching (a stamp read with a slip), the parser's fuzzy
/// matches and the word and character error rates of evaluations.
///
/// ```swift
/// EditDistance.between(Array("KHAN"), Array("KHẨN"))     // 1
/// EditDistance.alignment(["số", "30"], ["so", "30"])     // (distance: 1, matches: 1)
/// ```
package enum EditDistance {
  /// The Levenshtein distance between `a` and `b`.
  package static func between<T: Equatable>(_ a: [T], _ b: [T]) -> Int {
    alignment(a, b).distance
  }

  /// The Levenshtein distance between two strings, by characters.
  package static func between(_ a: some StringProtocol, _ b: some StringProtocol) -> Int {
    alignment(Array(a), Array(b)).distance
  }

  /// The Levenshtein distance between `reference` and `hypothesis`, and the number of elements
  /// matched along a cheapest path (among equally cheap paths, the one matching most): for a
  /// word error rate, `distance` counts the errors and `matches` the words right.
  package static func alignment<T: Equatable>(_ reference: [T], _ hypothesis: [T]) -> (
    distance: Int, matches: Int
  ) {
    if reference.isEmpty { return (hypothesis.count, 0) }
    if hypothesis.isEmpty { return (reference.count, 0) }
    // cost[j]: edit distance of the prefixes; matches[j]: matched elements along that path.
    var cost = Array(0...hypothesis.count)
    var matches = [Int](repeating: 0, count: hypothesis.count + 1)
    var nextCost = cost
    var nextMatches = matches
    for i in 1...reference.count {
      nextCost[0] = i
      nextMatches[0] = 0
      for j in 1...hypothesis.count {
        let same = reference[i - 1] == hypothesis[j - 1]
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
    return (cost[hypothesis.count], matches[hypothesis.count])
  }
}
