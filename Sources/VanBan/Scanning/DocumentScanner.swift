import DiacriticRestorer
import PageImaging
import TesseractOCR

/// Reads documents — images, multi-page TIFFs, scanned PDFs — into text, spreading their pages
/// over one Tesseract engine per core.
///
/// Documents come back in the order given, each as soon as it and every document before it are
/// done. One bad file gives a ``DocumentOutcome/failed(_:)`` and the run goes on.
///
/// ```swift
/// let scanner = DocumentScanner()
/// for await outcome in scanner.scan(["a.pdf", "b.jpg"]) {
///   if case .scanned(let document) = outcome { print(document.text) }
/// }
/// ```
public struct DocumentScanner: Sendable {
  /// How documents are read.
  public var options: ScanOptions

  /// A scanner with `options`.
  public init(options: ScanOptions = ScanOptions()) {
    self.options = options
  }

  /// Checks that Tesseract's language data is installed, so a run can stop before it starts.
  ///
  /// - Throws: `OCRError` when a language's data is missing or the data folder is wrong.
  public func checkLanguageData() throws(OCRError) {
    try options.ocr.checkLanguageData()
  }

  /// Checks Tesseract's language data and loads the restorer's model, so that a run stops
  /// before it starts, with the cause, instead of failing every document.
  ///
  /// - Throws: `OCRError` for Tesseract's data, `RestorerError` for the restorer's model.
  public func checkModels() throws {
    try options.ocr.checkLanguageData()
    _ = try options.restoration.restorer()
  }

  /// Reads `paths`, yielding one outcome per path in the same order.
  ///
  /// Cancelling the consuming task (or dropping the stream) abandons the pages in flight;
  /// requesting `stop` finishes them first. Either way the documents not finished come back as
  /// ``DocumentFailure/Kind/cancelled`` failures.
  /// - Parameters:
  ///   - paths: the files to read, one document each; a multi-page TIFF or PDF is one document.
  ///   - stop: when requested, no new page is started and the stream ends once the pages being
  ///     recognised are delivered.
  ///   - progress: called after every page, from any thread.
  public func scan(
    _ paths: [String], stop: ScanStop? = nil,
    progress: (@Sendable (ScanProgress) -> Void)? = nil
  ) -> AsyncStream<DocumentOutcome> {
    let options = self.options
    return AsyncStream { continuation in
      let task = Task {
        await Self.run(
          paths, options: options, stop: stop, progress: progress, continuation: continuation)
        continuation.finish()
      }
      continuation.onTermination = { _ in task.cancel() }
    }
  }

  /// Reads one document and returns its result.
  ///
  /// - Throws: ``DocumentFailure`` when the document cannot be read.
  public func scanDocument(_ path: String) async throws(DocumentFailure) -> DocumentResult {
    for await outcome in scan([path]) {
      switch outcome {
      case .scanned(let document): return document
      case .failed(let failure): throw failure
      }
    }
    throw DocumentFailure(source: path, kind: .cancelled, message: "\(path): cancelled")
  }

  private static func run(
    _ paths: [String], options: ScanOptions, stop: ScanStop?,
    progress: (@Sendable (ScanProgress) -> Void)?,
    continuation: AsyncStream<DocumentOutcome>.Continuation
  ) async {
    let restorer: DiacriticRestorer?
    let modelFailure: RestorerError?
    do throws(RestorerError) {
      restorer = try options.restoration.restorer()
      modelFailure = nil
    } catch {
      restorer = nil
      modelFailure = error
    }
    let opened: [Result<ScannedDocument, DocumentFailure>] = paths.map { path in
      if let modelFailure { return .failure(DocumentFailure(source: path, error: modelFailure)) }
      do {
        return .success(try ScannedDocument(path: path, maximumPixels: options.maximumPixels))
      } catch {
        return .failure(DocumentFailure(source: path, error: error))
      }
    }
    let collector = OutcomeCollector(
      opened: opened, parser: options.parser, progress: progress, continuation: continuation)
    var jobs: [PageJob] = []
    for case (let index, .success(let document)) in opened.enumerated() {
      jobs += (1...document.pageCount).map {
        PageJob(documentIndex: index, document: document, page: $0)
      }
    }
    let queue = PageJobQueue(jobs, stop: stop)
    await collector.flush()
    let workerCount = max(1, min(options.jobs, jobs.count))
    await withTaskGroup(of: Void.self) { group in
      for number in 0..<workerCount {
        group.addTask {
          let worker = OCRWorker(
            configuration: options.ocr, passes: [options.looks], label: "vanban.ocr.\(number)")
          while !Task.isCancelled, let job = await queue.next() {
            guard await !collector.hasFailed(job.documentIndex) else { continue }
            do {
              let page = try await worker.recognize(
                job.document, page: job.page, cleanup: options.cleanup)
              let layer = try? job.document.textLayer(ofPage: job.page)
              let restoration = restorer?.restore(page.text)
              var result = PageResult(
                number: job.page, recognition: page, restoration: restoration,
                textLayer: layer ?? nil)
              result.signatures = (try? job.document.signatures(onPage: job.page)) ?? []
              await collector.deliver(job, page: result)
            } catch {
              await collector.fail(job, error: error)
            }
          }
        }
      }
    }
    await collector.finishCancelled()
  }
}

/// One page to recognise.
struct PageJob: Sendable {
  let documentIndex: Int
  let document: ScannedDocument
  let page: Int
}

/// Hands out page jobs in order to whichever worker asks next.
actor PageJobQueue {
  private var jobs: [PageJob]
  private var position = 0
  private let stop: ScanStop?

  init(_ jobs: [PageJob], stop: ScanStop?) {
    self.jobs = jobs
    self.stop = stop
  }

  /// The next page to read, or nil when all are handed out or a stop was requested.
  func next() -> PageJob? {
    guard position < jobs.count, stop?.isRequested != true else { return nil }
    defer { position += 1 }
    return jobs[position]
  }
}
