import DispatchParser
import PageImaging
import TesseractOCR

/// Gathers pages as workers finish them and releases whole documents in input order.
actor OutcomeCollector {
  private enum State {
    /// Pages still being read, or all read and their restoration still running.
    case pending(ScannedDocument, pages: [Int: PageResult])
    /// All pages read and restored, in order: ready to emit.
    case complete(ScannedDocument, pages: [PageResult])
    case failed(DocumentFailure)
    case emitted
  }

  private var states: [State]
  private var nextToEmit = 0
  private var pagesDone = 0
  private var documentsDone = 0
  private var pagesTotal: Int
  private let parser: DispatchParser?
  private let progress: (@Sendable (ScanProgress) -> Void)?
  private let continuation: AsyncStream<DocumentOutcome>.Continuation

  init(
    opened: [Result<ScannedDocument, DocumentFailure>], parser: DispatchParser?,
    progress: (@Sendable (ScanProgress) -> Void)?,
    continuation: AsyncStream<DocumentOutcome>.Continuation
  ) {
    states = opened.map { result in
      switch result {
      case .success(let document): return .pending(document, pages: [:])
      case .failure(let failure): return .failed(failure)
      }
    }
    pagesTotal = opened.reduce(0) { total, result in
      if case .success(let document) = result { return total + document.pageCount }
      return total
    }
    documentsDone = states.filter { if case .failed = $0 { true } else { false } }.count
    self.parser = parser
    self.progress = progress
    self.continuation = continuation
  }

  /// Adds a document handed out by a feed; returns its index. A document that could not be
  /// opened is emitted as soon as the documents before it are.
  func append(_ opened: Result<ScannedDocument, DocumentFailure>) -> Int {
    switch opened {
    case .success(let document):
      states.append(.pending(document, pages: [:]))
      pagesTotal += document.pageCount
    case .failure(let failure):
      states.append(.failed(failure))
      documentsDone += 1
    }
    flush()
    return states.count - 1
  }

  func hasFailed(_ index: Int) -> Bool {
    if case .failed = states[index] { return true }
    return false
  }

  /// Adds a page as read; returns the document's pages in order once this was its last,
  /// for the caller to restore together and hand back with ``complete(_:pages:)``.
  func deliver(_ job: PageJob, page: PageResult) -> [PageResult]? {
    pagesDone += 1
    guard case .pending(let document, var pages) = states[job.documentIndex] else { return nil }
    pages[job.page] = page
    states[job.documentIndex] = .pending(document, pages: pages)
    let whole = pages.count == document.pageCount
    if whole { documentsDone += 1 }
    report(job)
    return whole ? (1...document.pageCount).compactMap { pages[$0] } : nil
  }

  /// The pages of document `index`, restored: the document is emitted once those before it are.
  func complete(_ index: Int, pages: [PageResult]) {
    guard case .pending(let document, _) = states[index] else { return }
    states[index] = .complete(document, pages: pages)
    flush()
  }

  func fail(_ job: PageJob, error: any Error) {
    pagesDone += 1
    guard case .pending = states[job.documentIndex] else { return }
    var failure = DocumentFailure(source: job.document.path, error: error)
    if job.document.pageCount > 1, failure.kind != .languageDataMissing {
      failure.message += " (page \(job.page))"
    }
    states[job.documentIndex] = .failed(failure)
    documentsDone += 1
    report(job)
    flush()
  }

  /// Emits every document, in input order, that is complete and has no unfinished one before it.
  func flush() {
    while nextToEmit < states.count {
      switch states[nextToEmit] {
      case .failed(let failure):
        continuation.yield(.failed(failure))
      case .complete(let document, let ordered):
        var result = DocumentResult(source: document.path, format: document.format, pages: ordered)
        result.notes = document.notes
        // Tesseract's own text backs up the restored one where restoration garbled a date or
        // a symbol; without restoration the two are the same.
        result.record = parser?.parse(
          result.text, unrestored: result.rawText,
          notes: document.notes
            + ordered.flatMap { page in
              page.recognition.notes.map { "\($0) (page \(page.number))" }
            })
        // Signing software writes its boxes into the PDF's text layer, which OCR may not see.
        let layers = ordered.compactMap(\.textLayer).joined(separator: "\n")
        let signed = ordered.flatMap(\.signatures).map {
          DigitalSignature(signer: $0.signer, email: nil, time: $0.time)
        }
        if result.record != nil {
          for signature in signed + DispatchParser.digitalSignatures(in: layers)
          where result.record?.digitalSignatures.contains(signature) == false {
            result.record?.digitalSignatures.append(signature)
          }
        }
        continuation.yield(.scanned(result))
      case .pending, .emitted:
        return
      }
      states[nextToEmit] = .emitted
      nextToEmit += 1
    }
  }

  /// After a cancelled run, reports the documents that were not finished as cancelled.
  func finishCancelled() {
    for index in nextToEmit..<states.count {
      // A document whose pages were all read is complete by now: its reader restored it
      // before leaving the task group this follows.
      if case .pending(let document, _) = states[index] {
        states[index] = .failed(
          DocumentFailure(
            source: document.path, kind: .cancelled, message: "\(document.path): cancelled"))
      }
    }
    flush()
  }

  private func report(_ job: PageJob) {
    progress?(
      ScanProgress(
        source: job.document.path, page: job.page, pagesDone: pagesDone, pagesTotal: pagesTotal,
        documentsDone: documentsDone, documentsTotal: states.count))
  }
}
