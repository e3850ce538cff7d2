/// Why a file could not be turned into page images.
public enum PageImagingError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file does not exist or cannot be opened.
  case fileNotFound(path: String)
  /// The file has no content.
  case emptyFile(path: String)
  /// The content is not an image or PDF format VanBan reads (PNG, JPEG, TIFF, PDF, and the other
  /// raster formats Leptonica decodes).
  case unsupportedFormat(path: String)
  /// The image header was recognised but the pixels cannot be decoded: corrupt or truncated.
  case corruptImage(path: String, page: Int?)
  /// The PDF is damaged or cut short.
  case damagedPDF(path: String, reason: String)
  /// The PDF is encrypted with a password VanBan was not given.
  case encryptedPDF(path: String)
  /// A page number outside the document.
  case pageOutOfRange(path: String, page: Int, pageCount: Int)
  /// The page declares more pixels than the limit: decoding it would take more memory than a
  /// page may (see ``ScannedDocument/maximumPixels``).
  case imageTooLarge(path: String, page: Int?, width: Int, height: Int, limit: Int)
  /// A clean-up step failed inside Leptonica.
  case processingFailed(step: String)
  /// A step failed on page `page` of the file at `path`.
  indirect case pageFailed(path: String, page: Int, cause: PageImagingError)
  /// An image could not be written.
  case writeFailed(path: String)

  /// One line naming the file (and the page where it matters) and what is wrong.
  public var description: String {
    switch self {
    case .imageTooLarge(let path, let page, let width, let height, let limit):
      let pageNote = page.map { " (page \($0))" } ?? ""
      let millions = { (pixels: Int) in "\((Double(pixels) / 1e6 * 10).rounded() / 10) million" }
      return
        "\(path)\(pageNote): the image is too large: \(width) × \(height) pixels (\(millions(width * height))), over the limit of \(millions(limit)) (--max-pixels)"
    case .pageFailed(let path, let page, let cause):
      return "\(path) (page \(page)): \(cause)"
    case .fileNotFound(let path): return "\(path): no such file"
    case .emptyFile(let path): return "\(path): the file is empty"
    case .unsupportedFormat(let path):
      return
        "\(path): not a supported image or PDF (PNG, JPEG, TIFF, PDF, BMP, GIF, WebP, JPEG 2000)"
    case .corruptImage(let path, let page):
      let pageNote = page.map { " (page \($0))" } ?? ""
      return "\(path)\(pageNote): the image is corrupt or truncated and cannot be decoded"
    case .damagedPDF(let path, let reason):
      return "\(path): the PDF is damaged or truncated (\(reason))"
    case .encryptedPDF(let path):
      return "\(path): the PDF is encrypted; decrypt it first (for example with qpdf --decrypt)"
    case .pageOutOfRange(let path, let page, let count):
      return "\(path): no page \(page) (the document has \(count))"
    case .processingFailed(let step): return "page clean-up failed at step: \(step)"
    case .writeFailed(let path): return "\(path): cannot write the image"
    }
  }
}
