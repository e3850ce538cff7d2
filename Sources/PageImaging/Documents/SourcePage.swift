/// One page as read from its file, before clean-up.
public struct SourcePage: Sendable {
  /// Where the pixels came from.
  public enum Origin: String, Sendable, Codable {
    /// A raster image file, or one page of a multi-page TIFF.
    case image
    /// The single scanned image embedded in a PDF page, taken out without re-rendering.
    case embeddedPDFImage
    /// A PDF page rendered at 300 ppi because it was not one single image.
    case renderedPDFPage
  }

  /// The 1-based page number within its document.
  public let number: Int
  /// The pixels as decoded from the file, before any clean-up.
  public let image: PixImage
  /// The resolution in pixels per inch: from the file, or from the PDF page size; `nil` if unknown.
  public let resolution: Int?
  /// Where the pixels came from.
  public let origin: Origin
}
