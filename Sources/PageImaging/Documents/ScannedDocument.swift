import CLeptonica
import Foundation

/// One input file — an image, a multi-page TIFF or a PDF — seen as a sequence of pages.
///
/// Opening reads only what is needed to count pages; each page is decoded on demand by
/// ``loadPage(_:)``, so workers can load the pages of one document in parallel.
///
/// ```swift
/// let document = try ScannedDocument(path: "scan.pdf")
/// for number in 1...document.pageCount {
///   let page = try document.loadPage(number)
/// }
/// ```
public struct ScannedDocument: Sendable, Hashable {
  /// The file's path as given.
  public let path: String
  /// The format recognised from the content.
  public let format: DocumentFormat
  /// The number of pages, at least 1.
  public let pageCount: Int

  /// Opens a file and counts its pages.
  ///
  /// - Throws: ``PageImagingError`` when the file is missing, empty, of an unsupported format,
  ///   or (for PDFs) damaged or encrypted.
  public init(path: String) throws(PageImagingError) {
    _ = Leptonica.quiet
    self.path = path
    let head = try Self.readHead(of: path)
    guard let format = DocumentFormat(magic: head) else { throw .unsupportedFormat(path: path) }
    self.format = format
    switch format {
    case .pdf:
      pageCount = try PDFFile.opened(path: path).pageCount
    case .tiff:
      pageCount = try Self.countTIFFPages(path: path)
    default:
      pageCount = 1
    }
  }

  /// Decodes page `number` (1-based) into an image.
  ///
  /// A PDF page that is one scanned image gives that image at its own resolution; any other PDF
  /// page is rendered at 300 ppi.
  /// - Throws: ``PageImagingError`` when the page cannot be decoded.
  public func loadPage(_ number: Int) throws(PageImagingError) -> SourcePage {
    guard (1...pageCount).contains(number) else {
      throw .pageOutOfRange(path: path, page: number, pageCount: pageCount)
    }
    switch format {
    case .pdf:
      return try PDFFile.opened(path: path).rasterize(page: number)
    case .tiff:
      guard let pix = StandardErrorGate.silenced({ pixReadTiff(path, Int32(number - 1)) }) else {
        throw .corruptImage(path: path, page: number)
      }
      let image = PixImage(owning: pix)
      return SourcePage(
        number: number, image: image, resolution: image.recordedResolution, origin: .image)
    default:
      guard let pix = StandardErrorGate.silenced({ pixRead(path) }) else {
        throw .corruptImage(path: path, page: nil)
      }
      let image = PixImage(owning: pix)
      return SourcePage(
        number: number, image: image, resolution: image.recordedResolution, origin: .image)
    }
  }

  /// The text layer of a PDF page (1-based), or `nil` for images and for pages without text.
  ///
  /// Scanned PDFs from archives often carry an earlier OCR's text; it is returned as it is, for the
  /// restorer to repair.
  /// - Throws: ``PageImagingError`` when the PDF cannot be read.
  public func textLayer(ofPage number: Int) throws(PageImagingError) -> String? {
    guard format == .pdf else { return nil }
    guard (1...pageCount).contains(number) else {
      throw .pageOutOfRange(path: path, page: number, pageCount: pageCount)
    }
    return try PDFFile.opened(path: path).text(ofPage: number)
  }

  /// The digital signatures of a PDF page (1-based), none for images: who signed the file and
  /// when, as each signature records them (read, not verified).
  /// - Throws: ``PageImagingError`` when the PDF cannot be read.
  public func signatures(onPage number: Int) throws(PageImagingError) -> [PDFSignature] {
    guard format == .pdf else { return [] }
    guard (1...pageCount).contains(number) else {
      throw .pageOutOfRange(path: path, page: number, pageCount: pageCount)
    }
    return try PDFFile.opened(path: path).signatures(onPage: number)
  }

  private static func readHead(of path: String) throws(PageImagingError) -> [UInt8] {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
        isDirectory.boolValue
      {
        throw .unsupportedFormat(path: path)
      }
      throw .fileNotFound(path: path)
    }
    defer { try? handle.close() }
    let head = (try? handle.read(upToCount: 16)) ?? nil
    guard let head, !head.isEmpty else { throw .emptyFile(path: path) }
    return Array(head)
  }

  private static func countTIFFPages(path: String) throws(PageImagingError) -> Int {
    guard let file = fopen(path, "rb") else { throw .fileNotFound(path: path) }
    defer { fclose(file) }
    var count: Int32 = 0
    guard tiffGetCount(file, &count) == 0, count > 0 else {
      throw .corruptImage(path: path, page: nil)
    }
    return Int(count)
  }
}
