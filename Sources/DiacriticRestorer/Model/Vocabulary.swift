import VietnameseText

/// The model's syllables with their IDs, and an index from folded spelling
/// ("duoc") to every syllable that folds to it ("được", "đuốc", …).
struct Vocabulary: Sendable {
  let entries: [String]
  /// The IDs by spelling: open addressing over the entries' UTF-8 bytes (FNV-1a), at most
  /// half full, -1 for an empty slot. Every word of every restore is looked up here, and a
  /// `[String: UInt16]` lookup hashes and compares with Unicode-aware string code paths;
  /// entries and keys are NFC, so their bytes decide equality alike.
  private let slots: [Int32]
  private let slotMask: Int
  /// All entries' UTF-8 bytes, entry `i` at `offsets[i]..<offsets[i + 1]`.
  private let bytes: [UInt8]
  private let offsets: [Int]
  private let byFolded: [String: [UInt16]]
  /// True for entries that are Vietnamese syllables (the rest are abbreviations such as
  /// "ubnd", kept only as context).
  let isSyllable: [Bool]

  init(entries: [String]) {
    self.entries = entries
    var byFolded: [String: [UInt16]] = [:]
    var isSyllable = [Bool](repeating: false, count: entries.count)
    var bytes: [UInt8] = []
    var offsets = [0]
    for entry in entries {
      bytes.append(contentsOf: entry.utf8)
      offsets.append(bytes.count)
    }
    var size = 16
    while size < entries.count * 2 { size *= 2 }
    var slots = [Int32](repeating: -1, count: size)
    for (index, entry) in entries.enumerated() where index >= SpecialToken.allCases.count {
      // A spelling listed twice keeps its last ID, as a dictionary assignment would.
      var slot = Self.hash(entry.utf8) & (size - 1)
      while slots[slot] >= 0, !entries[Int(slots[slot])].utf8.elementsEqual(entry.utf8) {
        slot = (slot + 1) & (size - 1)
      }
      slots[slot] = Int32(index)
      guard Syllable(entry) != nil else { continue }
      isSyllable[index] = true
      byFolded[entry.vietnameseFolded, default: []].append(UInt16(index))
    }
    self.isSyllable = isSyllable
    self.slots = slots
    slotMask = size - 1
    self.bytes = bytes
    self.offsets = offsets
    self.byFolded = byFolded
  }

  @inline(__always)
  private static func hash(_ utf8: some Sequence<UInt8>) -> Int {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return Int(truncatingIfNeeded: hash ^ (hash >> 29))
  }

  /// The ID of a lower-case NFC syllable, or nil when it is not in the model.
  func id(of syllable: String) -> UInt16? {
    var syllable = syllable
    return syllable.withUTF8 { key in
      var slot = Self.hash(key) & slotMask
      return bytes.withUnsafeBufferPointer { all in
        while true {
          let index = Int(slots[slot])
          if index < 0 { return nil }
          let start = offsets[index]
          if offsets[index + 1] - start == key.count {
            var at = 0
            while at < key.count, all[start + at] == key[at] { at += 1 }
            if at == key.count { return UInt16(index) }
          }
          slot = (slot + 1) & slotMask
        }
      }
    }
  }

  /// Syllables whose folded spelling is `folded`.
  func syllables(folded: String) -> [UInt16] { byFolded[folded] ?? [] }

  /// The spelling of an ID.
  func text(of id: UInt16) -> String { entries[Int(id)] }

  /// Number of entries, special tokens included.
  var count: Int { entries.count }
}
