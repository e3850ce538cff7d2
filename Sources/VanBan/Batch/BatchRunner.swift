import Foundation

/// Digitises an archive into a ``Catalogue``: walks the folders, skips what the catalogue already
/// holds (by content hash), reads the rest with ``DocumentScanner`` and commits each document in
/// one transaction as soon as it is done.
///
/// With a PostgreSQL catalogue the catalogue is also the work queue: the files found are queued,
/// and the run reads the documents it claims from the queue, so that the same run started on
/// several machines (seeing the input at the same paths) divides the work; it ends when nothing
/// is left under its folders for anyone (see ``PostgresQueue``).
///
/// Running it again after a crash, `kill -9` or Ctrl-C reads only what is not yet committed.
/// Requesting the run's ``ScanStop`` finishes the pages in flight, commits the documents they
/// complete and returns; cancelling the task instead abandons the pages in flight. Either way the
/// documents already committed stay and the rest are read next time.
///
/// ```swift
/// let catalogue = try Catalogue(path: "archive.sqlite")
/// let summary = try await BatchRunner(catalogue: catalogue).run(["/archive"]) { _ in }
/// print(summary.line)
/// ```
public struct BatchRunner: Sendable {
  /// Where results go.
  public var catalogue: Catalogue
  /// How documents are read and written.
  public var options: BatchOptions

  /// A runner writing into `catalogue`.
  public init(catalogue: Catalogue, options: BatchOptions = BatchOptions()) {
    self.catalogue = catalogue
    self.options = options
  }

  /// Processes every file under `roots`.
  ///
  /// - Parameters:
  ///   - roots: the folders (or single files) to read; every non-hidden file below them is a
  ///     document.
  ///   - stop: when requested, the run reads no new page, commits what the pages in flight
  ///     complete and returns an ``BatchSummary/interrupted`` summary.
  ///   - events: called for the plan, after each page and after each document.
  /// - Throws: ``BatchError`` when the run cannot go on (an input root is missing, the
  ///   catalogue or the output folder cannot be written, or `stop` was requested before the
  ///   plan was made). Bad files are not errors.
  public func run(
    _ roots: [String], stop: ScanStop? = nil,
    events: @escaping @Sendable (BatchEvent) -> Void
  ) async throws(BatchError) -> BatchSummary {
    if let queue = catalogue.backend.queue {
      return try await runShared(queue, roots: roots, stop: stop, events: events)
    }
    let plan = try await makePlan(roots, stop: stop)
    let runID = try await commit { try await $0.beginRun() }
    for skipped in plan.skipped { events(.skipped(skipped)) }
    events(.planned(plan.counts))
    let groups = Dictionary(
      plan.pending.map { ($0.primary.path, $0) }, uniquingKeysWith: { first, _ in first })
    let output = options.outputFolder.map {
      OutputTree(
        root: $0, alto: options.alto, pdf: options.pdf,
        fontFolders: [options.scan.ocr.resolvedDataDirectory])
    }
    var pages = plan.pagesAlreadyDone
    var failed = plan.counts.alreadyFailed
    var processed = 0
    var lastCommit = Date()
    let scanner = DocumentScanner(options: options.scan)
    for await outcome in scanner.scan(
      plan.pending.map(\.primary.path), stop: stop, progress: { events(.page($0)) })
    {
      guard let group = groups[outcome.source] else { continue }
      let seconds = Date().timeIntervalSince(lastCommit)
      var report = DocumentReport(
        source: outcome.source, pages: 0, failure: nil, seconds: seconds,
        documentsDone: processed + 1,
        documentsTotal: plan.pending.count)
      var outcome = outcome
      if case .scanned(let document) = outcome {
        do { try output?.writePDF(document, relativePath: group.relativePath) } catch {
          outcome = .failed(DocumentFailure(source: document.source, error: error))
        }
      }
      switch outcome {
      case .scanned(let document):
        try output?.write(document, relativePath: group.relativePath)
        try await commit {
          try await $0.record(
            document, file: group.primary, aliases: group.aliases, seconds: seconds)
        }
        report.pages = document.pages.count
        pages += document.pages.count
      case .failed(let failure) where failure.kind == .cancelled:
        continue
      case .failed(let failure):
        try await commit {
          try await $0.recordFailure(failure, file: group.primary, aliases: group.aliases)
        }
        report.failure = failure
        failed += 1
      }
      processed += 1
      lastCommit = Date()
      events(.document(report))
    }
    let summary = BatchSummary(
      documents: plan.counts.documents, pages: pages, failed: failed, processed: processed,
      remaining: plan.pending.count - processed, interrupted: processed < plan.pending.count,
      skipped: plan.counts.skipped)
    try await commit { try await $0.finishRun(runID, summary: summary) }
    return summary
  }

  /// Runs a catalogue write in a task of its own, so that a Ctrl-C arriving mid-write (which
  /// cancels the run's task) cannot abort the transaction of a document already read.
  private func commit<T: Sendable>(_ body: @escaping @Sendable (Catalogue) async throws -> T)
    async throws(BatchError) -> T
  {
    let catalogue = self.catalogue
    let result = await Task { () async -> Result<T, CatalogueError> in
      do {
        return .success(try await body(catalogue))
      } catch {
        return .failure(
          error as? CatalogueError ?? .databaseFailed(path: catalogue.path, reason: "\(error)"))
      }
    }.value
    switch result {
    case .success(let value): return value
    case .failure(let error): throw .catalogue(error)
    }
  }
}
