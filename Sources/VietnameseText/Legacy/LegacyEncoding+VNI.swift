/// VNI-Windows: a vowel is written as its ASCII letter followed by one mark byte ("aù" = á, "aá" = ấ),
/// except i with a tone, ỵ, đ, ơ and ư, which have single bytes.
extension LegacyEncoding {
  /// What a VNI mark byte does: the shape mark it adds (0 none, else the combining scalar) and the tone.
  private struct VNIMark {
    var shape: UInt32
    var tone: Int
  }

  /// Mark byte (either case) → effect.
  private static let vniMarks: [UInt8: VNIMark] = {
    var marks: [UInt8: VNIMark] = [:]
    for tone in 0..<6 {
      for caseOffset: UInt8 in [0, 0x20] {
        if tone > 0 { marks[vniToneMarks[tone] - caseOffset] = VNIMark(shape: 0, tone: tone) }
        marks[vniCircumflexMarks[tone] - caseOffset] = VNIMark(shape: 0x0302, tone: tone)
        marks[vniBreveMarks[tone] - caseOffset] = VNIMark(shape: 0x0306, tone: tone)
      }
    }
    return marks
  }()

  /// Whether VNI uses the byte as a mark after a vowel.
  static func isVNIMarkByte(_ byte: UInt8) -> Bool {
    vniMarks[byte] != nil
  }

  /// Whether VNI uses the byte as a mark or a letter of its own.
  static func isVNILetterByte(_ byte: UInt8) -> Bool {
    vniMarks[byte] != nil || vniSingles[byte] != nil
  }

  /// Single bytes that are letters on their own (either case).
  private static let vniSingles: [UInt8: Unicode.Scalar] = {
    var singles: [UInt8: Unicode.Scalar] = [:]
    let iRow = Array(LetterTable.vowelRows[5].lower.unicodeScalars)
    let iRowUpper = Array(LetterTable.vowelRows[5].upper.unicodeScalars)
    for tone in 1..<6 {
      singles[vniIWithTone[tone]] = iRow[tone]
      singles[vniIWithTone[tone] - 0x20] = iRowUpper[tone]
    }
    singles[vniYDot] = "ỵ"
    singles[vniYDot - 0x20] = "Ỵ"
    singles[vniDStroke] = "đ"
    singles[vniDStroke - 0x20] = "Đ"
    singles[vniOHorn] = "ơ"
    singles[vniOHorn - 0x20] = "Ơ"
    singles[vniUHorn] = "ư"
    singles[vniUHorn - 0x20] = "Ư"
    return singles
  }()

  static func decodeVNI(_ bytes: [UInt8]) -> String {
    var scalars = String.UnicodeScalarView()
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if let base = vniVowelBase(byte), index + 1 < bytes.count,
        let mark = vniMarks[bytes[index + 1]],
        let letter = combine(base, mark)
      {
        scalars.append(letter)
        index += 2
        continue
      }
      if let single = vniSingles[byte] {
        scalars.append(single)
      } else {
        scalars.append(windows1252Scalar(byte))
      }
      index += 1
    }
    return String(scalars)
  }

  /// The letter a VNI base byte stands for before its mark: a e o u y (either case), ơ, ư.
  private static func vniVowelBase(_ byte: UInt8) -> ScannedLetter? {
    let scalar: Unicode.Scalar
    switch byte {
    case vniOHorn: scalar = "ơ"
    case vniOHorn - 0x20: scalar = "Ơ"
    case vniUHorn: scalar = "ư"
    case vniUHorn - 0x20: scalar = "Ư"
    case 0x61, 0x65, 0x6F, 0x75, 0x79, 0x41, 0x45, 0x4F, 0x55, 0x59: scalar = Unicode.Scalar(byte)
    default: return nil
    }
    let packed = LetterTable.packed(scalar.value)
    return ScannedLetter(
      base: UInt8(packed & 0x3F), tone: 0, isUppercase: packed & 0x200 != 0, scalar: scalar)
  }

  /// The base with the mark's shape and tone, or `nil` if the shape does not fit it (a breve on e).
  private static func combine(_ base: ScannedLetter, _ mark: VNIMark) -> Unicode.Scalar? {
    var letter = base
    if mark.shape != 0 {
      guard let shaped = LetterTable.applyingShapeMark(mark.shape, to: base.base) else {
        return nil
      }
      letter.base = shaped
    } else if mark.tone == 0 {
      return nil
    }
    letter.tone = UInt8(mark.tone)
    return LetterTable.scalar(base: letter.base, tone: mark.tone, uppercase: letter.isUppercase)
  }

  /// Appends the VNI bytes of one scalar; false if VNI cannot write it.
  static func appendVNI(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) -> Bool {
    let packed = LetterTable.packed(scalar.value)
    let base = UInt8(packed & 0x3F)
    let tone = Int((packed >> 6) & 7)
    // Plain ASCII letters and non-letters are left to the Windows-1252 fallback.
    guard packed != 0, base >= 27 || tone > 0 else { return false }
    let caseOffset: UInt8 = packed & 0x200 != 0 ? 0x20 : 0
    let ascii = LetterTable.foldedBase[Int(base)] - caseOffset
    switch base {
    case Letter.i: bytes.append(vniIWithTone[tone] - caseOffset)
    case Letter.y where tone == Tone.dot.rawValue: bytes.append(vniYDot - caseOffset)
    case LetterTable.strokeD: bytes.append(vniDStroke - caseOffset)
    case LetterTable.hornO, LetterTable.hornU:
      bytes.append((base == LetterTable.hornO ? vniOHorn : vniUHorn) - caseOffset)
      if tone > 0 { bytes.append(vniToneMarks[tone] - caseOffset) }
    case LetterTable.circumflexA, LetterTable.circumflexE, LetterTable.circumflexO:
      bytes += [ascii, vniCircumflexMarks[tone] - caseOffset]
    case LetterTable.breveA:
      bytes += [ascii, vniBreveMarks[tone] - caseOffset]
    default:
      bytes += [ascii, vniToneMarks[tone] - caseOffset]
    }
    return true
  }
}
