/// A piece of an input's text small enough to restore at once: whole paragraphs when they fit.
public struct TextBlock: Sendable, Hashable {
  /// Where a block ends.
  public enum End: Sendable, Hashable {
    /// At the end of the input.
    case input
    /// After a blank line: the restorer decodes paragraphs one by one, so nothing is lost.
    case paragraph
    /// At a line end inside a paragraph longer than the block limit.
    case line
    /// After a space inside a line longer than the block limit.
    case space
    /// At the block limit inside a line with no space in it.
    case length
  }

  /// The text, to be written out in order with the other blocks.
  public var text: String
  /// The zero-based line of the input the block starts on.
  public var firstLine: Int
  /// Where it ends.
  public var end: End
  /// Notes for the user (one line each, naming the input): a line cut into pieces, legacy
  /// text converted.
  public var notes: [String]

  /// A block from its parts.
  public init(text: String, firstLine: Int, end: End, notes: [String] = []) {
    self.text = text
    self.firstLine = firstLine
    self.end = end
    self.notes = notes
  }
}
