// The queue benchmark: `claimers` tasks, each a worker of its own with its own connection, take
// `documents` light documents from one PostgreSQL queue — a dispatch's text read from a file,
// restored and parsed, committed as a one-page document — and the run measures claims per
// second, the latency of each claim, and duplicates (a file claimed, read and committed twice).
//
//   swift run -c release queue-benchmark --url postgres://… --documents 10000 --claimers 50
//   --work none  commits each text as it is, leaving the queue and the database the only work.

import ArgumentParser
import Crypto
import DiacriticRestorer
import DispatchParser
import Foundation
import Synchronization
import TesseractOCR
import VanBan

@main
struct QueueBenchmark: AsyncParsableCommand {
  enum Work: String, ExpressibleByArgument {
    /// Claims only: the queue itself, each file claimed and kept.
    case claim
    /// Claim, hash check and commit of the text as it is.
    case none
    /// Claim, hash check, restoration and parsing, commit: a light document.
    case restore
  }

  @Option(help: "The database (emptied first: give a throwaway one).") var url: String
  @Option(help: "Light documents to queue.") var documents = 10_000
  @Option(help: "Concurrent claimers, each a worker with its own connection.") var claimers = 50
  @Option(
    help:
      "Per document: claim (claim only), none (claim, check and commit the text), or restore (restore and parse it first)."
  )
  var work: Work = .restore
  @Option(help: "The repository, for its fixtures.") var repository = "../../.."
  @Option(help: "The server's postmaster process, to count its processor time.")
  var postmaster: Int32?

  func run() async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "vanban-queue-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let corpus = try Corpus(repository: repository)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    var files: [String] = []
    for index in 0..<documents {
      let path = folder.appendingPathComponent(
        String(format: "%03d/doc-%06d.txt", index / 1000, index))
      try FileManager.default.createDirectory(
        at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(corpus.document(index).utf8).write(to: path)
      files.append(path.path)
    }
    let template = try await Self.pageTemplate(repository: repository)
    let restorer = work == .restore ? try DiacriticRestorer.bundled() : nil
    let parser = DispatchParser()

    let catalogue = try await Catalogue.open(url, connections: claimers + 2)
    guard let queue = catalogue.queue else { throw ValidationError("--url must be PostgreSQL") }
    let roots = QueueRoots([folder.path])
    let setup = try await queue.join(roots: roots, jobs: 1, lease: 600)
    let walkStart = ContinuousClock.now
    let plan = try await queue.enqueue(files, roots: roots, retryFailed: false, worker: setup)
    let queued = ContinuousClock.now - walkStart
    try await queue.leave(setup, state: "finished")
    say("queued \(plan.pending) files in \(queued)")

    let tally = Tally()
    let clientBefore = ProcessorTime.ownSeconds()
    let serverBefore = postmaster.map(ProcessorTime.serverSeconds(postmaster:)) ?? 0
    let start = ContinuousClock.now
    try await withThrowingTaskGroup(of: Void.self) { group in
      for _ in 0..<claimers {
        group.addTask {
          let worker = try await queue.join(roots: roots, jobs: 1, lease: 600)
          while true {
            let asked = ContinuousClock.now
            let claim = try await queue.claim(for: worker, roots: roots)
            let waited = ContinuousClock.now - asked
            tally.latencies.withLock { $0.append(Self.milliseconds(waited)) }
            guard let claim else {
              if work == .claim { break }
              if try await queue.isDrained(roots: roots, worker: worker) { break }
              try await Task.sleep(for: .milliseconds(50))
              continue
            }
            if work == .claim {
              tally.committed.withLock { $0[claim.path, default: 0] += 1 }
              continue
            }
            let data = try Data(contentsOf: URL(fileURLWithPath: claim.path))
            let file = FileFingerprint(
              path: claim.path, sha256: ContentHashing.sha256(data), size: claim.size,
              modified: claim.modified)
            guard try await queue.resolve(claim, as: file, worker: worker) == .read else {
              continue
            }
            let text = String(decoding: data, as: UTF8.self)
            var page = template
            page.blocks = []
            page.lines = text.split(separator: "\n").map { line in
              TextLine(
                words: line.split(separator: " ").map {
                  RecognizedWord(
                    text: String($0), box: BoundingBox(x: 0, y: 0, width: 1, height: 1),
                    confidence: 90)
                })
            }
            let restoration = restorer?.restore(page.text)
            var document = DocumentResult(
              source: claim.path, format: .png,
              pages: [PageResult(number: 1, recognition: page, restoration: restoration)])
            if restorer != nil { document.record = parser.parse(document.text) }
            let result = try await queue.commit(
              document, claim: claim, file: file, seconds: 0, worker: worker)
            if result == .committed { tally.committed.withLock { $0[claim.path, default: 0] += 1 } }
          }
          tally.workers.withLock { $0.append(worker) }
        }
      }
      try await group.waitForAll()
    }
    // Workers leave once all are done: leaving gives a worker's claims back (as Ctrl-C does), and
    // with --work claim the claims are never finished, so an early leaver's files would be
    // claimed again by the others and counted as duplicates.
    for worker in tally.workers.withLock({ $0 }) {
      try await queue.leave(worker, state: "finished")
    }
    let seconds = Self.milliseconds(ContinuousClock.now - start) / 1000
    let clientSeconds = ProcessorTime.ownSeconds() - clientBefore
    let serverSeconds =
      (postmaster.map(ProcessorTime.serverSeconds(postmaster:)) ?? 0) - serverBefore
    let counts = tally.committed.withLock { $0 }
    let duplicates = counts.values.filter { $0 > 1 }.count
    let rows = try await catalogue.rowCounts()
    let sorted = tally.latencies.withLock { $0 }.sorted()
    func percentile(_ p: Double) -> Double {
      sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
    }
    say("documents \(documents), claimers \(claimers), work \(work.rawValue)")
    say(
      String(
        format: "wall %.2f s, %.0f %@ per second", seconds, Double(counts.count) / seconds,
        work == .claim ? "claims" : "documents claimed, checked and committed"))
    say(
      String(
        format: "claim latency p50 %.2f ms, p99 %.2f ms, max %.2f ms (%d claims asked)",
        percentile(0.5), percentile(0.99), sorted.last ?? 0, sorted.count))
    say(
      "\(work == .claim ? "claimed" : "committed") \(counts.count) distinct files, \(duplicates) committed more than once; catalogue: \(rows["documents"] ?? 0) documents, \(rows["distinct_sha256"] ?? 0) distinct"
    )
    if postmaster != nil {
      let perDocument = (clientSeconds + serverSeconds) / Double(max(1, counts.count)) * 1000
      say(
        String(
          format:
            "processor time per file: %.2f ms (client %.2f, server %.2f); on %d cores alone: %.0f per second",
          perDocument, clientSeconds / Double(max(1, counts.count)) * 1000,
          serverSeconds / Double(max(1, counts.count)) * 1000,
          ProcessInfo.processInfo.activeProcessorCount,
          Double(ProcessInfo.processInfo.activeProcessorCount) * 1000 / perDocument))
    }
    if work == .restore { try await SearchComparison.run(catalogue, url: url, folder: folder) }
    await catalogue.close()
    if counts.count != documents || duplicates > 0
      || (work != .claim && rows["documents"] != documents)
    {
      throw ExitCode(1)
    }
  }

  static func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
  }

  /// A recognised page whose lines the benchmark replaces: RecognizedPage has no public
  /// initialiser, so one is read once from a fixture scan.
  static func pageTemplate(repository: String) async throws -> RecognizedPage {
    let scan = URL(fileURLWithPath: repository).appendingPathComponent(
      "Fixtures/scans/tb-512-bnv-150.jpg"
    ).path
    var options = ScanOptions()
    options.jobs = 1
    options.parser = nil
    options.restoration = .off
    let document = try await DocumentScanner(options: options).scanDocument(scan)
    return document.pages[0].recognition
  }
}

/// SHA-256 as the catalogue computes it, lower-case hex.
enum ContentHashing {
  static func sha256(_ data: Data) -> String {
    SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
  }
}

/// What the claimers count, from any task.
final class Tally: Sendable {
  /// Commits per file.
  let committed = Mutex<[String: Int]>([:])
  /// Each claim's latency, in milliseconds.
  let latencies = Mutex<[Double]>([])
  /// The claimers' workers, which leave together at the end.
  let workers = Mutex<[PostgresQueue.Worker]>([])
}

/// Prints a line at once, even into a pipe, so that nothing is lost if the run is stopped.
func say(_ line: String) {
  FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
