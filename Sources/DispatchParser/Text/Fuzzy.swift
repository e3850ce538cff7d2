import VietnameseText

/// Small edit-distance helpers for matching keywords that OCR read with one or two slips.
enum Fuzzy {
  /// Levenshtein distance between two short strings, by characters.
  static func distance(_ a: some StringProtocol, _ b: some StringProtocol) -> Int {
    EditDistance.between(a, b)
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
