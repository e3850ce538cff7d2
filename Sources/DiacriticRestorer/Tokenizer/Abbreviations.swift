import Foundation

/// Abbreviations of Vietnamese administrative writing that the restorer never changes.
package enum Abbreviations {
  /// Abbreviations listed explicitly; consonant-only capitals ("UBND", "HĐND") are kept
  /// without being listed, see ``isAbbreviation(_:)``.
  package static let known: Set<Substring> = [
    "UBND", "HĐND", "CCHC", "SIPAS", "PAPI", "PAR", "ISO", "VT", "b/c", "v/v", "TP", "TM", "KT",
    "CT",
    "PCT", "VHXH", "QĐ", "NĐ", "CP", "TTg", "BCĐ", "MTTQ", "TAND", "VKSND", "GDĐT", "ĐT", "BHXH",
    "BHYT", "CNTT", "KH", "BC", "CV", "TB", "TTr", "QH", "UBTVQH", "NQ", "HD", "TT", "BTC",
    "BNV", "BCA", "BQP", "Email", "Website", "Fax", "Tel", "ĐVT",
  ]

  /// The first UTF-8 bytes of the ``known`` abbreviations, so that most words are
  /// answered without hashing.
  private static let firstBytes: [Bool] = {
    var table = [Bool](repeating: false, count: 256)
    for word in known { table[Int(word.utf8.first ?? 0)] = true }
    return table
  }()

  /// False when no listed abbreviation starts with the UTF-8 byte `first`.
  @inline(__always)
  static func mayBeListed(first: UInt8) -> Bool { firstBytes[Int(first)] }

  /// True when a word span must be kept as written: a listed abbreviation, or a run of
  /// capital consonants ("UBND", "HĐND", "VHXH"), which no Vietnamese syllable is.
  package static func isAbbreviation(_ word: Substring) -> Bool {
    // Most words start with a lower-case letter: answer those without hashing.
    guard let first = word.utf8.first, first < 0x61 || first > 0x7A else { return false }
    if firstBytes[Int(first)] && known.contains(word) { return true }
    var letters = 0
    for scalar in word.unicodeScalars {
      guard LetterCase.isUppercase(scalar) ?? scalar.properties.isUppercase else { return false }
      // A capital with a mark other than Đ is a vowel, Vietnamese or an engine's look-alike
      // of one ("CHÄP" for "CHẤP"): abbreviations are consonants.
      if vowels.contains(scalar) || (scalar.value >= 0xC0 && scalar != "Đ") { return false }
      letters += 1
    }
    return letters >= 1
  }

  /// Capital vowels, with or without marks, that make a word a possible syllable.
  private static let vowels: Set<Unicode.Scalar> = {
    var set = Set<Unicode.Scalar>()
    for scalar in "AĂÂEÊIOÔƠUƯYÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ"
      .unicodeScalars
    {
      set.insert(scalar)
    }
    return set
  }()

  /// Abbreviations written with Đ, keyed by their spelling with D: English-model OCR and
  /// unaccented typing lose the bar ("30/2020/ND-CP"). Ambiguous ones (HD: hướng dẫn or
  /// hợp đồng) are left out.
  private static let barredD: [Substring: String] = {
    let spelled = [
      "NĐ", "QĐ", "CĐ", "HĐND", "BCĐ", "QLĐĐ", "PGĐ", "ĐKKD", "HĐQT", "HĐTV", "ĐBQH", "ĐĐBQH",
      "GDĐT", "ĐVT",
    ]
    var table: [Substring: String] = [:]
    for word in spelled { table[Substring(word.replacingOccurrences(of: "Đ", with: "D"))] = word }
    return table
  }()

  /// `symbol` with each segment (between `/`, `-` and `.`) that is a known Đ abbreviation
  /// spelled with D restored ("30/2020/ND-CP" → "30/2020/NĐ-CP"), or nil if none is.
  package static func restoringBarredD(_ symbol: Substring) -> String? {
    guard symbol.utf8.contains(0x44) else { return nil }  // no "D": nothing to restore
    var result = ""
    var changed = false
    var segment = Substring()
    func flush() {
      if let restored = barredD[segment] {
        result += restored
        changed = true
      } else {
        result += segment
      }
    }
    var start = symbol.startIndex
    for index in symbol.indices where "/-.".contains(symbol[index]) {
      segment = symbol[start..<index]
      flush()
      result.append(symbol[index])
      start = symbol.index(after: index)
    }
    segment = symbol[start...]
    flush()
    return changed ? result : nil
  }
}
