import DispatchParser
import Foundation
import SearchablePDF
import TesseractOCR

/// The searchable PDF of a scanned document: each page's scan as it was, VanBan's restored words
/// as an invisible text layer at their boxes, the record as the file's description.
///
/// The page is the frame VanBan recognised, at its resolution: the scan is placed on it through
/// the same deskew, enlargement and quarter turns as the clean-up applied (its compressed bytes
/// untouched), so a page VanBan turned or straightened is shown upright and level, and every
/// word of the text layer lies on its ink. See `SearchablePDFWriter` for the file itself.
///
/// ```swift
/// let document = try await DocumentScanner(options: options).scanDocument("scan.jpg")
/// try DocumentPDF(document).write(to: "scan.jpg.pdf")
/// ```
public struct DocumentPDF: Sendable {
  /// The document written.
  public var document: DocumentResult
  /// Folders searched first for the text-layer font (Tesseract's `pdf.ttf`), such as the
  /// Tesseract data folder in use.
  public var fontFolders: [String]
  /// When the file is made; the Info dictionary's and XMP's modification date. Default: now.
  public var date: Date

  /// The PDF of `document`.
  public init(_ document: DocumentResult, fontFolders: [String] = [], date: Date = Date()) {
    self.document = document
    self.fontFolders = fontFolders
    self.date = date
  }

  /// Writes the file to `path`, replacing it atomically.
  ///
  /// - Throws: `SearchablePDFError` when the file or a page image cannot be written or read.
  @discardableResult
  public func write(to path: String) throws(SearchablePDFError) -> SearchablePDFWriter.Report {
    try SearchablePDFWriter(fontFolders: fontFolders).write(pages, metadata: metadata, to: path)
  }

  /// The pages to write: scan, geometry and restored words of each.
  public var pages: [SearchablePage] {
    document.pages.map { page in
      let recognition = page.recognition
      let restored = RestoredWords.lines(of: page)
      let lines = recognition.lines.enumerated().map { lineIndex, line in
        TextLayerLine(
          words: line.words.enumerated().map { wordIndex, word in
            TextLayerWord(
              text: restored[lineIndex][wordIndex], x: word.box.x, y: word.box.y,
              width: word.box.width, height: word.box.height)
          })
      }
      return SearchablePage(
        image: PageImageSource(
          path: document.source, format: document.format, page: page.number,
          pageCount: document.pages.count),
        geometry: Self.geometry(of: recognition), lines: lines)
    }
  }

  /// How the scan relates to the recognised image.
  static func geometry(of page: RecognizedPage) -> PageGeometry {
    let report = page.cleanup
    let turned = page.rotation == 90 || page.rotation == 270
    var sourceWidth = report.sourceWidth
    var sourceHeight = report.sourceHeight
    if sourceWidth <= 0 || sourceHeight <= 0 {
      // A page recognised without the cleaner: the recognised image is the scan, turned.
      sourceWidth = turned ? page.height : page.width
      sourceHeight = turned ? page.width : page.height
    }
    return PageGeometry(
      sourceWidth: sourceWidth, sourceHeight: sourceHeight, skewDegrees: report.skewDegrees,
      scale: report.scale, rotation: page.rotation, width: page.width, height: page.height,
      resolution: page.resolution)
  }

  /// The file's description from the record: title from type, symbol and subject; the issuer
  /// as author; the dispatch's date as creation date; the record's main fields as keywords.
  public var metadata: PDFMetadata {
    let record = document.record
    let name = (document.source as NSString).lastPathComponent
    let heading = [record?.documentType?.name, record?.symbol].compactMap { $0 }
      .joined(separator: " ")
    let subject = record?.subject
    var title = heading
    if let subject { title = title.isEmpty ? subject : "\(heading): \(subject)" }
    var keywords: [String] = []
    for keyword in [
      record?.documentType?.name, record?.symbol, record?.issuer?.name, record?.issuer?.parent,
      record?.place, record?.date.map { String($0.prefix(4)) }, record?.signer?.name,
      record?.urgency, record?.confidentiality,
    ] {
      if let keyword, !keyword.isEmpty, !keywords.contains(keyword) { keywords.append(keyword) }
    }
    return PDFMetadata(
      title: title.isEmpty ? name : title, author: record?.issuer?.name, subject: subject,
      keywords: keywords, creationDate: record?.date.flatMap(Self.day), creationDateIsDay: true,
      modificationDate: date)
  }

  /// An ISO 8601 day ("2025-12-01") at midnight UTC.
  static func day(_ text: String) -> Date? {
    let parts = text.split(separator: "-").compactMap { Int($0) }
    guard parts.count == 3 else { return nil }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    return calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))
  }
}
