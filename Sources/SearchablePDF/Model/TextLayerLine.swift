/// One line of the text layer, its words left to right; lines are written in reading order,
/// so the two columns of a header or signer zone stay lines of their own.
public struct TextLayerLine: Sendable, Hashable {
  /// The words, left to right.
  public var words: [TextLayerWord]

  /// A line from its words.
  public init(words: [TextLayerWord]) {
    self.words = words
  }
}
