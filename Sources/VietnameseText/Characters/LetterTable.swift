/// Lookup tables between Unicode scalars and Vietnamese letters (base letter, tone, case).
///
/// The hot paths (folding, syllable parsing) read these flat arrays instead of going through
/// `Character` or Foundation, so that a scalar costs one array load.
enum LetterTable {
  /// Base letters: 1…26 are ASCII a…z; the rest are the Vietnamese letters with shape marks.
  static let breveA: UInt8 = 27  // ă
  static let circumflexA: UInt8 = 28  // â
  static let circumflexE: UInt8 = 29  // ê
  static let circumflexO: UInt8 = 30  // ô
  static let hornO: UInt8 = 31  // ơ
  static let hornU: UInt8 = 32  // ư
  static let strokeD: UInt8 = 33  // đ
  static let baseCount = 34

  /// The twelve vowels, each row spelled with the six tones in ``Tone`` order; lower then upper case.
  static let vowelRows: [(lower: String, upper: String)] = [
    ("aàáảãạ", "AÀÁẢÃẠ"), ("ăằắẳẵặ", "ĂẰẮẲẴẶ"), ("âầấẩẫậ", "ÂẦẤẨẪẬ"),
    ("eèéẻẽẹ", "EÈÉẺẼẸ"), ("êềếểễệ", "ÊỀẾỂỄỆ"), ("iìíỉĩị", "IÌÍỈĨỊ"),
    ("oòóỏõọ", "OÒÓỎÕỌ"), ("ôồốổỗộ", "ÔỒỐỔỖỘ"), ("ơờớởỡợ", "ƠỜỚỞỠỢ"),
    ("uùúủũụ", "UÙÚỦŨỤ"), ("ưừứửữự", "ƯỪỨỬỮỰ"), ("yỳýỷỹỵ", "YỲÝỶỸỴ"),
  ]

  /// Base letter of each row of ``vowelRows``.
  static let vowelRowBases: [UInt8] = [
    1, breveA, circumflexA, 5, circumflexE, 9, 15, circumflexO, hornO, 21, hornU, 25,
  ]

  /// The lower-case spelling of each base letter (index 0 unused).
  static let baseScalars: [Unicode.Scalar] = {
    var scalars = [Unicode.Scalar](repeating: "?", count: baseCount)
    for code in 1...26 { scalars[code] = Unicode.Scalar(UInt8(0x60 + code)) }
    scalars[Int(breveA)] = "ă"
    scalars[Int(circumflexA)] = "â"
    scalars[Int(circumflexE)] = "ê"
    scalars[Int(circumflexO)] = "ô"
    scalars[Int(hornO)] = "ơ"
    scalars[Int(hornU)] = "ư"
    scalars[Int(strokeD)] = "đ"
    return scalars
  }()

  /// The ASCII letter each base letter folds to (ă → a, đ → d).
  static let foldedBase: [UInt8] = {
    var folded = [UInt8](repeating: 0, count: baseCount)
    for code in 1...26 { folded[code] = UInt8(0x60 + code) }
    folded[Int(breveA)] = 0x61
    folded[Int(circumflexA)] = 0x61
    folded[Int(circumflexE)] = 0x65
    folded[Int(circumflexO)] = 0x6F
    folded[Int(hornO)] = 0x6F
    folded[Int(hornU)] = 0x75
    folded[Int(strokeD)] = 0x64
    return folded
  }()

  /// Whether a base letter is one of the twelve vowels.
  static let isVowelBase: [Bool] = {
    var vowels = [Bool](repeating: false, count: baseCount)
    for base in vowelRowBases { vowels[Int(base)] = true }
    return vowels
  }()

  /// Packed letter per scalar for U+0000…U+024F: base | tone << 6 | upper << 9; 0 = not a letter.
  static let lowPlane: [UInt16] = makeScalarTable(range: 0..<0x250)
  /// The same for the Latin Extended Additional block U+1EA0…U+1EFF.
  static let extendedPlane: [UInt16] = makeScalarTable(range: 0x1EA0..<0x1F00)

  /// Scalar value for `(base * 6 + tone) * 2 + upper`, or 0 when no such letter exists.
  static let composed: [UInt32] = {
    var table = [UInt32](repeating: 0, count: baseCount * 12)
    for code in 1...26 {
      table[code * 12] = UInt32(0x60 + code)
      table[code * 12 + 1] = UInt32(0x40 + code)
    }
    table[Int(strokeD) * 12] = 0x111
    table[Int(strokeD) * 12 + 1] = 0x110
    for (row, spelling) in vowelRows.enumerated() {
      let base = Int(vowelRowBases[row])
      for (tone, scalar) in spelling.lower.unicodeScalars.enumerated() {
        table[(base * 6 + tone) * 2] = scalar.value
      }
      for (tone, scalar) in spelling.upper.unicodeScalars.enumerated() {
        table[(base * 6 + tone) * 2 + 1] = scalar.value
      }
    }
    return table
  }()

  private static func makeScalarTable(range: Range<UInt32>) -> [UInt16] {
    var table = [UInt16](repeating: 0, count: range.count)
    for code in 1...26 {
      let lower = UInt32(0x60 + code)
      let upper = UInt32(0x40 + code)
      if range.contains(lower) { table[Int(lower - range.lowerBound)] = UInt16(code) }
      if range.contains(upper) { table[Int(upper - range.lowerBound)] = UInt16(code) | 0x200 }
    }
    for (row, spelling) in vowelRows.enumerated() {
      let base = UInt16(vowelRowBases[row])
      for (tone, scalar) in spelling.lower.unicodeScalars.enumerated()
      where range.contains(scalar.value) {
        table[Int(scalar.value - range.lowerBound)] = base | UInt16(tone) << 6
      }
      for (tone, scalar) in spelling.upper.unicodeScalars.enumerated()
      where range.contains(scalar.value) {
        table[Int(scalar.value - range.lowerBound)] = base | UInt16(tone) << 6 | 0x200
      }
    }
    if range.contains(0x111) {
      table[0x111 - Int(range.lowerBound)] = UInt16(strokeD)
      table[0x110 - Int(range.lowerBound)] = UInt16(strokeD) | 0x200
    }
    return table
  }

  /// The packed letter for a scalar, or 0 when the scalar is not a Vietnamese (or ASCII) letter.
  @inline(__always)
  static func packed(_ value: UInt32) -> UInt16 {
    if value < 0x250 { return lowPlane[Int(value)] }
    if value >= 0x1EA0 && value < 0x1F00 { return extendedPlane[Int(value - 0x1EA0)] }
    return 0
  }

  /// The scalar for a letter, or `nil` when the combination does not exist (a tone on a consonant).
  @inline(__always)
  static func scalar(base: UInt8, tone: Int, uppercase: Bool) -> Unicode.Scalar? {
    let value = composed[(Int(base) * 6 + tone) * 2 + (uppercase ? 1 : 0)]
    return value == 0 ? nil : Unicode.Scalar(value)
  }

  /// The base letter a shape mark (breve, circumflex, horn) turns `base` into, or `nil` if it cannot.
  @inline(__always)
  static func applyingShapeMark(_ mark: UInt32, to base: UInt8) -> UInt8? {
    switch (mark, base) {
    case (0x0306, 1): breveA
    case (0x0302, 1): circumflexA
    case (0x0302, 5): circumflexE
    case (0x0302, 15): circumflexO
    case (0x031B, 15): hornO
    case (0x031B, 21): hornU
    default: nil
    }
  }
}
