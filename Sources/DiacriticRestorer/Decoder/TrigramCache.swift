/// The trigram lookups of the decoder, remembered for describing the changes right after:
/// the trigrams around a chosen word were nearly all looked up while decoding, and a
/// table lookup is a likely cache miss where this small table is not.
///
/// Direct-mapped: a key's one slot holds the latest key stored there. Not thread-safe:
/// one instance per restore call.
final class TrigramCache {
  // 2^16 slots: 512 KB of keys and 256 KB of values stay in the processor's L2 cache.
  private let mask = (1 << 16) - 1
  // Pointers, not arrays: a class's array property is checked for exclusive access at
  // every read (see ``BigramMemo``).
  private let keys: UnsafeMutablePointer<UInt64>
  private let values: UnsafeMutablePointer<Int32>

  init() {
    keys = .allocate(capacity: mask + 1)
    // Key 0 (three `<none>` IDs) never occurs: every slot starts empty.
    keys.initialize(repeating: 0, count: mask + 1)
    values = .allocate(capacity: mask + 1)
    values.initialize(repeating: -1, count: mask + 1)
  }

  deinit {
    keys.deallocate()
    values.deallocate()
  }

  @inline(__always)
  private func slot(_ key: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 48) & mask
  }

  /// Remembers the values (-1 when absent) of `looked` keys.
  func store(_ looked: [UInt64], _ found: [Int32]) {
    for (key, value) in zip(looked, found) {
      let at = slot(key)
      keys[at] = key
      values[at] = value
    }
  }

  /// The value of `key` (-1 when absent from the model), or nil when not remembered.
  @inline(__always)
  func value(of key: UInt64) -> Int32? {
    let at = slot(key)
    return keys[at] == key ? values[at] : nil
  }
}
