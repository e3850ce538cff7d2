/// The bigram lookups of one restore call, remembered per pair of neighbouring candidate
/// lists: a word pair that comes back ("của các", "theo quy") costs one dictionary lookup
/// instead of one n-gram table lookup, a likely cache miss, per pair of readings.
///
/// Not thread-safe: one instance per call.
final class BigramMemo {
  /// Not looked up yet.
  static let unknown: Int32 = -2
  /// The list of the decoder's start state (`<s>` only).
  static let startList: UInt32 = 0x7FFF_FFFF

  /// Where the matrix of each (list, next list) pair starts in `values`.
  private var offsets: [UInt64: Int] = [:]
  private var used = 0
  // Past this many values the memo starts again rather than grow without bound. A fixed
  // buffer, not an array: a class's array property is checked for exclusive access at
  // every read, which the decoder's inner loop cannot afford. Untouched pages cost no memory.
  private let capacity = 1 << 22
  // Bigram values (-1 absent, ``unknown``) of `previous[i] next[k]` at i × width + k of
  // each matrix.
  private let values: UnsafeMutablePointer<Int32>

  init() { values = .allocate(capacity: capacity) }

  /// Forgets every matrix (the list IDs of another restore call), keeping the memory.
  func removeAll() {
    offsets.removeAll(keepingCapacity: true)
    used = 0
  }

  deinit { values.deallocate() }

  /// The pair's `count`-value matrix, made (all ``unknown``) when new; nil when it would
  /// not fit in the memo at all.
  func matrix(previous: UInt32, next: UInt32, count: Int) -> UnsafeMutablePointer<Int32>? {
    guard count <= capacity else { return nil }
    let key = UInt64(previous) << 32 | UInt64(next)
    if let offset = offsets[key] { return values + offset }
    if used + count > capacity {
      offsets.removeAll(keepingCapacity: true)
      used = 0
    }
    let offset = used
    (values + offset).initialize(repeating: Self.unknown, count: count)
    used += count
    offsets[key] = offset
    return values + offset
  }
}
