import Foundation

/// Writes searchable PDF/A-2b files: each page the scanned image as it was (its compressed data
/// carried over where the source allows), an invisible text layer with the given words at their
/// boxes, and the document's description in the Info dictionary and XMP.
///
/// qpdf builds and writes the file (objects, object streams, cross-reference, `/ID`); Leptonica
/// takes the compressed data out of image files; Little CMS makes the sRGB profile of the
/// OutputIntent; the text layer uses Tesseract's glyph-less font (see `GlyphlessFont`).
///
/// ```swift
/// let page = SearchablePage(
///   image: PageImageSource(path: "scan.jpg", format: .jpeg, page: 1),
///   geometry: PageGeometry(sourceWidth: 1654, sourceHeight: 2339, width: 1654, height: 2339,
///                          resolution: 200),
///   lines: [TextLayerLine(words: [TextLayerWord(text: "Hà Nội", x: 200, y: 300, width: 180, height: 40)])])
/// try SearchablePDFWriter().write([page], metadata: PDFMetadata(title: "Công văn"), to: "scan.pdf")
/// ```
public struct SearchablePDFWriter: Sendable {
  /// Folders searched first for Tesseract's `pdf.ttf` (then `TESSDATA_PREFIX` and Debian's
  /// tessdata folders).
  public var fontFolders: [String]

  /// A writer looking for the text-layer font in `fontFolders` first.
  public init(fontFolders: [String] = []) {
    self.fontFolders = fontFolders
  }

  /// How one written page's image was carried over.
  public enum ImageCarriage: String, Sendable, Codable {
    /// The image stream of the input PDF page, copied with its filters.
    case copiedFromPDF
    /// The image file's own compressed data (JPEG, JPEG 2000, PNG rows, G4 strips).
    case passedThrough
    /// The decoded image, encoded again losslessly (CCITT G4 or deflate).
    case reencodedLosslessly
  }

  /// What ``write(_:metadata:to:)`` wrote: how each page's image was carried over, and the
  /// file's size.
  public struct Report: Sendable {
    /// How each page's image was carried over, in page order.
    public var images: [ImageCarriage]
    /// The file's size in bytes.
    public var bytes: Int
  }

  /// Writes `pages` to `path`, replacing it atomically: a temporary file beside it is renamed
  /// into place, so a failed run leaves the old file or none.
  ///
  /// - Throws: ``SearchablePDFError``: the output cannot be written, a page image cannot be
  ///   read, the font is missing, or qpdf fails.
  @discardableResult
  public func write(_ pages: [SearchablePage], metadata: PDFMetadata, to path: String)
    throws(SearchablePDFError) -> Report
  {
    guard !pages.isEmpty else { throw .noPages }
    let fontFile = try GlyphlessFont.fontFile(in: fontFolders)
    let document = try QPDFDocument.empty()
    let images = PageImages(output: document)
    let font = GlyphlessFont.add(to: document, fontFile: fontFile)
    var carriages: [ImageCarriage] = []
    for page in pages {
      let (image, carriage) = try images.xObject(for: page)
      carriages.append(carriage)
      let content = PageContent(geometry: page.geometry, lines: page.lines)
      let geometry = page.geometry
      let pageObject = document.indirect(
        document.dictionary([
          "/Type": document.name("/Page"),
          "/MediaBox": document.array([
            document.integer(0), document.integer(0), document.real(geometry.pageWidth),
            document.real(geometry.pageHeight),
          ]),
          "/Resources": document.dictionary([
            "/XObject": document.dictionary([PageContent.imageName: image]),
            "/Font": document.dictionary([PageContent.fontName: font]),
          ]),
          "/Contents": document.stream(content.bytes),
        ]))
      try document.addPage(pageObject)
    }
    try describe(document, metadata)
    try document.check("building the PDF")
    let folder = (path as NSString).deletingLastPathComponent
    let temporary =
      (folder.isEmpty ? "." : folder) + "/.\((path as NSString).lastPathComponent).\(getpid()).tmp"
    do {
      try document.write(to: temporary, minimumVersion: "1.7")
    } catch {
      try? FileManager.default.removeItem(atPath: temporary)
      if case .outputNotWritable(_, let reason) = error {
        throw .outputNotWritable(path: path, reason: reason)
      }
      throw error
    }
    if rename(temporary, path) != 0 {
      let reason = String(cString: strerror(errno))
      try? FileManager.default.removeItem(atPath: temporary)
      throw .outputNotWritable(path: path, reason: reason)
    }
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    return Report(images: carriages, bytes: (attributes?[.size] as? Int) ?? 0)
  }

  /// The catalogue's PDF/A parts (XMP, sRGB OutputIntent, language) and the Info dictionary.
  private func describe(_ document: QPDFDocument, _ metadata: PDFMetadata)
    throws(SearchablePDFError)
  {
    let root = document.root
    let xmp = document.stream(
      XMPPacket(metadata: metadata).bytes,
      entries: ["/Type": document.name("/Metadata"), "/Subtype": document.name("/XML")])
    document.set("/Metadata", xmp, in: root)
    guard let profile = SRGBProfile.bytes else {
      throw .libraryFailed(step: "making the sRGB profile", reason: "Little CMS failed")
    }
    let intent = document.dictionary([
      "/Type": document.name("/OutputIntent"), "/S": document.name("/GTS_PDFA1"),
      "/OutputConditionIdentifier": document.text("sRGB IEC61966-2.1"),
      "/Info": document.text("sRGB IEC61966-2.1"),
      "/DestOutputProfile": document.stream(profile, entries: ["/N": document.integer(3)]),
    ])
    document.set("/OutputIntents", document.array([intent]), in: root)
    document.set("/Lang", document.text(metadata.language), in: root)
    document.set(
      "/ViewerPreferences", document.dictionary(["/DisplayDocTitle": document.bool(true)]),
      in: root)

    let info = document.dictionary([
      "/Creator": document.text(metadata.creatorTool),
      "/Producer": document.text(metadata.producer),
      "/ModDate": document.text(PDFDates.info(metadata.modificationDate, dayOnly: false)),
    ])
    if let title = metadata.title { document.set("/Title", document.text(title), in: info) }
    if let author = metadata.author { document.set("/Author", document.text(author), in: info) }
    if let subject = metadata.subject {
      document.set("/Subject", document.text(subject), in: info)
    }
    if !metadata.keywords.isEmpty {
      document.set("/Keywords", document.text(PDFDates.keywords(metadata)), in: info)
    }
    if let created = metadata.creationDate {
      let date = PDFDates.info(created, dayOnly: metadata.creationDateIsDay)
      document.set("/CreationDate", document.text(date), in: info)
    }
    document.set("/Info", document.indirect(info), in: document.trailer)
  }
}
