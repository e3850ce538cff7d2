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
  /// The most pixels a page may have: a larger one is refused from its header, before any
  /// memory goes to its pixels. Default ``defaultMaximumPixels``.
  public let maximumPixels: Int
  /// What a reader of the document should know about how it was read, one line each ("a GIF of
  /// 3 frames: only the first is read").
  public let notes: [String]

  /// 150 million pixels: an A2 sheet at 600 ppi (about 140 million) passes; decoded in colour such
  /// a page takes 600 MB, and clean-up's copies about as much again.
  public static let defaultMaximumPixels = 150_000_000

  /// Opens a file and counts its pages.
  ///
  /// - Parameters:
  ///   - path: the file to open, kept as given in ``path``.
  ///   - maximumPixels: the most pixels a page may have (see ``maximumPixels``).
  /// - Throws: ``PageImagingError`` when the file is missing, empty, of an unsupported format,
  ///   or (for PDFs) damaged or encrypted.
  public init(path: String, maximumPixels: Int = defaultMaximumPixels) throws(PageImagingError) {
    _ = Leptonica.quiet
    self.path = path
    self.maximumPixels = maximumPixels
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
    if format == .gif, let frames = GIFFrames.count(path: path), frames > 1 {
      notes = ["pages: a GIF of \(frames) frames: only the first is read"]
    } else {
      notes = []
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
      return try PDFFile.opened(path: path).rasterize(page: number, maximumPixels: maximumPixels)
    case .tiff:
      try checkSize(page: number) { width, height in
        var bps: Int32 = 0
        var spp: Int32 = 0
        var resolution: Int32 = 0
        var colormap: Int32 = 0
        var format: Int32 = 0
        return readHeaderTiff(
          path, Int32(number - 1), &width, &height, &bps, &spp, &resolution, &colormap, &format)
      }
      guard let pix = StandardErrorGate.silenced({ pixReadTiff(path, Int32(number - 1)) }) else {
        throw .corruptImage(path: path, page: number)
      }
      let image = PixImage(owning: pix)
      return SourcePage(
        number: number, image: image, resolution: image.recordedResolution, origin: .image)
    default:
      try checkSize(page: nil) { width, height in
        var format: Int32 = 0
        var bps: Int32 = 0
        var spp: Int32 = 0
        var colormap: Int32 = 0
        return pixReadHeader(path, &format, &width, &height, &bps, &spp, &colormap)
      }
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

  /// Refuses a page whose header, read by `header` (0 on success), declares more than
  /// ``maximumPixels``; a header that cannot be read is left for decoding to report.
  private func checkSize(page: Int?, header: (inout Int32, inout Int32) -> Int32)
    throws(PageImagingError)
  {
    var width: Int32 = 0
    var height: Int32 = 0
    let status = StandardErrorGate.silenced { header(&width, &height) }
    guard status == 0, width > 0, height > 0 else { return }
    let pixels = Int(width) * Int(height)
    if pixels > maximumPixels {
      throw .imageTooLarge(
        path: path, page: page, width: Int(width), height: Int(height), limit: maximumPixels)
    }
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
