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
    var table: [Substring: String] = [:]
    for word in barredDSpellings {
      table[Substring(word.replacingOccurrences(of: "Đ", with: "D"))] = word
    }
    return table
  }()

  /// Abbreviations written with Đ that are unambiguous spelled with D.
  private static let barredDSpellings = [
    "NĐ", "QĐ", "CĐ", "HĐND", "BCĐ", "QLĐĐ", "PGĐ", "ĐKKD", "HĐQT", "HĐTV", "ĐBQH", "ĐĐBQH",
    "GDĐT", "ĐVT",
  ]

  /// Every abbreviation the restorer knows that is written with Đ.
  private static let withBarredD: Set<String> = Set(barredDSpellings).union(
    known.lazy.map(String.init).filter { $0.contains("Đ") })

  /// `symbol` with each segment (between `/`, `-` and `.`) in which OCR wrote the Đ of a known
  /// abbreviation twice or as an eth ("87/HĐÐĐND-KTNS", "1368/QĐÐ-UBND", "HÐND") written as
  /// that abbreviation, or nil if none is. Vietnamese writes no eth, and no known
  /// abbreviation doubles its Đ but "QLĐĐ" and "ĐĐBQH", which are kept.
  package static func repairingMisreadD(_ symbol: Substring) -> String? {
    // Ð and Đ end in the byte 90 in UTF-8 (C3 90, C4 90), which most symbols lack.
    guard symbol.utf8.contains(0x90),
      symbol.unicodeScalars.contains(where: { $0 == "Ð" || $0 == "Đ" })
    else { return nil }
    var changed = false
    let repaired = segments(of: symbol) { segment in
      let barred = String(segment.unicodeScalars.map { $0 == "Ð" ? "Đ" : Character($0) })
      guard barred.contains("ĐĐ") || barred != segment else { return nil }
      if withBarredD.contains(barred) {
        changed = changed || barred != segment
        return barred
      }
      var single = ""
      for character in barred where !(character == "Đ" && single.last == "Đ") {
        single.append(character)
      }
      guard withBarredD.contains(single) else { return nil }
      changed = true
      return single
    }
    return changed ? repaired : nil
  }

  /// `symbol` with each segment between `/`, `-` and `.` replaced by what `replacing` returns
  /// for it (nil: kept as written).
  private static func segments(of symbol: Substring, replacing: (Substring) -> String?) -> String {
    var result = ""
    var start = symbol.startIndex
    for index in symbol.indices where "/-.".contains(symbol[index]) {
      let segment = symbol[start..<index]
      result += replacing(segment) ?? String(segment)
      result.append(symbol[index])
      start = symbol.index(after: index)
    }
    let last = symbol[start...]
    result += replacing(last) ?? String(last)
    return result
  }

  /// `symbol` with each segment (between `/`, `-` and `.`) that is a known Đ abbreviation
  /// spelled with D restored ("30/2020/ND-CP" → "30/2020/NĐ-CP"), or nil if none is.
  package static func restoringBarredD(_ symbol: Substring) -> String? {
    guard symbol.utf8.contains(0x44) else { return nil }  // no "D": nothing to restore
    var changed = false
    let result = segments(of: symbol) { segment in
      guard let restored = barredD[segment] else { return nil }
      changed = true
      return restored
    }
    return changed ? result : nil
  }
}
