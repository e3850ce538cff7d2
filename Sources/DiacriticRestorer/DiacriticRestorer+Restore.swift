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
    let analysis = LineAnalysis(text, restorer: self)
    var decoder = ParagraphDecoder(restorer: self)
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
    }
    return RestorationResult(
      text: writer.output, changes: writer.changes, channels: analysis.channels)
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
