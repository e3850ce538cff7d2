/// One word of the invisible text layer: its text and where it is on the recognised image.
public struct TextLayerWord: Sendable, Hashable {
  /// The text to carry, NFC (restored Vietnamese in VanBan's use).
  public var text: String
  /// Left edge in recognised-image pixels.
  public var x: Int
  /// Top edge in recognised-image pixels (y grows downwards).
  public var y: Int
  /// Width in pixels.
  public var width: Int
  /// Height in pixels.
  public var height: Int

  /// A word from its text and box.
  public init(text: String, x: Int, y: Int, width: Int, height: Int) {
    self.text = text
    self.x = x
    self.y = y
    self.width = width
    self.height = height
  }
}
