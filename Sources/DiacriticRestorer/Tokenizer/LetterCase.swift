/// Letter and case tests for Unicode scalars, with table-free answers for ASCII and the
/// Latin blocks Vietnamese is written in; `Unicode.Scalar.Properties` is slow enough to
/// show up when the restorer reads hundreds of thousands of words a second.
enum LetterCase {
  /// True for a letter; nil when the fast path does not know (use the properties).
  @inline(__always)
  static func isLetter(_ scalar: Unicode.Scalar) -> Bool? {
    let value = scalar.value
    if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
    if value >= 0xC0 && value <= 0x17F { return value != 0xD7 && value != 0xF7 }
    if value >= 0x1EA0 && value <= 0x1EF9 { return true }
    if value == 0x1A0 || value == 0x1A1 || value == 0x1AF || value == 0x1B0 { return true }
    return nil
  }

  /// True for a capital letter of the Vietnamese alphabet's blocks; nil when unknown.
  @inline(__always)
  static func isUppercase(_ scalar: Unicode.Scalar) -> Bool? {
    let value = scalar.value
    if value < 0x80 { return value >= 0x41 && value <= 0x5A }
    if value >= 0xC0 && value <= 0xDE { return value != 0xD7 }
    if value >= 0xDF && value <= 0xFF { return false }
    if value >= 0x100 && value <= 0x137 { return value & 1 == 0 }  // Ā ā … Ķ ķ
    if value >= 0x150 && value <= 0x177 { return value & 1 == 0 }  // Ő ő … Ŷ ŷ
    if value >= 0x1EA0 && value <= 0x1EF9 { return value & 1 == 0 }  // Ạ ạ … Ỹ ỹ
    if value == 0x1A0 || value == 0x1AF { return true }  // Ơ, Ư
    if value == 0x1A1 || value == 0x1B0 { return false }  // ơ, ư
    return nil
  }

  /// True for a lower-case letter; nil when unknown.
  @inline(__always)
  static func isLowercase(_ scalar: Unicode.Scalar) -> Bool? {
    guard let letter = isLetter(scalar) else { return nil }
    guard letter else { return false }
    return isUppercase(scalar).map { !$0 }
  }
}
