import Foundation
import Synchronization

extension BatchRunner {
  /// A run that takes its work from a shared queue (PostgreSQL): walks and queues the files
  /// under `roots`, then reads the documents it claims until nothing is left under them for
  /// anyone, while a heartbeat renews its leases. Other processes running the same command share
  /// the work; each document is committed by one of them only.
  func runShared(
    _ queue: PostgresQueue, roots paths: [String], stop: ScanStop?,
    events: @escaping @Sendable (BatchEvent) -> Void
  ) async throws(BatchError) -> BatchSummary {
    let roots = QueueRoots(paths)
    for root in paths where !FileManager.default.fileExists(atPath: root) {
      throw .inputNotFound(path: root)
    }
    let excluded = Set(options.outputFolder.map { [$0] } ?? [])
    let listing = try ArchiveWalker(excluded: excluded).listing(under: roots.paths)
    // The --out layout of the SQLite path (each folder's tree under its name when there are
    // several), by queued path; colliding outputs stop the run before anything is queued.
    let outputPaths = try options.outputFolder.map { output throws(BatchError) in
      let relative = try OutputTree.relativePaths(
        for: listing.files, roots: roots.paths, output: output)
      return Dictionary(
        zip(listing.files.map { ArchiveWalker.standardised($0.path) }, relative),
        uniquingKeysWith: { first, _ in first })
    }
    if stop?.isRequested == true { throw .interruptedBeforeReading }
    let worker = try await detached {
      try await queue.join(roots: roots, jobs: options.scan.jobs, lease: options.lease)
    }
    do {
      let summary = try await work(
        queue, worker: worker, listing: listing, outputPaths: outputPaths ?? [:], roots: roots,
        stop: stop, events: events)
      try await detached {
        try await queue.leave(worker, state: summary.interrupted ? "interrupted" : "finished")
      }
      return summary
    } catch {
      _ = try? await detached { try await queue.leave(worker, state: "failed") }
      throw error
    }
  }

  private func work(
    _ queue: PostgresQueue, worker: PostgresQueue.Worker, listing: ArchiveListing,
    outputPaths: [String: String], roots: QueueRoots, stop: ScanStop?,
    events: @escaping @Sendable (BatchEvent) -> Void
  ) async throws(BatchError) -> BatchSummary {
    let files = listing.files.map(\.path)
    var plan = try await detached {
      try await queue.enqueue(files, roots: roots, retryFailed: options.retryFailed, worker: worker)
    }
    if !listing.skipped.isEmpty {
      let catalogue = self.catalogue
      let (known, statuses) = try await detached {
        (try await catalogue.fingerprints(), try await catalogue.statuses())
      }
      try await recordSkipped(listing.skipped, known: known, statuses: statuses)
    }
    for skipped in listing.skipped { events(.skipped(skipped)) }
    plan.skipped = listing.skipped.count
    events(.planned(plan))
    let heartbeat = Task {
      while !Task.isCancelled {
        try? await Task.sleep(for: .milliseconds(Int(worker.lease / 3 * 1000)))
        try? await queue.renew(worker)
      }
    }
    defer { heartbeat.cancel() }
    let processed = Mutex(0)
    let feed = QueueFeed(queue: queue, worker: worker, roots: roots, stop: stop) { failure in
      let done = processed.withLock { count -> Int in
        count += 1
        return count
      }
      events(
        .document(
          DocumentReport(
            source: failure.source, pages: 0, failure: failure, seconds: 0, documentsDone: done,
            documentsTotal: 0)))
    }
    let output = options.outputFolder.map {
      OutputTree(
        root: $0, alto: options.alto, pdf: options.pdf,
        fontFolders: [options.scan.ocr.resolvedDataDirectory])
    }
    let scanner = DocumentScanner(options: options.scan)
    for await outcome in scanner.scan(feed: feed, stop: stop, progress: { events(.page($0)) }) {
      guard let (claim, file) = feed.take(outcome.source) else { continue }
      let seconds = Date().timeIntervalSince(claim.claimedAt)
      var report = DocumentReport(
        source: outcome.source, pages: 0, failure: nil, seconds: seconds, documentsDone: 0,
        documentsTotal: 0)
      let result: QueueCommit
      var outcome = outcome
      if case .scanned(let document) = outcome {
        do {
          try output?.writePDF(
            document, relativePath: outputPaths[claim.path] ?? roots.relativePath(of: claim.path))
        } catch {
          outcome = .failed(DocumentFailure(source: document.source, error: error))
        }
      }
      switch outcome {
      case .scanned(let document):
        try output?.write(
          document, relativePath: outputPaths[claim.path] ?? roots.relativePath(of: claim.path))
        result = try await detached {
          try await queue.commit(
            document, claim: claim, file: file, seconds: seconds, worker: worker)
        }
        report.pages = document.pages.count
      case .failed(let failure) where failure.kind == .cancelled:
        try await detached { try await queue.release([claim], worker: worker) }
        continue
      case .failed(let failure):
        result = try await detached {
          try await queue.commit(failure, claim: claim, file: file, worker: worker)
        }
        report.failure = failure
      }
      guard result == .committed else { continue }
      report.documentsDone = processed.withLock { count -> Int in
        count += 1
        return count
      }
      events(.document(report))
    }
    if let error = feed.error { throw .catalogue(error) }
    try await detached { try await queue.release(feed.outstanding, worker: worker) }
    let totals = try await detached { try await queue.summary(roots: roots) }
    let interrupted = stop?.isRequested == true && totals.remaining > 0
    return BatchSummary(
      documents: totals.documents, pages: totals.pages, failed: totals.failed,
      processed: processed.withLock { $0 }, remaining: totals.remaining,
      interrupted: interrupted, skipped: listing.skipped.count)
  }

  /// Runs a catalogue call in a task of its own, so that a Ctrl-C arriving mid-write (which
  /// cancels the run's task) cannot abort a transaction.
  func detached<T: Sendable>(_ body: @escaping @Sendable () async throws -> T)
    async throws(BatchError) -> T
  {
    let path = catalogue.path
    let result = await Task { () async -> Result<T, CatalogueError> in
      do { return .success(try await body()) } catch {
        return .failure(
          error as? CatalogueError ?? .databaseFailed(path: path, reason: "\(error)"))
      }
    }.value
    switch result {
    case .success(let value): return value
    case .failure(let error): throw .catalogue(error)
    }
  }
}
