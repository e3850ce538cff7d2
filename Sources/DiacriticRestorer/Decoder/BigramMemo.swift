/// The bigram lookups of restore calls, remembered per pair of neighbouring candidate lists:
/// a word pair that comes back ("của các", "theo quy") costs one dictionary lookup instead of
/// one n-gram table lookup, a likely cache miss, per pair of readings.
///
/// A list's ID is unique in the process and its readings never change (see
/// ``ReadingCache/freshList()``), so a memo serves call after call: a folder of short documents
/// looks up the pairs of its common words once. Not thread-safe: one call at a time uses it
/// (see ``DecoderScratch``).
final class BigramMemo {
  /// Not looked up yet.
  static let unknown: Int32 = -2
  /// The list of the decoder's start state (`<s>` only).
  static let startList: UInt64 = 1 << 62

  /// The list of a word kept as it is, whose one reading is `id`.
  static func keptWordList(_ id: UInt16) -> UInt64 { 1 << 63 | UInt64(id) }

  private struct Pair: Hashable {
    var previous: UInt64
    var next: UInt64

    /// One word fed to the hasher, not two: the memo is asked once per position decoded.
    func hash(into hasher: inout Hasher) {
      hasher.combine(previous &* 0x9E37_79B9_7F4A_7C15 ^ next)
    }
  }

  /// Where the matrix of each (list, next list) pair starts in `values`.
  private var offsets: [Pair: Int] = [:]
  private var used = 0
  // Past this many values the memo starts again rather than grow without bound. A fixed
  // buffer, not an array: a class's array property is checked for exclusive access at
  // every read, which the decoder's inner loop cannot afford. Untouched pages cost no memory.
  private let capacity = 1 << 22
  // Bigram values (-1 absent, ``unknown``) of `previous[i] next[k]` at i × width + k of
  // each matrix.
  private let values: UnsafeMutablePointer<Int32>

  init() { values = .allocate(capacity: capacity) }

  deinit { values.deallocate() }

  /// The pair's `count`-value matrix, made (all ``unknown``) when new; nil when it would
  /// not fit in the memo at all.
  func matrix(previous: UInt64, next: UInt64, count: Int) -> UnsafeMutablePointer<Int32>? {
    guard count <= capacity else { return nil }
    let key = Pair(previous: previous, next: next)
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
