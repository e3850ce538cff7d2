import PageImaging

/// Where a page's scanned image is read from, so that its compressed data can be carried over
/// unchanged: a JPEG file's bytes, a PDF page's image stream, a PNG's deflated rows.
public struct PageImageSource: Sendable, Hashable {
  /// The input file.
  public var path: String
  /// Its format, as recognised from the content.
  public var format: DocumentFormat
  /// The 1-based page within the file.
  public var page: Int
  /// The number of pages in the file.
  public var pageCount: Int

  /// A source from its parts.
  public init(path: String, format: DocumentFormat, page: Int, pageCount: Int = 1) {
    self.path = path
    self.format = format
    self.page = page
    self.pageCount = pageCount
  }
}
