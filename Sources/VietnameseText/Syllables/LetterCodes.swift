/// Up to ten base-letter codes packed six bits apiece into one integer: a syllable without heap storage.
struct LetterCodes: Sendable, Hashable {
  /// Letter `i` sits in bits `6i ..< 6i + 6`.
  private(set) var packed: UInt64 = 0
  /// Number of letters.
  private(set) var count: Int = 0
  static let capacity = 10

  init() {}

  /// Packs the lower-case spelling of `text`; `nil` if it holds anything but plain letters.
  init?(_ text: some StringProtocol) {
    for scalar in text.unicodeScalars {
      let packed = LetterTable.packed(scalar.value)
      guard packed != 0, packed & 0x1C0 == 0, append(UInt8(packed & 0x3F)) else { return nil }
    }
  }

  /// Appends a letter; false when full.
  @inline(__always)
  mutating func append(_ base: UInt8) -> Bool {
    guard count < LetterCodes.capacity else { return false }
    packed |= UInt64(base) << UInt64(6 * count)
    count += 1
    return true
  }

  @inline(__always)
  subscript(index: Int) -> UInt8 {
    index < count ? UInt8((packed >> UInt64(6 * index)) & 0x3F) : 0
  }

  /// The packed key of the letters from `start` on.
  @inline(__always)
  func key(from start: Int) -> UInt64 { start >= count ? 0 : packed >> UInt64(6 * start) }

  /// The letters as a lower-case string.
  var string: String {
    var scalars = String.UnicodeScalarView()
    for index in 0..<count { scalars.append(LetterTable.baseScalars[Int(self[index])]) }
    return String(scalars)
  }
}

extension LetterCodes {
  /// Replaces the last letter (a shape mark arriving as a combining scalar).
  @inline(__always)
  mutating func replaceLast(with base: UInt8) {
    guard count > 0 else { return }
    let shift = UInt64(6 * (count - 1))
    packed = (packed & ~(UInt64(0x3F) << shift)) | UInt64(base) << shift
  }
}
