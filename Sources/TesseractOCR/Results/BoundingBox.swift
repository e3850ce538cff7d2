/// A rectangle in page-image pixels, origin at the top left.
public struct BoundingBox: Sendable, Hashable, Codable {
  /// Left edge.
  public var x: Int
  /// Top edge.
  public var y: Int
  /// Width in pixels.
  public var width: Int
  /// Height in pixels.
  public var height: Int

  /// A box from its left, top, width and height.
  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = width
    self.height = height
  }

  /// Right edge (exclusive).
  public var maxX: Int { x + width }
  /// Bottom edge (exclusive).
  public var maxY: Int { y + height }
  /// Horizontal centre.
  public var midX: Double { Double(x) + Double(width) / 2 }
  /// Vertical centre.
  public var midY: Double { Double(y) + Double(height) / 2 }

  /// The smallest box holding both.
  public func union(_ other: BoundingBox) -> BoundingBox {
    let left = min(x, other.x)
    let top = min(y, other.y)
    return BoundingBox(
      x: left, y: top, width: max(maxX, other.maxX) - left, height: max(maxY, other.maxY) - top)
  }

  /// The smallest box holding all of `boxes`, or `nil` for none.
  public static func union(of boxes: some Sequence<BoundingBox>) -> BoundingBox? {
    boxes.reduce(nil) { partial, box in partial?.union(box) ?? box }
  }

  /// The box grown by half its height above and below and by `side` pixels left and right: the
  /// cut in which a line is read again on its own, its accents and descenders kept.
  package func lineCut(side: Int) -> BoundingBox {
    BoundingBox(x: x - side, y: y - height / 2, width: width + 2 * side, height: height * 2)
  }

  /// The box grown by `margin` pixels above and below and by `side` pixels left and right.
  package func lineCut(side: Int, margin: Int) -> BoundingBox {
    BoundingBox(x: x - side, y: y - margin, width: width + 2 * side, height: height + 2 * margin)
  }
}
