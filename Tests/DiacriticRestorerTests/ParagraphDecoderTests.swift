import DiacriticRestorer
import Testing

/// Decoding paragraph by paragraph (``ParagraphDecoder``): which tokens get positions, which
/// words are weighed and which kept, and caches that carry over without changing a choice.
@Suite struct ParagraphDecoderTests {
  private func restorer() throws -> DiacriticRestorer {
    try #require(SharedRestorer.instance, "the committed model in Dictionaries/ must load")
  }

  /// The position of the first token whose text is `text` in the decoded paragraph.
  private func position(
    of text: String, in paragraph: DecodedParagraph, _ analysis: LineAnalysis
  ) throws -> Int {
    try #require(paragraph.owners.firstIndex { analysis.text(of: $0) == text }, "\(text)")
  }

  @Test func everyTokenButWhitespaceGetsAPosition() throws {
    let restorer = try restorer()
    let analysis = LineAnalysis("Cong van so 12/UBND.\n\nKinh gui  ong", restorer: restorer)
    var decoder = ParagraphDecoder(restorer: restorer)
    let paragraphs = analysis.paragraphs
    decoder.decode(paragraphs[1], of: analysis)
    let paragraph = decoder.paragraph
    #expect(paragraph.owners.map { analysis.text(of: $0) } == ["Kinh", "gui", "ong"])
    #expect(paragraph.positions.count == 3)
    #expect(paragraph.choices.count == 3)
    for position in paragraph.owners.indices {
      #expect(paragraph.positions[position].indices.contains(paragraph.choices[position]))
    }
    decoder.decode(paragraphs[0], of: analysis)
    #expect(
      decoder.paragraph.owners.map { analysis.text(of: $0) } == [
        "Cong", "van", "so", "12/UBND", ".",
      ])
  }

  @Test func strippedWordsAreWeighedAndRestored() throws {
    let restorer = try restorer()
    let analysis = LineAnalysis("ngay 01 thang 12 nam 2025", restorer: restorer)
    var decoder = ParagraphDecoder(restorer: restorer)
    decoder.decode(analysis.paragraphs[0], of: analysis)
    let paragraph = decoder.paragraph
    let day = try position(of: "ngay", in: paragraph, analysis)
    #expect(paragraph.positions[day].count > 1)
    #expect(!paragraph.chosen(at: day).keepsOriginal)
    // A number is kept as written: one candidate, the number token.
    let number = try position(of: "01", in: paragraph, analysis)
    #expect(paragraph.positions[number].count == 1)
    #expect(paragraph.chosen(at: number).keepsOriginal)
    #expect(paragraph.identities[number] != paragraph.identities[day])
  }

  /// Correct text keeps a word its context vouches for without weighing alternatives, and
  /// weighs one whose context does not ("tỉnh thần").
  @Test func correctTextWeighsOnlyWordsWithoutSupport() throws {
    let restorer = try restorer()
    let text = "nâng cao tỉnh thần trách nhiệm của cán bộ, công chức"
    let analysis = LineAnalysis(text, restorer: restorer)
    #expect(analysis.channels == [.correct])
    var decoder = ParagraphDecoder(restorer: restorer)
    decoder.decode(analysis.paragraphs[0], of: analysis)
    let paragraph = decoder.paragraph
    let slip = try position(of: "tỉnh", in: paragraph, analysis)
    #expect(paragraph.positions[slip].count > 1)
    #expect(!paragraph.chosen(at: slip).keepsOriginal)
    let kept = try position(of: "nhiệm", in: paragraph, analysis)
    #expect(paragraph.positions[kept].count == 1)
    #expect(paragraph.chosen(at: kept).keepsOriginal)
  }

  @Test func loneDigitOnEnglishModelLineMayBeAWord() throws {
    let restorer = try restorer()
    let analysis = LineAnalysis("Ké hoach 6 nha s6 01", restorer: restorer)
    #expect(analysis.channels == [.englishOCR])
    var decoder = ParagraphDecoder(restorer: restorer)
    decoder.decode(analysis.paragraphs[0], of: analysis)
    let paragraph = decoder.paragraph
    let digit = try position(of: "6", in: paragraph, analysis)
    #expect(
      paragraph.owners.map(analysis.isLoneDigit) == paragraph.owners.indices.map { $0 == digit })
    // The number itself comes first, then the syllables "6" may stand for.
    #expect(paragraph.positions[digit].count > 1)
    #expect(paragraph.positions[digit][0].keepsOriginal)
  }

  /// The candidate and bigram memos carry over from paragraph to paragraph: decoding in
  /// another order, or with a fresh decoder, chooses the same readings.
  @Test func cachesDoNotChangeTheChoices() throws {
    let restorer = try restorer()
    let text = try SharedRestorer.lines("heldout-stripped.txt", first: 12)
      .split(separator: "\n").joined(separator: "\n\n")
    let analysis = LineAnalysis(text, restorer: restorer)
    let paragraphs = analysis.paragraphs.filter { !$0.isEmpty }
    #expect(paragraphs.count == 12)
    var forward = ParagraphDecoder(restorer: restorer)
    var choices: [[Int]] = []
    for paragraph in paragraphs {
      forward.decode(paragraph, of: analysis)
      choices.append(forward.paragraph.choices)
    }
    var backward = ParagraphDecoder(restorer: restorer)
    for (number, paragraph) in paragraphs.enumerated().reversed() {
      backward.decode(paragraph, of: analysis)
      #expect(backward.paragraph.choices == choices[number], "paragraph \(number)")
    }
    forward.decode(paragraphs[0], of: analysis)
    #expect(forward.paragraph.choices == choices[0])
  }
}
