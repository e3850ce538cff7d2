import PageImaging
import SearchablePDF
import TesseractOCR

/// Why one document could not be processed. Other documents in the same run are unaffected.
public struct DocumentFailure: Error, Sendable, Hashable, Codable, CustomStringConvertible {
  /// The kind of failure, stable for scripts and catalogues.
  public enum Kind: String, Sendable, Hashable, Codable {
    /// The file could not be read: missing, empty, of a format VanBan does not read, a corrupt
    /// image, a damaged PDF or an encrypted one (after the `PageImagingError` of the same name).
    case fileNotFound, emptyFile, unsupportedFormat, corruptImage, damagedPDF, encryptedPDF
    /// Tesseract's language data is missing or misplaced, Tesseract failed on a page, the run was
    /// cancelled before the document was done, or any other error.
    case languageDataMissing, recognitionFailed, cancelled, other
    /// A page declares more pixels than the limit (`--max-pixels`).
    case tooLarge
    /// The document was read but its searchable PDF could not be written.
    case pdfNotWritten
    /// The restorer's model files could not be found or loaded.
    case modelMissing
    /// Not a regular file (a FIFO, socket or device) or a link to nothing: skipped unopened.
    case notRegularFile
    /// A folder or file the user may not read: skipped.
    case unreadable
  }

  /// The input file as given.
  public var source: String
  /// The kind of failure.
  public var kind: Kind
  /// A one-line explanation naming the file.
  public var message: String

  /// A failure from its parts.
  public init(source: String, kind: Kind, message: String) {
    self.source = source
    self.kind = kind
    self.message = message
  }

  /// Classifies any error thrown while reading or recognising `source`.
  public init(source: String, error: any Error) {
    self.source = source
    switch error {
    case let error as PageImagingError:
      message = error.description
      switch error {
      case .fileNotFound: kind = .fileNotFound
      case .emptyFile: kind = .emptyFile
      case .unsupportedFormat: kind = .unsupportedFormat
      case .corruptImage, .pageOutOfRange: kind = .corruptImage
      case .damagedPDF: kind = .damagedPDF
      case .encryptedPDF: kind = .encryptedPDF
      case .imageTooLarge: kind = .tooLarge
      case .processingFailed, .writeFailed, .pageFailed: kind = .other
      }
    case let error as OCRError:
      message = "\(source): \(error.description)"
      switch error {
      case .languageDataMissing, .dataDirectoryWrong, .engineStartFailed:
        kind = .languageDataMissing
      case .recognitionFailed: kind = .recognitionFailed
      case .cancelled: kind = .cancelled
      }
    case let error as RestorerError:
      kind = .modelMissing
      message = "\(source): \(error.description)"
    case let error as SearchablePDFError:
      kind = .pdfNotWritten
      message = "\(source): \(error.description)"
    case is CancellationError:
      kind = .cancelled
      message = "\(source): cancelled"
    default:
      kind = .other
      message = "\(source): \(error)"
    }
  }

  /// The ``message``, so that printing a failure prints the line a user reads.
  public var description: String { message }
}
