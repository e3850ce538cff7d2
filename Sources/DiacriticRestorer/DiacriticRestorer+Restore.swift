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
    var writer = ChangeWriter(restorer: self, capacity: text.utf8.count)
    for paragraph in analysis.paragraphs {
      decoder.decode(paragraph, of: analysis)
      writer.write(paragraph, of: analysis, decoder: decoder)
    }
    return RestorationResult(
      text: writer.output, changes: writer.changes, channels: analysis.channels)
  }
}
