import DiacriticRestorer
import PageImaging
import TesseractOCR
import VietnameseText

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

  /// Reads the documents that `feed` hands out, one whenever a worker has no page left, and
  /// yields each outcome once its document is complete, in the order the feed gave them.
  ///
  /// Unlike ``scan(_:stop:progress:)`` the documents are not known in advance: progress counts
  /// the pages of the documents opened so far. Cancelling and `stop` work as there.
  public func scan(
    feed: some DocumentFeed, stop: ScanStop? = nil,
    progress: (@Sendable (ScanProgress) -> Void)? = nil
  ) -> AsyncStream<DocumentOutcome> {
    let options = self.options
    return AsyncStream { continuation in
      let task = Task {
        let (restorer, modelFailure) = Self.loadRestorer(options)
        let collector = OutcomeCollector(
          opened: [], parser: options.parser, progress: progress, continuation: continuation)
        let queue = PageJobQueue(
          [], stop: stop,
          feed: DocumentSource(
            feed: feed, maximumPixels: options.maximumPixels, modelFailure: modelFailure),
          collector: collector)
        await Self.recognize(
          queue, workers: options.jobs, options: options, restorer: restorer,
          collector: collector)
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
    let (restorer, modelFailure) = loadRestorer(options)
    let opened = paths.map {
      DocumentSource.open($0, maximumPixels: options.maximumPixels, modelFailure: modelFailure)
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
    await recognize(
      queue, workers: max(1, min(options.jobs, jobs.count)), options: options,
      restorer: restorer, collector: collector)
  }

  /// The restorer the options ask for, or why it cannot be loaded (which then fails every
  /// document as the model missing rather than reading it unrestored).
  private static func loadRestorer(_ options: ScanOptions) -> (DiacriticRestorer?, RestorerError?) {
    do throws(RestorerError) {
      return (try options.restoration.restorer(), nil)
    } catch {
      return (nil, error)
    }
  }

  /// Runs `workers` engines over the pages `queue` hands out until it has none left.
  private static func recognize(
    _ queue: PageJobQueue, workers workerCount: Int, options: ScanOptions,
    restorer: DiacriticRestorer?, collector: OutcomeCollector
  ) async {
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
              // Archive PDFs' layers are often legacy-font text mis-read as Windows-1252.
              let layer = (try? job.document.textLayer(ofPage: job.page))?.map(
                LegacyEncoding.repair)
              var result = PageResult(number: job.page, recognition: page, textLayer: layer)
              result.signatures = (try? job.document.signatures(onPage: job.page)) ?? []
              // The reader of a document's last page restores all its pages together, so
              // that what one page reads with confidence weighs on the others.
              guard var pages = await collector.deliver(job, page: result) else { continue }
              if let restorer {
                let restorations = restorer.restore(pages: pages.map(\.rawText))
                for index in pages.indices { pages[index].restoration = restorations[index] }
              }
              await collector.complete(job.documentIndex, pages: pages)
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

/// Hands out page jobs in order to whichever worker asks next; with a feed, opens the feed's next
/// document when the pages known so far are all handed out.
actor PageJobQueue {
  private var jobs: [PageJob]
  private var position = 0
  private let stop: ScanStop?
  private let feed: DocumentSource?
  private let collector: OutcomeCollector?
  private var feedEnded = false

  init(
    _ jobs: [PageJob], stop: ScanStop?, feed: DocumentSource? = nil,
    collector: OutcomeCollector? = nil
  ) {
    self.jobs = jobs
    self.stop = stop
    self.feed = feed
    self.collector = collector
  }

  /// The next page to read, or nil when all are handed out (and the feed, if any, has no more
  /// documents) or a stop was requested.
  func next() async -> PageJob? {
    while stop?.isRequested != true {
      if position < jobs.count {
        defer { position += 1 }
        return jobs[position]
      }
      guard let feed, let collector, !feedEnded else { return nil }
      guard let opened = await feed.next() else {
        feedEnded = true
        continue
      }
      let index = await collector.append(opened)
      if case .success(let document) = opened {
        jobs += (1...document.pageCount).map {
          PageJob(documentIndex: index, document: document, page: $0)
        }
      }
    }
    return nil
  }
}

/// A ``DocumentFeed``'s documents opened as ``DocumentScanner`` opens a list's: with its pixel
/// limit, and failed as the model missing when the restorer could not be loaded.
struct DocumentSource: Sendable {
  let feed: any DocumentFeed
  let maximumPixels: Int
  let modelFailure: RestorerError?

  /// The feed's next document, opened, or nil when the feed has no more.
  func next() async -> Result<ScannedDocument, DocumentFailure>? {
    guard let path = await feed.next() else { return nil }
    return await open(path)
  }

  /// Opens a document off the caller's actor (a nonisolated async function runs on the global
  /// executor): reading a large PDF's structure takes a moment.
  private func open(_ path: String) async -> Result<ScannedDocument, DocumentFailure> {
    Self.open(path, maximumPixels: maximumPixels, modelFailure: modelFailure)
  }

  /// Opens the document at `path`, or says why it cannot be read.
  static func open(_ path: String, maximumPixels: Int, modelFailure: RestorerError?) -> Result<
    ScannedDocument, DocumentFailure
  > {
    if let modelFailure { return .failure(DocumentFailure(source: path, error: modelFailure)) }
    do {
      return .success(try ScannedDocument(path: path, maximumPixels: maximumPixels))
    } catch {
      return .failure(DocumentFailure(source: path, error: error))
    }
  }
}
