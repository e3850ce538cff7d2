/// Splits text into ``ScannedLetter`` units, attaching combining tone and shape marks to the letter before them.
enum LetterScanner {
  /// Whether a scalar is a combining diacritical mark (U+0300…U+036F).
  @inline(__always)
  static func isCombiningMark(_ value: UInt32) -> Bool { value >= 0x300 && value < 0x370 }

  /// Scans `text`; `hasStrayMarks` is set when a combining mark could not be attached to a
  /// Vietnamese letter, in which case the caller must normalise its output with Foundation.
  static func scan(_ text: some StringProtocol) -> (units: [ScannedLetter], hasStrayMarks: Bool) {
    let first = scanOnce(text)
    // Marks that did not attach may sit in a non-canonical order ("ố" + horn); NFC reorders and
    // recomposes them, so scan its result to agree with what the caller's NFC output will hold.
    guard first.hasStrayMarks else { return first }
    return scanOnce(UnicodeNormalization.nfc(text))
  }

  private static func scanOnce(_ text: some StringProtocol) -> (
    units: [ScannedLetter], hasStrayMarks: Bool
  ) {
    var units: [ScannedLetter] = []
    units.reserveCapacity(text.utf8.count)
    var stray = false
    for scalar in text.unicodeScalars {
      let value = scalar.value
      let packed = LetterTable.packed(value)
      if packed != 0 {
        units.append(
          ScannedLetter(
            base: UInt8(packed & 0x3F), tone: UInt8((packed >> 6) & 7),
            isUppercase: packed & 0x200 != 0,
            scalar: scalar))
        continue
      }
      if isCombiningMark(value), let last = units.indices.last, attach(value, to: &units[last]) {
        continue
      }
      if isCombiningMark(value) { stray = true }
      units.append(ScannedLetter(base: 0, tone: 0, isUppercase: false, scalar: scalar))
    }
    return (units, stray)
  }

  /// Applies a combining mark to a scanned letter; false when the mark does not fit it.
  @inline(__always)
  static func attach(_ mark: UInt32, to letter: inout ScannedLetter) -> Bool {
    guard letter.base != 0 else { return false }
    if let scalar = Unicode.Scalar(mark), let tone = Tone(combiningMark: scalar) {
      guard letter.isVowel, letter.tone == 0 else { return false }
      letter.tone = UInt8(tone.rawValue)
      return true
    }
    guard let base = LetterTable.applyingShapeMark(mark, to: letter.base) else { return false }
    letter.base = base
    return true
  }

  /// Spells units back as an NFC string.
  static func string(from units: [ScannedLetter], normalizing: Bool) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(units.count * 2)
    for unit in units {
      UTF8.encode(unit.composed) { bytes.append($0) }
    }
    let text = String(decoding: bytes, as: UTF8.self)
    return normalizing ? UnicodeNormalization.nfc(text) : text
  }
}
