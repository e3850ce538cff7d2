/// A paragraph as the first reading of a document wrote it: where its text and changes lie
/// in the output, and enough of its decoding to tell whether the pairs of neighbouring
/// readings the whole document vouches for (``DocumentCache``) may change it.
///
/// Eight bytes a word: the readings weighed at each position are not kept (a megabyte of
/// text would hold a hundred megabytes of them) but asked of the candidate memo again.
struct WrittenParagraph {
  /// The paragraph's tokens.
  let tokens: Range<Int>
  /// Its text in the first reading's output, as UTF-8 offsets.
  let output: Range<Int>
  /// Its changes in the first reading's list (empty when changes are not kept).
  let changes: Range<Int>
  /// The token index of each position.
  private let owners: [Int32]
  /// The ID of the reading chosen at each position.
  private let chosen: [UInt16]
  /// The channel each position was read under (nil: kept without weighing alternatives).
  private let readings: [Channel?]
  /// Whether the document vouches for the reading chosen at each position (see
  /// ``DocumentCache``): such a reading is not doubted, only its neighbours may be.
  private let vouched: [Bool]

  /// The paragraph's record; `vouched` flags its positions, as ``DocumentCache`` took them.
  /// Without `decoded`, the paragraph is never read again.
  init(
    tokens: Range<Int>, output: Range<Int>, changes: Range<Int>, decoded: DecodedParagraph?,
    vouched: [Bool]
  ) {
    self.tokens = tokens
    self.output = output
    self.changes = changes
    owners = decoded?.owners.map { Int32(truncatingIfNeeded: $0) } ?? []
    chosen =
      decoded.map { paragraph in paragraph.owners.indices.map { paragraph.chosen(at: $0).id } }
      ?? []
    readings = decoded?.readings ?? []
    self.vouched = decoded == nil ? [] : vouched
  }

  /// The number of positions: what decoding the paragraph again costs.
  var count: Int { chosen.count }

  /// The positions of the neighbouring words, one of them not vouched for, that may be read
  /// as a pair `cache` holds other than the pair chosen: each word of the pair is one of its
  /// position's readings, or one its channel can have made it from within
  /// ``CandidateMemo/vouchedReadingWindow`` of its best. Empty when there are none.
  func doubtfulPositions(
    _ cache: DocumentCache, candidates: CandidateMemo, _ analysis: LineAnalysis
  ) -> Set<Int> {
    var doubtful = Set<Int>()
    guard chosen.count > 1 else { return doubtful }
    for position in 1..<chosen.count where !vouched[position - 1] || !vouched[position] {
      if mayPair(position, cache, candidates, analysis) {
        doubtful.insert(position - 1)
        doubtful.insert(position)
      }
    }
    return doubtful
  }

  /// The readings of `position`: its word's list in the memo, or the reading kept.
  private func readings(
    at position: Int, _ candidates: CandidateMemo, _ analysis: LineAnalysis
  ) -> [UInt16] {
    guard let reading = readings[position],
      let lower = analysis.lowerForms[Int(owners[position])],
      let list = candidates.madeReadings(of: lower, channel: reading)
    else { return [chosen[position]] }
    return list.map(\.id)
  }

  /// Whether the words at `position - 1` and `position` may be read as a pair of `cache`
  /// other than the one chosen.
  private func mayPair(
    _ position: Int, _ cache: DocumentCache, _ candidates: CandidateMemo,
    _ analysis: LineAnalysis
  ) -> Bool {
    let pair = (chosen[position - 1], chosen[position])
    for first in readings(at: position - 1, candidates, analysis) {
      for word in cache.words(after: first)
      where (first, word) != pair && allows(word, at: position, candidates, analysis) {
        return true
      }
    }
    for second in readings(at: position, candidates, analysis) {
      for word in cache.words(before: second)
      where (word, second) != pair && allows(word, at: position - 1, candidates, analysis) {
        return true
      }
    }
    return false
  }

  /// Whether `word` is a reading of `position`, weighed there or within reach of its channel.
  private func allows(
    _ word: UInt16, at position: Int, _ candidates: CandidateMemo, _ analysis: LineAnalysis
  ) -> Bool {
    if word == chosen[position] { return true }
    guard let reading = readings[position],
      let lower = analysis.lowerForms[Int(owners[position])]
    else { return false }
    let list = candidates.madeReadings(of: lower, channel: reading) ?? []
    if list.contains(where: { $0.id == word }) { return true }
    let best = list.map(\.channel).max() ?? 0
    return candidates.reading(word, of: lower, channel: reading, near: best) != nil
  }
}
