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
    let at = entries.firstIndex { $0.value < score } ?? entries.count
    entries.insert((id, score), at: at)
    if entries.count > limit { entries.removeLast() }
  }
}
