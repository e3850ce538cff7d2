import DispatchParser
import PageImaging

/// One input file read through: its pages in order and its text.
public struct DocumentResult: Sendable {
  /// The input file as given.
  public var source: String
  /// The format recognised from the content.
  public var format: DocumentFormat
  /// The pages in order.
  public var pages: [PageResult]
  /// The structured record read from the text, when parsing ran.
  public var record: DispatchRecord?
  /// What a reader should know about how the document was read ("a GIF of 3 frames: only the
  /// first is read"); each page's own notes are on its ``PageResult/recognition``.
  public var notes: [String] = []

  /// A document result from its pages.
  public init(
    source: String, format: DocumentFormat, pages: [PageResult], record: DispatchRecord? = nil
  ) {
    self.source = source
    self.format = format
    self.pages = pages
    self.record = record
  }

  /// Separator between pages in ``text``: a form feed on its own line, as pdftotext writes.
  public static let pageSeparator = "\n\u{0C}\n"

  /// The document's final text, pages in order.
  public var text: String { pages.map(\.text).joined(separator: Self.pageSeparator) }

  /// Tesseract's text of the document, pages in order.
  public var rawText: String { pages.map(\.rawText).joined(separator: Self.pageSeparator) }
}

/// The outcome for one input file: read, or failed with a reason.
public enum DocumentOutcome: Sendable {
  /// The document was read.
  case scanned(DocumentResult)
  /// The document could not be read.
  case failed(DocumentFailure)

  /// The input file as given.
  public var source: String {
    switch self {
    case .scanned(let document): return document.source
    case .failed(let failure): return failure.source
    }
  }
}
