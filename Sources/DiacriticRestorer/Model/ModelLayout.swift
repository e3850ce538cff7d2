/// The binary layout of `Dictionaries/restorer-lm.bin`, shared by the writer and the reader.
///
/// All integers are little-endian. The file starts with the 8-byte magic, then
/// ``Field/count`` 64-bit header fields, then the sections they point at (8-byte aligned):
/// the vocabulary (syllables joined by newlines, in ID order), the unigram values
/// (`UInt16` per ID) and, for bigrams and trigrams, their entries in hash order (see
/// ``mixed(_:)``; ties by key), each one
/// `UInt64` packing the key (16 bits per ID, at most three IDs) above its 16-bit value: the
/// very word a slot of ``NGramTable`` holds, and no empty slot stored.
/// A value packs the quantised log10 probability (high byte) and back-off weight (low byte).
enum ModelLayout {
  static let magic: [UInt8] = Array("VBLM0002".utf8)
  static let fileName = "restorer-lm.bin"

  enum Field: Int, CaseIterable {
    case order, vocabularyCount, vocabularyOffset, vocabularyLength, unigramOffset
    case bigramCount, bigramOffset, trigramCount, trigramOffset
    case fileLength
  }

  /// An entry of an n-gram section: `key` above `value`.
  @inline(__always)
  static func entry(key: UInt64, value: UInt16) -> UInt64 { key << 16 | UInt64(value) }

  static var headerLength: Int { magic.count + Field.allCases.count * 8 }

  /// Lowest log10 probability the quantiser represents; anything lower is clamped.
  static let probabilityFloor: Float = -8
  /// Lowest log10 back-off weight the quantiser represents.
  static let backoffFloor: Float = -6

  static func quantise(probability: Float, backoff: Float) -> UInt16 {
    let p = quantise(probability, floor: probabilityFloor)
    let b = quantise(backoff, floor: backoffFloor)
    return UInt16(p) << 8 | UInt16(b)
  }

  private static func quantise(_ value: Float, floor: Float) -> UInt8 {
    let clamped = min(0, max(floor, value))
    return UInt8(((clamped - floor) / -floor * 255).rounded())
  }

  static func probability(_ value: UInt16) -> Float {
    Float(value >> 8) * (-probabilityFloor / 255) + probabilityFloor
  }

  static func backoff(_ value: UInt16) -> Float {
    Float(value & 0xFF) * (-backoffFloor / 255) + backoffFloor
  }

  /// The first probe slot of a key; the table size need not be a power of two.
  @inline(__always)
  static func slot(of key: UInt64, slots: Int) -> Int {
    Int(mixed(key).multipliedFullWidth(by: UInt64(slots)).high)
  }

  /// The key's hash, whose order is the order of home slots in a table of any size: entries
  /// written in this order are copied into a table almost sequentially.
  @inline(__always)
  static func mixed(_ key: UInt64) -> UInt64 {
    (key ^ (key >> 29)) &* 0x9E37_79B9_7F4A_7C15
  }

  @inline(__always)
  static func key(_ a: UInt16, _ b: UInt16) -> UInt64 { UInt64(a) << 16 | UInt64(b) }

  @inline(__always)
  static func key(_ a: UInt16, _ b: UInt16, _ c: UInt16) -> UInt64 {
    UInt64(a) << 32 | UInt64(b) << 16 | UInt64(c)
  }
}
