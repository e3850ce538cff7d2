import DiacriticRestorer
import Foundation
import Synchronization
import TestSupport

@testable import VanBan

/// A temporary archive folder built from committed fixtures, with its catalogue beside it.
struct BatchTestTree: Sendable {
  let root: URL
  var archive: URL { root.appendingPathComponent("archive") }
  var catalogue: String { root.appendingPathComponent("catalogue.sqlite").path }
  var output: URL { root.appendingPathComponent("out") }

  /// A new empty tree under the system's temporary folder.
  init() throws {
    root = TemporaryFolder.root.appendingPathComponent(
      "vanban-batch-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent("archive"), withIntermediateDirectories: true)
  }

  /// Copies the fixture at `fixture` (relative to `Fixtures/`) to `path` in the archive.
  @discardableResult
  func add(_ fixture: String, as path: String) throws -> URL {
    let target = archive.appendingPathComponent(path)
    try FileManager.default.createDirectory(
      at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: RepositoryPaths.fixture(fixture), to: target)
    return target
  }

  /// Scan options for tests: two workers, the shipped restorer, the parser.
  static func options() throws -> BatchOptions {
    var options = BatchOptions()
    options.scan.jobs = 2
    return options
  }

  /// Runs a batch over the archive and returns the summary and the events seen.
  func run(_ options: BatchOptions) async throws -> (BatchSummary, [BatchEvent]) {
    let events = EventLog()
    let catalogue = try Catalogue(path: catalogue)
    let summary = try await BatchRunner(catalogue: catalogue, options: options).run([archive.path])
    { events.append($0) }
    return (summary, events.events)
  }

  /// The plan of the last run among `events`.
  static func plan(in events: [BatchEvent]) -> BatchPlan? {
    events.lazy.compactMap { if case .planned(let plan) = $0 { plan } else { nil } }.first
  }

  func remove() { try? FileManager.default.removeItem(at: root) }
}

/// Collects events from any thread.
final class EventLog: Sendable {
  private let stored = Mutex<[BatchEvent]>([])

  func append(_ event: BatchEvent) { stored.withLock { $0.append(event) } }
  var events: [BatchEvent] { stored.withLock { $0 } }
}

/// The archive most tests read: two dispatches (one nested, one duplicated under another name),
/// four broken files and a symbolic link looping back to the root. Built and run once.
enum SharedArchive {
  static let good = ["scans/bc-365-lechan-200.jpg", "scans/cv-2207-stnmt-200.jpg"]
  static let broken = [
    "broken/empty.png", "broken/truncated.pdf", "broken/notes.tiff", "broken/encrypted.pdf",
  ]
  private static let cache = AsyncCache<Int, SharedRun>()

  struct SharedRun: Sendable {
    let tree: BatchTestTree
    let summary: BatchSummary
    let events: [BatchEvent]
  }

  static func run() async throws -> SharedRun {
    try await cache.value(for: 0) {
      let tree = try BatchTestTree()
      try tree.add(good[0], as: "2025/bao-cao/bc-365.jpg")
      try tree.add(good[1], as: "2025/cong-van/cv-2207.jpg")
      try tree.add(good[0], as: "copies/ban-sao-bc-365.jpg")
      for path in broken { try tree.add(path, as: "loi/" + (path as NSString).lastPathComponent) }
      try FileManager.default.createSymbolicLink(
        atPath: tree.archive.appendingPathComponent("2025/loop").path,
        withDestinationPath: tree.archive.path)
      var options = try BatchTestTree.options()
      options.outputFolder = tree.output.path
      options.alto = true
      let (summary, events) = try await tree.run(options)
      return SharedRun(tree: tree, summary: summary, events: events)
    }
  }
}
