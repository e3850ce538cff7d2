import DiacriticRestorer
import Testing

/// The per-word candidate memo (``CandidateMemo``): one search per word and channel, one list
/// ID per list, the same in every call of a restorer (the restorer keeps the lists).
@Suite struct CandidateMemoTests {
  private func restorer() throws -> DiacriticRestorer {
    try #require(SharedRestorer.instance, "the committed model in Dictionaries/ must load")
  }

  @Test func aWordComesBackWithItsList() throws {
    var memo = CandidateMemo(restorer: try restorer())
    let first = memo.candidates(for: "ngay", channel: .stripped)
    let other = memo.candidates(for: "thang", channel: .stripped)
    let again = memo.candidates(for: "ngay", channel: .stripped)
    #expect(first.list != other.list)
    #expect(again.list == first.list)
    // Another call of the same restorer gets the same lists under the same IDs.
    var next = CandidateMemo(restorer: try restorer())
    #expect(next.candidates(for: "thang", channel: .stripped).list == other.list)
    #expect(next.freshList() != first.list && next.freshList() != other.list)
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
    #expect(Set([stripped.list, english.list, digit.list]).count == 3)
    #expect(memo.digitReadings("6").list == digit.list)
    #expect(memo.candidates(for: "ngay", channel: .englishOCR).list == english.list)
    #expect(digit.candidates.first?.keepsOriginal == true)
    // In correct text the word itself is the first reading, kept at no cost.
    let correct = memo.candidates(for: "ngày", channel: .correct)
    #expect(![stripped.list, english.list, digit.list].contains(correct.list))
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
