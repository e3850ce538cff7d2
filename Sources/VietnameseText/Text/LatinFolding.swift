import Foundation

/// The ASCII letter each precomposed Latin letter decomposes to ("ü" → "u", "Ç" → "c", "ḥ" → "h"),
/// so that folding treats "ñ" and "n" + U+0303 alike. Vietnamese letters are folded by ``LetterTable``
/// before this table is consulted.
enum LatinFolding {
  /// Lower-case ASCII letter per scalar below U+0250, or 0 when the scalar does not decompose to one.
  static let low: [UInt8] = makeTable(0..<0x250)
  /// The same for Latin Extended Additional, U+1E00…U+1EFF.
  static let extended: [UInt8] = makeTable(0x1E00..<0x1F00)

  /// The folded ASCII letter for a scalar value, or 0.
  @inline(__always)
  static func folded(_ value: UInt32) -> UInt8 {
    if value < 0x250 { return low[Int(value)] }
    if value >= 0x1E00 && value < 0x1F00 { return extended[Int(value - 0x1E00)] }
    return 0
  }

  private static func makeTable(_ range: Range<UInt32>) -> [UInt8] {
    var table = [UInt8](repeating: 0, count: range.count)
    for value in range where value >= 0xC0 {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let decomposed = String(Character(scalar)).decomposedStringWithCanonicalMapping.unicodeScalars
      guard decomposed.count > 1, let first = decomposed.first, first.isASCII,
        first.properties.isAlphabetic
      else { continue }
      table[Int(value - range.lowerBound)] = UInt8(first.value | 0x20)
    }
    return table
  }
}
