import Dispatch
import Foundation
import PageImaging

/// One recognition worker: a Tesseract engine confined to its own serial queue.
///
/// Tesseract blocks for seconds per page, so the work runs on the worker's queue rather than on
/// Swift's cooperative thread pool; callers simply `await` the result. Run one worker per core
/// for parallelism. The engine starts on first use. Each page, once recognised, is handed to the
/// worker's ``passes`` in order, which may read regions of it again.
///
/// ```swift
/// let worker = OCRWorker(configuration: OCRConfiguration())
/// let document = try ScannedDocument(path: "scan.tiff")
/// let page = try await worker.recognize(document, page: 1)
/// print(page.text)
/// ```
public final class OCRWorker: @unchecked Sendable {
  // Safety: `engine` is read and written only on `queue`.
  private let queue: DispatchQueue
  private var engine: TesseractEngine?

  /// The configuration the worker's engine starts with, fixed for the worker's life.
  public let configuration: OCRConfiguration
  /// The second looks each recognised page gets, in order.
  public let passes: [any RecognitionPass]

  /// A worker that will start Tesseract with `configuration` on first use and revise each page
  /// it reads with `passes`.
  public init(
    configuration: OCRConfiguration = OCRConfiguration(), passes: [any RecognitionPass] = [],
    label: String = "vanban.ocr"
  ) {
    self.configuration = configuration
    self.passes = passes
    self.queue = DispatchQueue(label: label)
  }

  /// Loads, cleans and recognises one page of a document.
  ///
  /// Cancelling the calling task stops Tesseract within a few words.
  /// - Throws: `PageImagingError` when the page cannot be read, ``OCRError`` when Tesseract
  ///   cannot start or fails, `CancellationError` when cancelled.
  public func recognize(
    _ document: ScannedDocument, page number: Int, cleanup: PageCleanup = PageCleanup()
  ) async throws -> RecognizedPage {
    let flag = CancellationFlag()
    return try await withTaskCancellationHandler {
      try await withCheckedThrowingContinuation { continuation in
        queue.async {
          continuation.resume(
            with: Result {
              try self.recognizeNow(document, page: number, cleanup: cleanup, flag: flag)
            })
        }
      }
    } onCancel: {
      flag.cancel()
    }
  }

  /// Starts the engine now rather than on the first page, so that a missing language is reported
  /// before any work is queued.
  ///
  /// - Throws: ``OCRError`` when Tesseract cannot start.
  public func start() async throws {
    try await withCheckedThrowingContinuation {
      (continuation: CheckedContinuation<Void, any Error>) in
      queue.async {
        continuation.resume(with: Result { _ = try self.startedEngine() })
      }
    }
  }

  /// `VANBAN_DEBUG_IMAGES=DIR` writes each cleaned page there as PNG: what Tesseract was given.
  private static let debugImageFolder = ProcessInfo.processInfo.environment["VANBAN_DEBUG_IMAGES"]

  private func startedEngine() throws(OCRError) -> TesseractEngine {
    if let engine { return engine }
    let started = try TesseractEngine(configuration: configuration)
    engine = started
    return started
  }

  private func recognizeNow(
    _ document: ScannedDocument, page number: Int, cleanup: PageCleanup, flag: CancellationFlag
  ) throws -> RecognizedPage {
    if flag.isCancelled { throw CancellationError() }
    let engine = try startedEngine()
    let source = try document.loadPage(number)
    if cleanup.skipBlankPages, BlankPage.isBlank(source.image) {
      return RecognizedPage.blank(source)
    }
    let cleaned: CleanedPage
    do {
      cleaned = try PageCleaner(cleanup: cleanup).clean(source)
    } catch {
      throw PageImagingError.pageFailed(path: document.path, page: number, cause: error)
    }
    if let folder = Self.debugImageFolder {
      let name = URL(fileURLWithPath: document.path).deletingPathExtension().lastPathComponent
      try? cleaned.image.writePNG(to: "\(folder)/\(name)-\(number)-clean.png")
      try? cleaned.redInk?.writePNG(to: "\(folder)/\(name)-\(number)-red.png")
    }
    do {
      return try engine.recognize(cleaned, passes: passes, cancellation: flag)
    } catch .cancelled {
      throw CancellationError()
    }
  }
}
