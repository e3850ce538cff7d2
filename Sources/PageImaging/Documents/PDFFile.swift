import CLeptonica
import CPoppler
import Foundation

/// An open PDF: the sole owner of one poppler-glib document.
///
/// Poppler documents must not be shared between threads, so each page load opens its own;
/// opening costs milliseconds next to the seconds OCR takes.
final class PDFFile {
  private let path: String
  private let document: OpaquePointer

  /// Rendering resolution for pages that are not one scanned image.
  static let renderResolution = 300.0
  /// Resolution of the first look at such a page, which tells a blank one (see ``BlankPage``)
  /// at a seventieth of the cost of rendering it.
  static let previewResolution = 36.0

  /// Opens `path` with poppler's own complaints about broken files kept off stderr.
  static func opened(path: String) throws(PageImagingError) -> PDFFile {
    let result = StandardErrorGate.silenced {
      Result { () throws(PageImagingError) in try PDFFile(path: path) }
    }
    return try result.get()
  }

  private init(path: String) throws(PageImagingError) {
    self.path = path
    try Self.checkComplete(path: path)
    var error: UnsafeMutablePointer<GError>?
    let absolute = URL(fileURLWithPath: path).path
    guard let uri = g_filename_to_uri(absolute, nil, &error) else {
      g_error_free(error)
      throw .fileNotFound(path: path)
    }
    defer { g_free(uri) }
    guard let document = poppler_document_new_from_file(uri, nil, &error) else {
      defer { if error != nil { g_error_free(error) } }
      guard let failure = error?.pointee else {
        throw .damagedPDF(path: path, reason: "unreadable")
      }
      let reason = failure.message.map { String(cString: $0) } ?? "unreadable"
      if failure.domain == poppler_error_quark() {
        switch Int(failure.code) {
        case Int(POPPLER_ERROR_ENCRYPTED.rawValue): throw .encryptedPDF(path: path)
        case Int(POPPLER_ERROR_OPEN_FILE.rawValue): throw .fileNotFound(path: path)
        default: break
        }
      }
      throw .damagedPDF(path: path, reason: reason)
    }
    self.document = document
  }

  deinit {
    g_object_unref(UnsafeMutableRawPointer(document))
  }

  var pageCount: Int {
    Int(poppler_document_get_n_pages(popplerDocument))
  }

  private var popplerDocument: OpaquePointer { document }

  /// Runs `body` with page `number` (1-based), releasing the page afterwards.
  func withPage<R>(
    _ number: Int, _ body: (OpaquePointer) throws(PageImagingError) -> R
  ) throws(PageImagingError) -> R {
    guard number >= 1, number <= pageCount,
      let page = poppler_document_get_page(popplerDocument, Int32(number - 1))
    else {
      throw .pageOutOfRange(path: path, page: number, pageCount: pageCount)
    }
    defer { g_object_unref(UnsafeMutableRawPointer(page)) }
    return try body(page)
  }

  func text(ofPage number: Int) throws(PageImagingError) -> String? {
    try withPage(number) { (page) throws(PageImagingError) -> String? in
      guard let text = poppler_page_get_text(page) else { return nil }
      defer { g_free(text) }
      let string = String(cString: text)
      return string.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : string
    }
  }

  func rasterize(page number: Int, maximumPixels: Int) throws(PageImagingError) -> SourcePage {
    try withPage(number) { (page) throws(PageImagingError) -> SourcePage in
      var widthPoints = 0.0
      var heightPoints = 0.0
      poppler_page_get_size(page, &widthPoints, &heightPoints)
      if let (image, resolution) = try embeddedScan(
        of: page, widthPoints: widthPoints, heightPoints: heightPoints)
      {
        return SourcePage(
          number: number, image: image, resolution: resolution, origin: .embeddedPDFImage)
      }
      // A page that is not one scanned image is rendered at 300 ppi: its size in points tells
      // the pixels before any are made.
      let width = Int((widthPoints / 72 * Self.renderResolution).rounded())
      let height = Int((heightPoints / 72 * Self.renderResolution).rounded())
      if width * height > maximumPixels {
        throw .imageTooLarge(
          path: path, page: number, width: width, height: height, limit: maximumPixels)
      }
      // A look at the page at low resolution first: a blank page is not rendered in full.
      let preview = try render(
        page, widthPoints: widthPoints, heightPoints: heightPoints, number: number,
        resolution: Self.previewResolution)
      if BlankPage.isBlank(preview) {
        return SourcePage(
          number: number, image: preview, resolution: Int(Self.previewResolution),
          origin: .renderedPDFPage)
      }
      let image = try render(
        page, widthPoints: widthPoints, heightPoints: heightPoints, number: number,
        resolution: Self.renderResolution)
      return SourcePage(
        number: number, image: image, resolution: Int(Self.renderResolution),
        origin: .renderedPDFPage)
    }
  }

  /// The page's image when the page is one image covering it (a scan), decoded at its own
  /// resolution; `nil` when the page has several images or other content.
  private func embeddedScan(
    of page: OpaquePointer, widthPoints: Double, heightPoints: Double
  ) throws(PageImagingError) -> (PixImage, Int)? {
    guard widthPoints > 0, heightPoints > 0, let mappings = poppler_page_get_image_mapping(page)
    else { return nil }
    defer { poppler_page_free_image_mapping(mappings) }
    guard g_list_length(mappings) == 1, let first = mappings.pointee.data else { return nil }
    let mapping = first.assumingMemoryBound(to: PopplerImageMapping.self).pointee
    let area = mapping.area
    let coverage = ((area.x2 - area.x1) * (area.y2 - area.y1)) / (widthPoints * heightPoints)
    guard coverage > 0.85, let surface = poppler_page_get_image(page, mapping.image_id) else {
      return nil
    }
    defer { cairo_surface_destroy(surface) }
    guard let image = CairoConversion.pixImage(from: surface) else { return nil }
    let resolution = Double(image.width) / ((area.x2 - area.x1) / 72.0)
    return (image, Int(resolution.rounded()))
  }

  private func render(
    _ page: OpaquePointer, widthPoints: Double, heightPoints: Double, number: Int,
    resolution: Double
  ) throws(PageImagingError) -> PixImage {
    let scale = resolution / 72.0
    let width = Int32((widthPoints * scale).rounded())
    let height = Int32((heightPoints * scale).rounded())
    guard width > 0, height > 0,
      let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height)
    else {
      throw .damagedPDF(path: path, reason: "page \(number) has no size")
    }
    defer { cairo_surface_destroy(surface) }
    guard let context = cairo_create(surface) else {
      throw .processingFailed(step: "PDF rendering")
    }
    defer { cairo_destroy(context) }
    cairo_set_source_rgb(context, 1, 1, 1)
    cairo_paint(context)
    cairo_scale(context, scale, scale)
    poppler_page_render_for_printing(page, context)
    cairo_surface_flush(surface)
    guard let image = CairoConversion.pixImage(from: surface) else {
      throw .corruptImage(path: path, page: number)
    }
    return image
  }

  /// A complete PDF ends with an `%%EOF` marker; poppler silently reconstructs cut-off files,
  /// which would turn a truncated scan into missing pages instead of an error.
  private static func checkComplete(path: String) throws(PageImagingError) {
    guard let handle = FileHandle(forReadingAtPath: path) else { throw .fileNotFound(path: path) }
    defer { try? handle.close() }
    let size = (try? handle.seekToEnd()) ?? 0
    let tailLength = min(size, 2048)
    try? handle.seek(toOffset: size - tailLength)
    let tail = (try? handle.read(upToCount: Int(tailLength))) ?? nil
    guard let tail, tail.range(of: Data("%%EOF".utf8)) != nil else {
      throw .damagedPDF(path: path, reason: "no end-of-file marker: the file is truncated")
    }
  }
}
