import DiacriticRestorer
import Testing

/// The per-word candidate memo (``CandidateMemo``): one search per word and channel, list
/// IDs in the order the lists are made.
@Suite struct CandidateMemoTests {
  private func restorer() throws -> DiacriticRestorer {
    try #require(SharedRestorer.instance, "the committed model in Dictionaries/ must load")
  }

  @Test func aWordComesBackWithItsList() throws {
    var memo = CandidateMemo(restorer: try restorer())
    let first = memo.candidates(for: "ngay", channel: .stripped)
    let other = memo.candidates(for: "thang", channel: .stripped)
    let again = memo.candidates(for: "ngay", channel: .stripped)
    #expect(first.list == 0)
    #expect(other.list == 1)
    #expect(again.list == 0)
    #expect(again.candidates.map(\.id) == first.candidates.map(\.id))
    // Stripped text: every syllable spelled "ngay" but for marks, none kept as written.
    #expect(first.candidates.count > 1)
    #expect(first.candidates.allSatisfy { !$0.keepsOriginal })
  }

  @Test func channelsAndDigitsHaveListsOfTheirOwn() throws {
    var memo = CandidateMemo(restorer: try restorer())
    let stripped = memo.candidates(for: "ngay", channel: .stripped)
    let english = memo.candidates(for: "ngay", channel: .englishOCR)
    let digit = memo.digitReadings("6")
    #expect([stripped.list, english.list, digit.list] == [0, 1, 2])
    #expect(memo.digitReadings("6").list == 2)
    #expect(memo.candidates(for: "ngay", channel: .englishOCR).list == 1)
    #expect(digit.candidates.first?.keepsOriginal == true)
    // In correct text the word itself is the first reading, kept at no cost.
    let correct = memo.candidates(for: "ngày", channel: .correct)
    #expect(correct.list == 3)
    #expect(correct.candidates.first?.keepsOriginal == true)
    #expect(correct.candidates.first?.channel == 0)
  }

  @Test func anUnknownStrippedWordIsKept() throws {
    var memo = CandidateMemo(restorer: try restorer())
    let entry = memo.candidates(for: "xyzzy", channel: .stripped)
    #expect(entry.candidates.count == 1)
    #expect(entry.candidates.first?.keepsOriginal == true)
  }
}
