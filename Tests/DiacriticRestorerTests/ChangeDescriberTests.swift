import DiacriticRestorer
import Testing

/// Describing changed words (``ChangeDescriber``): alternatives, their probabilities and the
/// confidence of the chosen reading.
@Suite struct ChangeDescriberTests {
  private func restorer() throws -> DiacriticRestorer {
    try #require(SharedRestorer.instance, "the committed model in Dictionaries/ must load")
  }

  private static let slip = "nâng cao tỉnh thần trách nhiệm của cán bộ, công chức"

  /// A request for the word `word` of the decoded one-paragraph `text`, as the writer makes it.
  private func request(
    for word: String, replacement: String, slot: Int, in analysis: LineAnalysis,
    _ decoder: ParagraphDecoder
  ) throws -> ChangeRequest {
    let position = try #require(
      decoder.paragraph.owners.firstIndex { analysis.text(of: $0) == word })
    let index = decoder.paragraph.owners[position]
    return ChangeRequest(
      original: analysis.text(of: index), replacement: replacement,
      range: analysis.tokens[index].range, line: analysis.lines[index], position: position,
      pattern: analysis.patterns[index], slot: slot)
  }

  /// A change to overwrite: that of an unrelated word.
  private func placeholder() throws -> RestorationResult.Change {
    try #require(try restorer().restore("Ké").changes.first)
  }

  @Test func describesAsRestoreDoes() throws {
    let restorer = try restorer()
    let analysis = LineAnalysis(Self.slip, restorer: restorer)
    var decoder = ParagraphDecoder(restorer: restorer)
    decoder.decode(analysis.paragraphs[0], of: analysis)
    var describer = ChangeDescriber(restorer: restorer)
    var changes = [try placeholder()]
    describer.describe(
      [try request(for: "tỉnh", replacement: "tinh", slot: 0, in: analysis, decoder)],
      decodedBy: decoder, into: &changes)
    let change = try #require(changes.first)
    #expect(change == restorer.restore(Self.slip).changes.first)
    #expect(change.original == "tỉnh" && change.replacement == "tinh")
    #expect(change.confidence > 0.5 && change.confidence <= 1)
    // Best first, at most five and the word as written; the chosen one carries the confidence.
    #expect(change.alternatives.count <= 6)
    #expect(change.alternatives.first?.text == "tinh")
    #expect(change.alternatives.first?.probability == change.confidence)
    #expect(change.alternatives.contains { $0.text == "tỉnh" })
    let total = change.alternatives.reduce(0) { $0 + $1.probability }
    #expect(total > 0.9 && total <= 1.000_001)
  }

  @Test func changesGoToTheirSlots() throws {
    let restorer = try restorer()
    let text = "nang cao tinh than trach nhiem"
    let analysis = LineAnalysis(text, restorer: restorer)
    var decoder = ParagraphDecoder(restorer: restorer)
    decoder.decode(analysis.paragraphs[0], of: analysis)
    let requests = [
      try request(for: "nang", replacement: "nâng", slot: 2, in: analysis, decoder),
      try request(for: "than", replacement: "thần", slot: 0, in: analysis, decoder),
    ]
    let placeholder = try placeholder()
    var changes = [placeholder, placeholder, placeholder]
    var describer = ChangeDescriber(restorer: restorer)
    describer.describe(requests, decodedBy: decoder, into: &changes)
    #expect(changes[2].original == "nang" && changes[2].replacement == "nâng")
    #expect(changes[0].original == "than" && changes[0].replacement == "thần")
    #expect(changes[1] == placeholder)
    #expect(changes[2].confidence > 0.5)
    #expect(changes[0].alternatives.first?.text == "thần")
    #expect(changes[0].confidence > 0.5)
  }
}
