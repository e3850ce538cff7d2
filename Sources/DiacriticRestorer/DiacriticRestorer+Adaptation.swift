extension DiacriticRestorer {
  /// Words a document must have on lines of OCR of unknown origin for its own confusions
  /// there to be learnt (``adapted(to:with:)``). Measured on the held-out gocr set restored
  /// five lines (about 80 words) at a time as separate documents: word errors 1,343 → 1,260
  /// even so.
  static let adaptationMinimumWords = 30
  /// Words on such lines the first decoding reads at most. More is better for an engine no
  /// table knows (held-out gocr, word errors: a sample of 500 words 1,179, 2,000 1,142,
  /// 4,000 1,046, the whole set of 4,679 1,020, all before the rule for lines of capitals)
  /// and costs a second reading of that much.
  static let adaptationSampleWords = 10_000
  /// Letters at the table's rates each letter's counts are drawn towards. Measured 10, 30,
  /// 100 and 300: within a few word errors of each other on every set.
  static let adaptationPriorLetters = 30.0

  /// A restorer whose pooled confusions, those of OCR of unknown origin, are this
  /// document's own, when it has enough words on such lines: a first decoding of a sample of
  /// those lines chooses readings, whose letters, aligned with what the OCR wrote, are
  /// counted (``DocumentConfusions``) and added to the table's
  /// (``ConfusionModel/adapted(to:priorLetters:)``). The table was learnt from other
  /// engines; the document shows what its own does. Nil when it has too few such words.
  ///
  /// English-model OCR is not adapted so: measured on the held-out font with samples of 500
  /// to 10,000 words, word errors moved between 331 and 349 around 342, for a second
  /// reading of every such line.
  func adapted(to analysis: LineAnalysis, with decoder: inout ParagraphDecoder)
    -> DiacriticRestorer?
  {
    let sample = Self.runs(of: .otherOCR, in: analysis)
    guard sample.words >= Self.adaptationMinimumWords else { return nil }
    let table = generator.generic
    var confusions = DocumentConfusions()
    let vocabulary = model.vocabulary
    decodeSample(
      sample.runs, of: .otherOCR, words: Self.adaptationSampleWords, analysis: analysis,
      with: &decoder
    ) { paragraph, position in
      let owner = paragraph.owners[position]
      let chosen = paragraph.chosen(at: position)
      guard analysis.repairs[owner] == nil, let lower = analysis.lowerForms[owner],
        Int(chosen.id) < vocabulary.entries.count, vocabulary.isSyllable[Int(chosen.id)]
      else { return }
      confusions.add(ocr: lower, reading: vocabulary.text(of: chosen.id), model: table)
    }
    guard confusions.words >= Self.adaptationMinimumWords else { return nil }
    return DiacriticRestorer(
      adaptedFrom: self,
      generic: table.adapted(to: confusions.counts, priorLetters: Self.adaptationPriorLetters))
  }

  /// The document's own Vietnamese-model OCR error rate against the table's: a first
  /// decoding of the runs of such lines counts the words it changes there. The decoder's
  /// candidate lists and bigrams serve the second decoding too.
  func measureAdaptation(of analysis: LineAnalysis, with decoder: inout ParagraphDecoder)
    -> ChannelAdaptation
  {
    let sample = Self.runs(of: .vietnameseOCR, in: analysis)
    guard sample.words >= ChannelAdaptation.minimumWords else { return .none }
    var changed = 0
    var sampled = 0
    decodeSample(
      sample.runs, of: .vietnameseOCR, words: ChannelAdaptation.sampleWords, analysis: analysis,
      with: &decoder
    ) { paragraph, position in
      sampled += 1
      // Words kept though they are no syllable are not counted: most are names.
      if !paragraph.chosen(at: position).keepsOriginal { changed += 1 }
    }
    return ChannelAdaptation(
      changed: changed, words: sampled, letterErrorRate: generator.vietnamese.letterErrorRate)
  }

  /// Runs of lines of `channel` with a line of context on either side, within a paragraph,
  /// and the words on such lines: only they are read twice, not all the text around them (a
  /// document without blank lines is one paragraph).
  private static func runs(of channel: Channel, in analysis: LineAnalysis) -> (
    runs: [Range<Int>], words: Int
  ) {
    var runs: [Range<Int>] = []
    var words = 0
    for paragraph in analysis.paragraphs {
      var read = Set<Int>()
      for index in paragraph where analysis.channel(of: index) == channel {
        let line = analysis.lines[index]
        read.formUnion(line - 1...line + 1)
        if analysis.lowerForms[index] != nil { words += 1 }
      }
      guard !read.isEmpty else { continue }
      var start: Int?
      for index in paragraph {
        if read.contains(analysis.lines[index]) {
          if start == nil { start = index }
        } else if let first = start {
          runs.append(first..<index)
          start = nil
        }
      }
      if let first = start { runs.append(first..<paragraph.upperBound) }
    }
    return (runs, words)
  }

  /// Decodes `runs` until about `limit` words on lines of `channel` are read (a sample tells
  /// a document's rates, and a long document is not read twice), and calls `visit` with each
  /// decoded paragraph and each position of a word on such a line.
  private func decodeSample(
    _ runs: [Range<Int>], of channel: Channel, words limit: Int, analysis: LineAnalysis,
    with decoder: inout ParagraphDecoder, visit: (DecodedParagraph, Int) -> Void
  ) {
    var sampled = 0
    for run in runs where sampled < limit {
      // A run longer than what is left of the sample (a long line, a document of one
      // paragraph) is read only that far: a 1 MiB line was decoded whole twice.
      var end = run.lowerBound
      var taken = 0
      while end < run.upperBound,
        taken < limit - sampled || analysis.tokens[end].kind != .whitespace
      {
        if analysis.lowerForms[end] != nil { taken += 1 }
        end += 1
      }
      decoder.decode(run.lowerBound..<end, of: analysis)
      for position in decoder.paragraph.owners.indices {
        let owner = decoder.paragraph.owners[position]
        guard analysis.lowerForms[owner] != nil, analysis.channel(of: owner) == channel
        else { continue }
        sampled += 1
        visit(decoder.paragraph, position)
      }
    }
  }
}
