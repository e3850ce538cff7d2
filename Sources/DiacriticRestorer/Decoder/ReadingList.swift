/// The best readings of one OCR token found so far, best first, at most `limit` of them.
///
/// A small sorted array beats sorting thousands of scores for every new token.
struct ReadingList {
  private(set) var entries: [(key: UInt16, value: Float)] = []
  let limit: Int

  init(limit: Int) {
    self.limit = limit
    entries.reserveCapacity(limit + 1)
  }

  /// The score a reading must beat to enter: the worst once the list is full.
  var floor: Float {
    entries.count == limit ? entries[entries.count - 1].value : -.greatestFiniteMagnitude
  }

  /// The best score so far (`-greatestFiniteMagnitude` while empty).
  var best: Float { entries.first?.value ?? -.greatestFiniteMagnitude }

  /// Adds a reading, keeping the better score of a syllable offered twice.
  mutating func offer(_ id: UInt16, _ score: Float) {
    // A full list whose worst beats the score rejects it before the linear ID scan.
    if entries.count == limit, let last = entries.last, score <= last.value { return }
    if let existing = entries.firstIndex(where: { $0.key == id }) {
      guard score > entries[existing].value else { return }
      entries.remove(at: existing)
    }
    insert(id, score)
  }

  /// Adds a reading of a syllable not offered before: a trie search meets each syllable
  /// once, and with the hundreds of readings kept for OCR of unknown origin the scan for
  /// its ID was a fifth of restoring it.
  mutating func offerUnlisted(_ id: UInt16, _ score: Float) {
    if entries.count == limit, let last = entries.last, score <= last.value { return }
    insert(id, score)
  }

  /// Inserts after every entry scoring at least as well (the first offered of equal scores
  /// stays first), found by bisection, and drops the worst past `limit`.
  private mutating func insert(_ id: UInt16, _ score: Float) {
    var low = 0
    var high = entries.count
    while low < high {
      let middle = (low + high) / 2
      if entries[middle].value < score { high = middle } else { low = middle + 1 }
    }
    entries.insert((id, score), at: low)
    if entries.count > limit { entries.removeLast() }
  }
}
