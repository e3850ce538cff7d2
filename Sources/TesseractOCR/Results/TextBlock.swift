/// A block of text as Tesseract's layout analysis found it, lines in Tesseract's order.
public struct TextBlock: Sendable, Hashable, Codable {
  /// The block's lines.
  public var lines: [TextLine]

  /// A block from its lines.
  public init(lines: [TextLine]) {
    self.lines = lines
  }

  /// The box around all lines.
  public var box: BoundingBox {
    BoundingBox.union(of: lines.map(\.box)) ?? BoundingBox(x: 0, y: 0, width: 0, height: 0)
  }
}
