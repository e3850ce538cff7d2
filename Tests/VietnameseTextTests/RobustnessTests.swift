import Foundation
import Testing
import VietnameseText

/// Random text of the kinds OCR and old converters produce: every public function must take it
/// without crashing and keep its promises.
@Suite("Robustness on random text")
struct RobustnessTests {
  /// A small deterministic generator (SplitMix64), so failures reproduce.
  struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  /// Letters, marks (alone and misplaced), punctuation, Windows-1252 specials, controls, other scripts.
  static let pieces: [String] =
    AlphabetFixture.allMarked
    + [
      "a", "e", "o", "u", "y", "i", "n", "g", "h", "q", "T", "Đ", "\u{0300}", "\u{0301}",
      "\u{0302}", "\u{0303}",
    ]
    + [
      "\u{0306}", "\u{0309}", "\u{031B}", "\u{0323}", "\u{0308}", " ", " ", "\n", "-", "/", ".",
      "1", "9",
    ]
    + ["“", "–", "€", "µ", "¸", "\u{AD}", "\u{02}", "\u{1E}", "ß", "Ð", "越", "😀", "\r\n", "İ"]

  static func randomTexts(count: Int, seed: UInt64) -> [String] {
    var generator = SplitMix(state: seed)
    return (0..<count).map { _ in
      let length = Int.random(in: 0...12, using: &generator)
      return (0..<length).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
    }
  }

  @Test("text functions keep their invariants")
  func textFunctions() {
    for text in Self.randomTexts(count: 3000, seed: 1) {
      let folded = text.vietnameseFolded
      #expect(folded == folded.vietnameseFolded)
      let modern = text.normalizingToneMarks()
      #expect(modern.normalizingToneMarks() == modern, "\(text.unicodeScalars.map { $0.value })")
      #expect(modern.vietnameseFolded == text.vietnameseFolded)
      let toneless = text.removingVietnameseTones
      #expect(toneless.removingVietnameseTones == toneless)
      #expect(
        toneless.unicodeScalars.allSatisfy {
          VietnameseCharacters.tone(of: Character($0)) == .level
        })
    }
  }

  @Test("syllables parse, spell and re-parse consistently")
  func syllables() {
    for text in Self.randomTexts(count: 3000, seed: 2) {
      guard let syllable = Syllable(text) else { continue }
      #expect(Syllable(syllable.spelled()) == syllable)
      #expect(syllable.spelled().vietnameseFolded == text.vietnameseFolded)
    }
  }

  @Test("legacy decoding and detection take any input")
  func legacy() {
    for text in Self.randomTexts(count: 1000, seed: 3) {
      _ = LegacyEncoding.detect(text)
      _ = LegacyEncoding.repair(text)
      for encoding in LegacyEncoding.allCases {
        let decoded = encoding.decode(text)
        #expect(decoded == decoded.precomposedStringWithCanonicalMapping)
        _ = encoding.decode(bytes: Array(text.utf8))
        if let bytes = try? encoding.encode(text) { #expect(!bytes.isEmpty || text.isEmpty) }
      }
    }
  }
}
