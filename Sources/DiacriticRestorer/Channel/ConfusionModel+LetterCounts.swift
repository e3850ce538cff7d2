extension ConfusionModel {
  /// What one letter of the truth became: the total of its `C` rows, and the counts of the
  /// emissions the model scores (none, one or two OCR characters) by ``emissionKey(_:)``;
  /// longer ones count in the total only. Keys of numbers, not strings: hashing strings
  /// (normalising each to NFC) was most of the load.
  struct LetterCounts: Sendable {
    /// All emissions of the letter.
    var total = 0.0
    /// The emissions of at most two characters.
    var short: [UInt64: Double] = [:]

    /// Adds `count` emissions `key` (nil: longer than two characters).
    mutating func add(_ count: Double, key: UInt64?) {
      total += count
      if let key { short[key, default: 0] += count }
    }

    /// Adds the counts of `other`.
    mutating func add(_ other: LetterCounts) {
      total += other.total
      for (key, count) in other.short { short[key, default: 0] += count }
    }
  }

  /// An emission of at most two characters as a number: each scalar plus one in 21 bits
  /// (0 for none), the first lowest; nil for a longer one.
  static func emissionKey(_ emitted: String) -> UInt64? {
    var key: UInt64 = 0
    var shift: UInt64 = 0
    for scalar in emitted.unicodeScalars {
      guard shift < 42 else { return nil }
      key |= UInt64(scalar.value + 1) << shift
      shift += 21
    }
    return key
  }

  /// The key of the emission of `scalar` alone.
  static func emissionKey(_ scalar: Unicode.Scalar) -> UInt64 { UInt64(scalar.value + 1) }
}
