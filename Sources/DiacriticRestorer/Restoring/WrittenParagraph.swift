/// A paragraph as the first reading of a document wrote it: where its text and changes lie
/// in the output, and enough of its decoding to tell whether the pairs of neighbouring
/// readings the whole document vouches for (``DocumentCache``) may change it.
struct WrittenParagraph {
  /// The paragraph's tokens.
  let tokens: Range<Int>
  /// Its text in the first reading's output, as UTF-8 offsets.
  let output: Range<Int>
  /// Its changes in the first reading's list (empty when changes are not kept).
  let changes: Range<Int>
  /// The token index of each position.
  private let owners: [Int]
  /// The readings weighed at each position (shared with the candidate memo, not copied).
  private let positions: [[Candidate]]
  /// The index of the reading chosen at each position.
  private let choices: [Int]
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
    owners = decoded?.owners ?? []
    positions = decoded?.positions ?? []
    choices = decoded?.choices ?? []
    readings = decoded?.readings ?? []
    self.vouched = vouched
  }

  /// The number of positions: what decoding the paragraph again costs.
  var count: Int { positions.count }

  /// The positions of the neighbouring words, one of them not vouched for, that may be read
  /// as a pair `cache` holds other than the pair chosen: each word of the pair is one of its
  /// position's readings, or one its channel can have made it from within
  /// ``ParagraphDecoder/addedReadingWindow`` of its best. Empty when there are none.
  func doubtfulPositions(
    _ cache: DocumentCache, candidates: CandidateMemo, _ analysis: LineAnalysis
  ) -> Set<Int> {
    var doubtful = Set<Int>()
    guard positions.count > 1 else { return doubtful }
    for position in 1..<positions.count where !vouched[position - 1] || !vouched[position] {
      if mayPair(position, cache, candidates, analysis) {
        doubtful.insert(position - 1)
        doubtful.insert(position)
      }
    }
    return doubtful
  }

  /// Whether the words at `position - 1` and `position` may be read as a pair of `cache`
  /// other than the one chosen.
  private func mayPair(
    _ position: Int, _ cache: DocumentCache, _ candidates: CandidateMemo,
    _ analysis: LineAnalysis
  ) -> Bool {
    let chosen = (
      positions[position - 1][choices[position - 1]].id, positions[position][choices[position]].id
    )
    for first in positions[position - 1] {
      for word in cache.words(after: first.id)
      where (first.id, word) != chosen && allows(word, at: position, candidates, analysis) {
        return true
      }
    }
    for second in positions[position] {
      for word in cache.words(before: second.id)
      where (word, second.id) != chosen && allows(word, at: position - 1, candidates, analysis) {
        return true
      }
    }
    return false
  }

  /// Whether `word` is a reading of `position`, weighed there or within reach of its channel.
  private func allows(
    _ word: UInt16, at position: Int, _ candidates: CandidateMemo, _ analysis: LineAnalysis
  ) -> Bool {
    let list = positions[position]
    if list.contains(where: { $0.id == word }) { return true }
    guard let reading = readings[position], let lower = analysis.lowerForms[owners[position]],
      let candidate = candidates.reading(word, of: lower, channel: reading)
    else { return false }
    let best = list.map(\.channel).max() ?? 0
    return candidate.channel >= best - ParagraphDecoder.addedReadingWindow
  }
}
