/// Small edit-distance helpers for matching keywords that OCR read with one or two slips.
enum Fuzzy {
  /// Levenshtein distance between two short strings, by characters.
  static func distance(_ a: some StringProtocol, _ b: some StringProtocol) -> Int {
    let left = Array(a)
    let right = Array(b)
    if left.isEmpty { return right.count }
    if right.isEmpty { return left.count }
    var previous = Array(0...right.count)
    var current = [Int](repeating: 0, count: right.count + 1)
    for i in 1...left.count {
      current[0] = i
      for j in 1...right.count {
        let substitution = previous[j - 1] + (left[i - 1] == right[j - 1] ? 0 : 1)
        current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
      }
      swap(&previous, &current)
    }
    return previous[right.count]
  }

  /// Whether a keyed word is the folded `target` read with at most one slip
  /// (none for words of one or two letters, where a slip makes another word).
  static func wordMatches(_ word: some StringProtocol, _ target: String) -> Bool {
    if word == target { return true }
    if target.count <= 2 || word.count <= 2 { return false }
    return distance(word, target) <= 1
  }

  /// Whether the words starting at `index` read the folded phrase `target` ("uy ban nhan dan").
  static func phraseMatches(
    _ words: [AlignedText.Word], at index: Int, _ target: [String], exact: Bool = false
  ) -> Bool {
    guard index + target.count <= words.count else { return false }
    for (offset, part) in target.enumerated() {
      let key = words[index + offset].key
      if exact ? key != part : !wordMatches(key, part) { return false }
    }
    return true
  }
}
