import Foundation

/// The 134 Vietnamese letters with marks, built from Unicode composition rather than from the module's
/// own tables, so that tests check those tables against an independent source.
enum AlphabetFixture {
  /// Vowels as NFD base + shape mark.
  static let vowelBases = [
    "a", "a\u{0306}", "a\u{0302}", "e", "e\u{0302}", "i", "o", "o\u{0302}", "o\u{031B}", "u",
    "u\u{031B}", "y",
  ]
  /// Tone marks in `Tone` order (level first).
  static let toneMarks = ["", "\u{0300}", "\u{0301}", "\u{0309}", "\u{0303}", "\u{0323}"]

  /// The 67 lower-case letters with a mark (66 marked vowels and đ), NFC.
  static let lowercaseMarked: [String] = {
    var letters: [String] = []
    for base in vowelBases {
      for tone in toneMarks {
        let letter = (base + tone).precomposedStringWithCanonicalMapping
        if letter.unicodeScalars.first.map({ $0.value >= 0x80 }) ?? false { letters.append(letter) }
      }
    }
    return letters + ["đ"]
  }()

  /// All 134 letters with marks, lower case then upper case.
  static let allMarked: [String] = lowercaseMarked + lowercaseMarked.map { $0.uppercased() }

  /// A "paragraph": every marked letter, in words of six letters.
  static func paragraph(_ letters: [String]) -> String {
    stride(from: 0, to: letters.count, by: 6).map {
      letters[$0..<min($0 + 6, letters.count)].joined()
    }
    .joined(separator: " ")
  }
}
