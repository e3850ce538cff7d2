/// The inventory of Vietnamese rimes, keyed by their packed ``LetterCodes``.
///
/// Written out by hand from the phonotactics (Đoàn Thiện Thuật, *Ngữ âm tiếng Việt*) plus the loan
/// rimes common in administrative text (xoong, soóc, buýt), and checked against the legal corpus.
enum RimeTable {
  /// Rimes without a medial, by nucleus.
  static let plainRimes: [String] = [
    "a", "ac", "ach", "ai", "am", "an", "ang", "anh", "ao", "ap", "at", "au", "ay",
    "ăc", "ăm", "ăn", "ăng", "ăp", "ăt",
    "âc", "âm", "ân", "âng", "âp", "ât", "âu", "ây",
    "e", "ec", "em", "en", "eng", "eo", "ep", "et",
    "ê", "êch", "êm", "ên", "ênh", "êp", "êt", "êu",
    "i", "ich", "im", "in", "inh", "ip", "it", "iu",
    "ia", "iêc", "iêm", "iên", "iêng", "iêp", "iêt", "iêu",
    "y", "yêm", "yên", "yêng", "yêt", "yêu",
    "o", "oc", "oi", "om", "on", "ong", "op", "ot", "ooc", "oong",
    "ô", "ôc", "ôi", "ôm", "ôn", "ông", "ôp", "ôt",
    "ơ", "ơi", "ơm", "ơn", "ơp", "ơt",
    "u", "uc", "ui", "um", "un", "ung", "up", "ut",
    "ua", "uôc", "uôi", "uôm", "uôn", "uông", "uôt",
    "ư", "ưc", "ưi", "ưm", "ưn", "ưng", "ưt", "ưu",
    "ưa", "ươc", "ươi", "ươm", "ươn", "ương", "ươp", "ươt", "ươu",
  ]

  /// Rimes with the medial o or u.
  static let medialRimes: [String] = [
    "oa", "oac", "oach", "oai", "oam", "oan", "oang", "oanh", "oao", "oap", "oat", "oay",
    "oăc", "oăm", "oăn", "oăng", "oăt",
    "oe", "oen", "oeo", "oet",
    "uân", "uâng", "uât", "uây",
    "uê", "uêch", "uênh", "uêt",
    "uơ",
    "uy", "uych", "uyn", "uynh", "uyp", "uyt", "uyu", "uya", "uyên", "uyêt",
  ]

  /// Rimes with a -k coda, found only in place names from minority languages ("Đắk Lắk").
  static let placeNameRimes: [String] = ["ak", "ăk"]

  /// Rimes of "y" that only follow qu, whose u is the medial.
  static let quRimes: [String] = ["yn", "ynh", "ych", "yp", "yt", "yu"]

  static let entries: [UInt64: Rime] = {
    var table: [UInt64: Rime] = [:]
    for spelling in plainRimes {
      let position: Rime.Position =
        spelling.hasPrefix("iê")
        ? .afterConsonant : spelling.hasPrefix("yê") ? .withoutOnsetOrAfterQu : .anywhere
      add(spelling, medialLength: 0, position: position, to: &table)
    }
    for spelling in medialRimes { add(spelling, medialLength: 1, position: .anywhere, to: &table) }
    for spelling in placeNameRimes {
      add(spelling, medialLength: 0, position: .anywhere, to: &table)
    }
    for spelling in quRimes { add(spelling, medialLength: 0, position: .afterQuOnly, to: &table) }
    return table
  }()

  private static let diphthongs: Set<String> = [
    "ia", "iê", "yê", "ya", "ua", "uô", "ưa", "ươ", "oo",
  ]

  private static func add(
    _ spelling: String, medialLength: Int, position: Rime.Position, to table: inout [UInt64: Rime]
  ) {
    guard let codes = LetterCodes(spelling) else { return }
    let letters = Array(spelling.unicodeScalars)
    let afterMedial = String(String.UnicodeScalarView(letters[medialLength...]))
    let nucleusLength =
      afterMedial.unicodeScalars.count >= 2 && diphthongs.contains(String(afterMedial.prefix(2)))
      ? 2 : 1
    let codaStart = medialLength + nucleusLength
    let coda = String(String.UnicodeScalarView(letters[codaStart...]))
    table[codes.key(from: 0)] = Rime(
      medial: String(String.UnicodeScalarView(letters[..<medialLength])),
      nucleus: String(String.UnicodeScalarView(letters[medialLength..<codaStart])),
      coda: coda,
      medialLength: medialLength,
      nucleusLength: nucleusLength,
      codaLength: letters.count - codaStart,
      nucleusFirst: codes[medialLength],
      nucleusLast: codes[codaStart - 1],
      hasStopCoda: ["p", "t", "c", "ch", "k"].contains(coda),
      position: position)
  }

  @inline(__always)
  static func rime(for key: UInt64) -> Rime? { entries[key] }
}
