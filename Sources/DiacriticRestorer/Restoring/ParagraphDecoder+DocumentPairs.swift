extension ParagraphDecoder {
  /// Weighs the pairs of neighbouring readings the document vouches for
  /// (``DocumentCache/pairBonus(_:_:)``) as the decoder links each position to the one
  /// before; and adds such a reading to a word whose list lacks it when the word's channel
  /// can have made the word from it near its best reading
  /// (``CandidateMemo/vouchedReadingWindow``):
  /// English-model OCR's "L&" between "phường" and "Chân" ranks "Lở" first and never "Lê",
  /// which the document writes in "phường Lê Chân" elsewhere.
  ///
  /// Only the positions of `focus` are weighed so: the words a pair may change, and not
  /// every word of a long paragraph.
  mutating func weighDocumentPairs(at focus: Set<Int>, in analysis: LineAnalysis) {
    let count = paragraph.positions.count
    guard count > 1 else { return }
    for position in focus.sorted() where position < count {
      addVouchedReadings(at: position, in: analysis)
    }
    var bonuses: [[Float]?] = Array(repeating: nil, count: count)
    var any = false
    for position in 1..<count where focus.contains(position) && focus.contains(position - 1) {
      let before = paragraph.positions[position - 1]
      let here = paragraph.positions[position]
      var matrix: [Float]?
      for (j, first) in before.enumerated() {
        for word in cache.words(after: first.id) {
          for (k, second) in here.enumerated() where second.id == word {
            if matrix == nil { matrix = Array(repeating: 0, count: before.count * here.count) }
            matrix?[j * here.count + k] = cache.pairBonus(first.id, word)
          }
        }
      }
      if matrix != nil { any = true }
      bonuses[position] = matrix
    }
    paragraph.pairBonuses = any ? bonuses : []
  }

  /// Adds to the list of `position` the readings that form a pair the document vouches for
  /// with a reading of a neighbour, when the word's channel allows them.
  private mutating func addVouchedReadings(at position: Int, in analysis: LineAnalysis) {
    guard let reading = paragraph.readings[position],
      let lower = analysis.lowerForms[paragraph.owners[position]]
    else { return }
    var partners: [UInt16] = []
    if position > 0 {
      for candidate in paragraph.positions[position - 1] {
        partners += cache.words(after: candidate.id)
      }
    }
    if position + 1 < paragraph.positions.count {
      for candidate in paragraph.positions[position + 1] {
        partners += cache.words(before: candidate.id)
      }
    }
    guard !partners.isEmpty else { return }
    var list = paragraph.positions[position]
    let best = list.map(\.channel).max() ?? 0
    let before = list.count
    // In ID order, once each: the list's order decides ties.
    for id in Set(partners).sorted() where !list.contains(where: { $0.id == id }) {
      if let candidate = candidates.reading(id, of: lower, channel: reading, near: best) {
        list.append(candidate)
      }
    }
    guard list.count > before else { return }
    paragraph.replaceCandidates(at: position, with: list, list: candidates.freshList())
  }
}
