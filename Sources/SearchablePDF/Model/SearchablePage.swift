/// One page to write: the scanned image, how it relates to the recognised frame, and the words.
public struct SearchablePage: Sendable, Hashable {
  /// Where the scanned image comes from.
  public var image: PageImageSource
  /// How the scan maps onto the recognised image, and the page size.
  public var geometry: PageGeometry
  /// The text layer's lines in reading order.
  public var lines: [TextLayerLine]

  /// A page from its parts.
  public init(image: PageImageSource, geometry: PageGeometry, lines: [TextLayerLine]) {
    self.image = image
    self.geometry = geometry
    self.lines = lines
  }
}
