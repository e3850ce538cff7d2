/// Drops what Tesseract reads out of non-text marks: signature strokes, seal remnants, specks.
package enum NoiseFilter {
  /// Lines below this mean confidence are marks, not text: on the fixture dispatches signatures
  /// read at 0–10 and specks at 40–50 with boxes a fraction of a letter high, while text lines,
  /// even badly degraded ones, stay above 50.
  static let minimumLineConfidence = 25.0

  /// The lines with their mark-words removed, each paired with the index of the line it came
  /// from; lines that are all marks are gone.
  static func cleaned(_ lines: [TextLine]) -> [(index: Int, line: TextLine)] {
    let heights = lines.flatMap(\.words).filter { $0.text.count > 2 }.map(\.box.height).sorted()
    let typicalHeight = heights.isEmpty ? 0 : heights[heights.count / 2]
    return lines.enumerated().compactMap { index, line in
      var kept = line
      kept.words = line.words.filter { !isMark($0) }
      guard !kept.words.isEmpty, kept.confidence >= minimumLineConfidence else { return nil }
      let isSpeck = kept.box.height * 3 < typicalHeight && kept.text.count <= 2
      return isSpeck ? nil : (index, kept)
    }
  }

  /// The line without its mark-words.
  package static func removingMarks(_ line: TextLine) -> TextLine {
    var kept = line
    kept.words = line.words.filter { !isMark($0) }
    return kept
  }

  /// The line without specks read as punctuation: a "word" of no letter or digit whose box is a
  /// dot a few pixels across, far smaller than any dash or bullet. Tesseract reads scanner dust
  /// at the start of a line as "-", "__" or "." with fair confidence (measured on the fixture
  /// scans: specks 2–3 px, list dashes 6–11 px wide at 200 ppi); a full stop belongs to the word
  /// before it and is never such a word of its own.
  static func removingSpecks(_ line: TextLine, typicalHeight: Double) -> TextLine {
    var kept = line
    kept.words = line.words.filter { word in
      hasAlphanumeric(word)
        || Double(max(word.box.width, word.box.height)) > specksBelow * typicalHeight
    }
    return kept
  }

  /// The size, as a share of a typical word's height, under which a word of punctuation alone is
  /// a speck.
  static let specksBelow = 0.12

  /// A "word" read from a signature stroke or a seal ring: no letter or digit at low confidence,
  /// or a sliver of one to three characters Tesseract itself barely believes. A name under a
  /// signature ("ˆ*“' Phạm Việt Anh") keeps its words and loses the stroke.
  static func isMark(_ word: RecognizedWord) -> Bool {
    if !hasAlphanumeric(word) && word.confidence < 50 { return true }
    return word.confidence < 20 && word.text.count <= 3
  }

  /// Whether the word holds a letter or a digit, not punctuation and strokes alone.
  private static func hasAlphanumeric(_ word: RecognizedWord) -> Bool {
    word.text.unicodeScalars.contains { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
  }
}
