/// One unit of text after combining marks have been folded into their base letter.
///
/// A Vietnamese letter is kept as base letter, tone and case, so that NFC, NFD and mixed input
/// (a precomposed "ê" followed by a combining acute) all scan to the same units.
struct ScannedLetter: Sendable, Equatable {
  /// The base letter code of ``LetterTable`` (1…33), or 0 when ``scalar`` is not a letter.
  var base: UInt8
  /// The tone's raw value (0 = level).
  var tone: UInt8
  /// Whether the letter is upper case.
  var isUppercase: Bool
  /// The scalar itself, for units that are not letters.
  var scalar: Unicode.Scalar

  var isLetter: Bool { base != 0 }
  var isVowel: Bool { LetterTable.isVowelBase[Int(base)] }

  /// The scalar that spells this unit in NFC.
  var composed: Unicode.Scalar {
    guard base != 0 else { return scalar }
    return LetterTable.scalar(base: base, tone: Int(tone), uppercase: isUppercase) ?? scalar
  }
}
