import PageImaging

/// Finds each page's scanned image and adds it to the output as an image XObject, its compressed
/// data unchanged where the source allows:
///
/// - a PDF page that is one image: that image stream, copied raw by qpdf (DCT, JBIG2 with its
///   globals, CCITT, deflate), when its size is the one VanBan read;
/// - JPEG, JPEG 2000, PNG and single-image G4 TIFF files: their data through Leptonica;
/// - anything else (pages of multi-page TIFFs, other raster formats, rendered PDF pages): the
///   decoded page encoded losslessly, CCITT G4 when bilevel, deflate otherwise.
final class PageImages {
  private let output: QPDFDocument
  /// Input PDFs opened so far; qpdf reads copied streams from them when writing, so they live
  /// as long as this object.
  private var inputs: [String: QPDFDocument] = [:]

  init(output: QPDFDocument) {
    self.output = output
  }

  typealias Carriage = SearchablePDFWriter.ImageCarriage

  /// The image XObject for `page`.
  func xObject(for page: SearchablePage) throws(SearchablePDFError) -> (
    QPDFDocument.Handle, Carriage
  ) {
    let source = page.image
    let geometry = page.geometry
    if source.format == .pdf,
      let copied = try copiedImage(
        source, width: geometry.sourceWidth, height: geometry.sourceHeight)
    {
      return (copied, .copiedFromPDF)
    }
    if source.pageCount == 1,
      let image = CompressedImage.passedThrough(
        path: source.path, format: source.format),
      image.width == geometry.sourceWidth, image.height == geometry.sourceHeight,
      let object = image.xObject(in: output)
    {
      return (object, .passedThrough)
    }
    let decoded: SourcePage
    do {
      decoded = try ScannedDocument(path: source.path).loadPage(source.page)
    } catch {
      throw .pageImageUnreadable(path: source.path, page: source.page, reason: error.description)
    }
    guard let image = CompressedImage.lossless(decoded.image),
      let object = image.xObject(in: output)
    else {
      throw .pageImageUnreadable(
        path: source.path, page: source.page, reason: "the image cannot be encoded")
    }
    return (object, .reencodedLosslessly)
  }

  /// The page's one image XObject of the given size, copied from the input PDF with its filters;
  /// `nil` when the page holds no such image.
  private func copiedImage(_ source: PageImageSource, width: Int, height: Int)
    throws(SearchablePDFError) -> QPDFDocument.Handle?
  {
    let input: QPDFDocument
    if let opened = inputs[source.path] {
      input = opened
    } else {
      input = try QPDFDocument.reading(source.path)
      inputs[source.path] = input
    }
    guard source.page <= input.pageCount else { return nil }
    let page = try input.page(source.page)
    let resources = input.value("/Resources", in: page)
    guard input.isDictionary(resources) else { return nil }
    let xObjects = input.value("/XObject", in: resources)
    guard input.isDictionary(xObjects) else { return nil }
    let images = input.keys(of: xObjects).map { input.value($0, in: xObjects) }.filter {
      input.isStream($0)
        && input.isName(input.value("/Subtype", in: input.streamDictionary($0)), "/Image")
    }
    guard images.count == 1, let image = images.first else { return nil }
    let dictionary = input.streamDictionary(image)
    guard input.intValue(input.value("/Width", in: dictionary)) == width,
      input.intValue(input.value("/Height", in: dictionary)) == height
    else { return nil }
    let copy = try output.copy(image, from: input)
    // PDF/A forbids these on images; none changes the pixels.
    let copiedDictionary = output.streamDictionary(copy)
    for key in ["/Interpolate", "/Alternates", "/OPI"] {
      output.remove(key, from: copiedDictionary)
    }
    return copy
  }
}
