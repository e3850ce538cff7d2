extension DiacriticRestorer {
  /// Restores `text`: detects each line's channel, decodes each paragraph (lines up to a
  /// blank line) and replaces only the words whose best reading differs from the input.
  ///
  /// ```swift
  /// let result = restorer.restore("Ké hoach s6 30/KH-UBND")
  /// result.text                   // "Kế hoạch số 30/KH-UBND"
  /// result.changes.map(\.original)  // ["Ké", "hoach", "s6"]
  /// ```
  public func restore(_ text: String) -> RestorationResult {
    restore(text, keepingChanges: true)
  }

  /// The restored text alone: the text of ``restore(_:)``, without the list of changes,
  /// which for text typed without diacritics names nearly every word and takes more
  /// memory than the text (`vanban restore` of a million words of such news peaks about
  /// 35 MB lower without `--changes`, which keeps and writes the list).
  ///
  /// ```swift
  /// restorer.restoredText("Ké hoach s6 30/KH-UBND")  // "Kế hoạch số 30/KH-UBND"
  /// ```
  public func restoredText(_ text: String) -> String {
    restore(text, keepingChanges: false).text
  }

  private func restore(_ text: String, keepingChanges: Bool) -> RestorationResult {
    let analysis = LineAnalysis(text, restorer: self)
    var decoder = ParagraphDecoder(restorer: self)
    if configuration.adaptsToDocument {
      decoder.adaptation = measureAdaptation(of: analysis, with: &decoder)
    }
    var writer = ChangeWriter(restorer: self, capacity: analysis.text.utf8.count)
    for paragraph in analysis.paragraphs {
      let changesBefore = writer.changes.count
      decoder.decode(paragraph, of: analysis)
      writer.write(paragraph, of: analysis, decoder: decoder)
      if configuration.documentConsistency {
        remember(
          decoder.paragraph, changes: writer.changes[changesBefore...], of: analysis,
          in: &decoder.cache)
      }
      if !keepingChanges { writer.forgetChanges() }
    }
    return RestorationResult(
      text: writer.output, changes: writer.changes, channels: analysis.channels)
  }

  /// The document's own Vietnamese-model OCR error rate against the table's: a first
  /// decoding of the runs of such lines counts the words it changes there. The decoder's
  /// candidate lists and bigrams serve the second decoding too.
  private func measureAdaptation(of analysis: LineAnalysis, with decoder: inout ParagraphDecoder)
    -> ChannelAdaptation
  {
    // Runs of Vietnamese-model OCR lines with a line of context on either side, within a
    // paragraph: only they are read twice, not all the correct text around them (a document
    // without blank lines is one paragraph).
    var runs: [Range<Int>] = []
    var words = 0
    for paragraph in analysis.paragraphs {
      var read = Set<Int>()
      for index in paragraph where analysis.channel(of: index) == .vietnameseOCR {
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
    guard words >= ChannelAdaptation.minimumWords else { return .none }
    var changed = 0
    // A sample of the document tells its rate: the first decoding stops after about
    // ``ChannelAdaptation/sampleWords`` words, so that a long document is not read twice.
    var sampled = 0
    for run in runs where sampled < ChannelAdaptation.sampleWords {
      // A run longer than what is left of the sample (a long line, a document of one
      // paragraph) is read only that far: a 1 MiB line was decoded whole twice.
      var end = run.lowerBound
      var taken = 0
      while end < run.upperBound,
        taken < ChannelAdaptation.sampleWords - sampled
          || analysis.tokens[end].kind != .whitespace
      {
        if analysis.lowerForms[end] != nil { taken += 1 }
        end += 1
      }
      decoder.decode(run.lowerBound..<end, of: analysis)
      for position in decoder.paragraph.owners.indices {
        let owner = decoder.paragraph.owners[position]
        guard analysis.lowerForms[owner] != nil, analysis.channel(of: owner) == .vietnameseOCR
        else { continue }
        sampled += 1
        // Words kept though they are no syllable are not counted: most are names.
        if !decoder.paragraph.chosen(at: position).keepsOriginal { changed += 1 }
      }
    }
    return ChannelAdaptation(
      changed: changed, words: sampled, letterErrorRate: generator.vietnamese.letterErrorRate)
  }

  /// Adds to `cache` the readings a decoded paragraph vouches for: words kept as written on
  /// correct lines, and readings restored with confidence. Later paragraphs weigh them more.
  private func remember(
    _ paragraph: DecodedParagraph, changes: ArraySlice<RestorationResult.Change>,
    of analysis: LineAnalysis, in cache: inout DocumentCache
  ) {
    for change in changes where change.confidence >= DocumentCache.minimumConfidence {
      if let id = model.vocabulary.id(of: change.replacement.lowercased()) {
        cache.add(id, weight: Float(change.confidence))
      }
    }
    for position in paragraph.owners.indices {
      let chosen = paragraph.chosen(at: position)
      let owner = paragraph.owners[position]
      if chosen.keepsOriginal, analysis.lowerForms[owner] != nil,
        analysis.channel(of: owner) == .correct
      {
        cache.add(chosen.id)
      }
    }
  }
}
