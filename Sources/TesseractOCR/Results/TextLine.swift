/// A line of text in reading order.
///
/// In two-column zones (agency name | national motto, number | place and date, "Nơi nhận" |
/// signer block) Tesseract's lines are cut at the column gap, and each part becomes a line of its
/// own tagged with its ``column``.
public struct TextLine: Sendable, Hashable {
  /// Which part of the page the line belongs to.
  public enum Column: String, Sendable, Hashable, Codable {
    /// A line across the text width, as in the body.
    case full
    /// The left column of a two-column zone.
    case left
    /// The right column of a two-column zone.
    case right
  }

  /// The words, left to right.
  public var words: [RecognizedWord]
  /// The column, ``Column/full`` outside two-column zones.
  public var column: Column
  /// Whether a paragraph or block starts with this line.
  public var startsParagraph: Bool

  /// A line from its words.
  public init(words: [RecognizedWord], column: Column = .full, startsParagraph: Bool = false) {
    self.words = words
    self.column = column
    self.startsParagraph = startsParagraph
  }

  /// The words joined by single spaces.
  public var text: String { words.map(\.text).joined(separator: " ") }
  /// The box around all words.
  public var box: BoundingBox {
    BoundingBox.union(of: words.map(\.box)) ?? BoundingBox(x: 0, y: 0, width: 0, height: 0)
  }
  /// Mean word confidence, 0–100.
  public var confidence: Double {
    words.isEmpty ? 0 : words.map(\.confidence).reduce(0, +) / Double(words.count)
  }
}

extension TextLine: Codable {
  private enum CodingKeys: String, CodingKey {
    case text, column, box, confidence, startsParagraph, words
  }

  /// Decodes a line; `text`, `box` and `confidence` are derived from the words and not read.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    words = try container.decode([RecognizedWord].self, forKey: .words)
    column = try container.decode(Column.self, forKey: .column)
    startsParagraph = try container.decodeIfPresent(Bool.self, forKey: .startsParagraph) ?? false
  }

  /// Encodes the line with its derived text, box and confidence, so readers need not recompute them.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(text, forKey: .text)
    try container.encode(column, forKey: .column)
    try container.encode(box, forKey: .box)
    try container.encode((confidence * 10).rounded() / 10, forKey: .confidence)
    try container.encode(startsParagraph, forKey: .startsParagraph)
    try container.encode(words, forKey: .words)
  }
}
