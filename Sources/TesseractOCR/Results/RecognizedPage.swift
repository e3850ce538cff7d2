import PageImaging

/// One page's recognition: Tesseract's blocks, the lines in reading order, and the text.
public struct RecognizedPage: Sendable {
  /// The 1-based page number within its document.
  public var number: Int
  /// Width of the recognised (cleaned) image, in pixels; word boxes are in its coordinates.
  public var width: Int
  /// Height of the recognised image, in pixels.
  public var height: Int
  /// Resolution of the recognised image, in ppi.
  public var resolution: Int
  /// Clockwise rotation in degrees (0, 90, 180, 270) applied to turn the page upright.
  public var rotation: Int
  /// Tesseract's blocks, as its layout analysis found them.
  public var blocks: [TextBlock]
  /// All lines in reading order, two-column zones read left column first.
  public var lines: [TextLine]
  /// What clean-up found and did.
  public var cleanup: CleanupReport
  /// What the second looks (``RecognitionPass``) did that a reader of the text should know,
  /// one line each, led by the record field it concerns ("number: the number is handwritten
  /// and could not be read").
  public var notes: [String] = []

  /// The page text: lines in reading order, a blank line between paragraphs.
  public var text: String {
    var output = ""
    for (index, line) in lines.enumerated() {
      if index > 0 { output += line.startsParagraph ? "\n\n" : "\n" }
      output += line.text
    }
    return output
  }

  /// Mean word confidence over the page, 0–100 (0 for a page without words).
  public var meanConfidence: Double {
    let words = lines.flatMap(\.words)
    return words.isEmpty ? 0 : words.map(\.confidence).reduce(0, +) / Double(words.count)
  }

  /// A page found blank before recognition: no words, a note saying so.
  static func blank(_ source: SourcePage) -> RecognizedPage {
    RecognizedPage(
      number: source.number, width: source.image.width, height: source.image.height,
      resolution: source.resolution ?? 0, rotation: 0, blocks: [], lines: [],
      cleanup: CleanupReport(), notes: ["page: blank (no ink), not read"])
  }

  /// Puts ``lines`` back in reading order from ``blocks``, after a pass changed or added words
  /// there (see ``RecognitionPass``).
  public mutating func arrangeLines() {
    lines = ColumnLayout.readingOrder(of: blocks)
  }

  /// Number of words read.
  public var wordCount: Int { lines.reduce(0) { $0 + $1.words.count } }
}
