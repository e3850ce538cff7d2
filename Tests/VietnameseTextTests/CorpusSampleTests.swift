import Testing
import VietnameseText

/// Checks against real text: the committed sample of the legal corpus in `CorpusSample.swift`.
@Suite("Corpus sample")
struct CorpusSampleTests {
  /// Runs of Vietnamese letters in the sample.
  static let words: [String] = {
    var words: [String] = []
    var word = ""
    for character in corpusSample {
      if VietnameseCharacters.isVietnameseLetter(character) {
        word.append(character)
      } else if !word.isEmpty {
        words.append(word)
        word = ""
      }
    }
    if !word.isEmpty { words.append(word) }
    return words
  }()

  /// Whether a word is shaped like one syllable: one run of vowels, and not an all-capitals
  /// abbreviation (UBND, HĐND). Words with two vowel runs are loanwords ("casino") or words run together.
  static func isSyllableShaped(_ word: String) -> Bool {
    var runs = 0
    var inVowel = false
    for character in word {
      let vowel = VietnameseCharacters.isVowel(character)
      if vowel && !inVowel { runs += 1 }
      inVowel = vowel
    }
    let abbreviation = word.count >= 2 && word == word.uppercased()
    return runs == 1 && !abbreviation
  }

  @Test("at least 99.9% of syllable-shaped words are valid syllables")
  func validity() {
    let syllables = Self.words.filter(Self.isSyllableShaped)
    let invalid = syllables.filter { Syllable($0.lowercased()) == nil }
    #expect(syllables.count > 10_000)
    let rate = 1 - Double(invalid.count) / Double(syllables.count)
    #expect(rate >= 0.999, "invalid: \(invalid)")
  }

  @Test("re-spelling a syllable parses back to the same syllable, in both styles")
  func spellingRoundTrip() {
    for word in Self.words {
      guard let syllable = Syllable(word) else { continue }
      #expect(Syllable(syllable.spelled()) == syllable)
      #expect(Syllable(syllable.spelled(style: .phonetic)) == syllable)
      #expect(syllable.spelled().vietnameseFolded == word.vietnameseFolded)
    }
  }

  @Test("normalising tone marks only moves marks: folding and toneless text are unchanged")
  func normalizationMovesMarksOnly() {
    for style in [ToneMarkStyle.modern, .phonetic] {
      let normalized = corpusSample.normalizingToneMarks(to: style)
      #expect(normalized.vietnameseFolded == corpusSample.vietnameseFolded)
      #expect(normalized.removingVietnameseTones == corpusSample.removingVietnameseTones)
      #expect(normalized.normalizingToneMarks(to: style) == normalized)
    }
  }

  @Test("folding keeps one character per character, NFC or NFD")
  func foldingKeepsCharacterCount() {
    let folded = corpusSample.vietnameseFolded
    #expect(folded.count == corpusSample.count)
    #expect(
      folded.unicodeScalars.allSatisfy {
        $0.isASCII || !VietnameseCharacters.isVowel(Character($0))
      })
    #expect(corpusSample.nfd.vietnameseFolded == folded)
  }

  @Test("the sample's own placement of oa/oe/uy marks is mostly modern")
  func sampleStyle() {
    let modern = corpusSample.normalizingToneMarks(to: .modern)
    let phonetic = corpusSample.normalizingToneMarks(to: .phonetic)
    let changedByModern = zip(corpusSample, modern).filter { $0 != $1 }.count
    let changedByPhonetic = zip(corpusSample, phonetic).filter { $0 != $1 }.count
    #expect(changedByModern < changedByPhonetic)
  }
}
