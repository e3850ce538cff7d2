import VietnameseText

/// The model's syllables with their IDs, and an index from folded spelling
/// ("duoc") to every syllable that folds to it ("được", "đuốc", …).
struct Vocabulary: Sendable {
  let entries: [String]
  private let ids: [String: UInt16]
  private let byFolded: [String: [UInt16]]
  /// True for entries that are Vietnamese syllables (the rest are abbreviations such as
  /// "ubnd", kept only as context).
  let isSyllable: [Bool]

  init(entries: [String]) {
    self.entries = entries
    var ids: [String: UInt16] = [:]
    var byFolded: [String: [UInt16]] = [:]
    var isSyllable = [Bool](repeating: false, count: entries.count)
    ids.reserveCapacity(entries.count)
    for (index, entry) in entries.enumerated() where index >= SpecialToken.allCases.count {
      ids[entry] = UInt16(index)
      guard Syllable(entry) != nil else { continue }
      isSyllable[index] = true
      byFolded[entry.vietnameseFolded, default: []].append(UInt16(index))
    }
    self.isSyllable = isSyllable
    self.ids = ids
    self.byFolded = byFolded
  }

  /// The ID of a lower-case NFC syllable, or nil when it is not in the model.
  func id(of syllable: String) -> UInt16? { ids[syllable] }

  /// Syllables whose folded spelling is `folded`.
  func syllables(folded: String) -> [UInt16] { byFolded[folded] ?? [] }

  /// The spelling of an ID.
  func text(of id: UInt16) -> String { entries[Int(id)] }

  /// Number of entries, special tokens included.
  var count: Int { entries.count }
}
