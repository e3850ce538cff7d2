import Foundation
import Testing
import VietnameseText

@Suite("VietnameseCharacters")
struct VietnameseCharactersTests {
  @Test("reads the tone of every marked letter, NFC and NFD")
  func tones() {
    for base in AlphabetFixture.vowelBases {
      for (toneIndex, mark) in AlphabetFixture.toneMarks.enumerated() {
        let nfd = base + mark
        let nfc = nfd.precomposedStringWithCanonicalMapping
        for text in [nfc, nfd, nfc.uppercased()] {
          #expect(
            VietnameseCharacters.tone(of: Character(text)) == Tone(rawValue: toneIndex), "\(text)")
        }
      }
    }
  }

  @Test("removes and applies tones keeping shape marks and case")
  func removeAndApply() {
    #expect(VietnameseCharacters.removingTone("Ậ") == "Â")
    #expect(VietnameseCharacters.removingTone("ự") == "ư")
    #expect(VietnameseCharacters.removingTone("o\u{031B}\u{0323}") == "ơ")
    #expect(VietnameseCharacters.removingTone("x") == "x")
    #expect(VietnameseCharacters.applying(.dot, to: "ă") == "ặ")
    #expect(VietnameseCharacters.applying(.level, to: "Ấ") == "Â")
    #expect(VietnameseCharacters.applying(.tilde, to: "Y") == "Ỹ")
    #expect(VietnameseCharacters.applying(.acute, to: "n") == nil)
    #expect(VietnameseCharacters.applying(.acute, to: "đ") == nil)
  }

  @Test("applying each tone to each vowel gives the Unicode composition")
  func applyMatchesComposition() {
    for base in AlphabetFixture.vowelBases {
      let vowel = Character(base.precomposedStringWithCanonicalMapping)
      for tone in Tone.allCases {
        let expected = (base + AlphabetFixture.toneMarks[tone.rawValue])
          .precomposedStringWithCanonicalMapping
        #expect(VietnameseCharacters.applying(tone, to: vowel).map(String.init) == expected)
      }
    }
  }

  @Test("knows which characters are Vietnamese letters")
  func letters() {
    for letter in AlphabetFixture.allMarked {
      #expect(VietnameseCharacters.isVietnameseLetter(Character(letter)))
    }
    for character: Character in ["a", "Z", "f", "đ", "Đ"] {
      #expect(VietnameseCharacters.isVietnameseLetter(character))
    }
    for character: Character in ["1", "-", " ", "ñ", "ß", "e\u{0308}", "越"] {
      #expect(!VietnameseCharacters.isVietnameseLetter(character))
    }
  }

  @Test("tones have stable raw values, combining marks and Vietnamese names")
  func toneNames() {
    #expect(Tone.allCases.map(\.description) == ["ngang", "huyền", "sắc", "hỏi", "ngã", "nặng"])
    #expect(Tone.allCases.map(\.rawValue) == Array(0..<6))
    for tone in Tone.allCases.dropFirst() {
      #expect(tone.combiningMark.flatMap(Tone.init(combiningMark:)) == tone)
    }
    #expect(Tone.level.combiningMark == nil)
    #expect(Tone.allCases.filter(\.isAllowedBeforeStopCoda) == [.acute, .dot])
  }
}
