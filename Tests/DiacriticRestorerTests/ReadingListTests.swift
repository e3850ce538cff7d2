import Testing

@testable import DiacriticRestorer

/// The best readings of one OCR token, as the trie search offers them.
@Suite struct ReadingListTests {
  /// Scores on a coarse grid, so that many tie, from a fixed generator.
  private func offers(count: Int) -> [(id: UInt16, score: Float)] {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    return (0..<count).map { index in
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return (UInt16(index), -Float((state >> 33) % 40) / 4)
    }
  }

  @Test(arguments: [1, 7, 60, 300])
  func keepsTheBestInOrderWithEqualScoresInTheOrderOffered(limit: Int) {
    let offered = offers(count: 1_000)
    var list = ReadingList(limit: limit)
    for (id, score) in offered { list.offerUnlisted(id, score) }
    // A stable sort by score, best first: of equal scores, the first offered first.
    let expected = offered.enumerated()
      .sorted {
        $0.element.score > $1.element.score
          || ($0.element.score == $1.element.score && $0.offset < $1.offset)
      }
      .prefix(limit).map(\.element)
    #expect(list.entries.map(\.key) == expected.map(\.id))
    #expect(list.entries.map(\.value) == expected.map(\.score))
    #expect(list.floor == expected.last?.score)
  }

  @Test func aSyllableOfferedTwiceKeepsItsBetterScore() {
    var list = ReadingList(limit: 3)
    list.offerUnlisted(1, -2)
    list.offerUnlisted(2, -3)
    list.offer(2, -1)
    list.offer(1, -5)
    #expect(list.entries.map(\.key) == [2, 1])
    #expect(list.entries.map(\.value) == [-1, -2])
  }
}
