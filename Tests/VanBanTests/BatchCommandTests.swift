import Foundation
import TestSupport
import Testing

@testable import VanBan

/// `vanban batch` as a user runs it, interrupted with Ctrl-C and then killed with SIGKILL
/// mid-way, and resumed each time: nothing lost, nothing twice.
@Suite("vanban batch")
struct BatchCommandTests {
  @Test("Ctrl-C, then kill -9, then a resumed run: every document once, summary line and exit 2")
  func interruptedAndResumed() async throws {
    let run = try await InterruptedArchive.run()
    // Ctrl-C stops cleanly with 130 and leaves whole documents only. It came with two
    // documents committed and the third one's page in flight, which is finished and kept.
    #expect(run.interrupted.status == 130, "\(run.interrupted.stderr)")
    #expect(run.interrupted.stderr.contains("finishing the pages in flight"))
    #expect(run.countsAfterInterrupt["documents"] ?? 0 >= 3, "\(run.interrupted.stderr)")
    #expect(run.countsAfterInterrupt["documents"] ?? 0 < InterruptedArchive.total)
    #expect(run.countsAfterInterrupt["pages"] == (run.countsAfterInterrupt["documents"] ?? 0) - 1)
    // kill -9 came after at least one more commit and before the end.
    #expect(run.countsAfterKill["documents"] ?? 0 > run.countsAfterInterrupt["documents"] ?? 0)
    #expect(run.countsAfterKill["documents"] ?? 0 < InterruptedArchive.total)

    #expect(run.final.status == 2, "\(run.final.stderr)")
    #expect(run.final.stdout == "5 documents, 4 pages, 1 failed (see vanban report --failed)\n")
    let counts = run.finalCounts
    #expect(counts["documents"] == InterruptedArchive.total)
    #expect(counts["distinct_sha256"] == InterruptedArchive.total)
    #expect(counts["pages"] == InterruptedArchive.total - 1)
    #expect(counts["documents_fts"] == InterruptedArchive.total - 1)
    #expect(counts["sources"] == InterruptedArchive.total)
    // Not a terminal: one plain line per document read in the last run.
    // The broken file may be recorded before or after the kill, so its line counts like the others.
    let lines = run.final.stderr.split(separator: "\n").filter { $0.hasPrefix("[") }
    #expect(
      lines.count == InterruptedArchive.total - (run.countsAfterKill["documents"] ?? 0),
      "\(run.final.stderr)")
    #expect(
      lines.filter { !$0.contains("failed") }.allSatisfy { $0.contains(": 1 pages") }, "\(lines)")
  }

  @Test("A second run over a finished catalogue reads nothing and prints the same summary")
  func idempotent() async throws {
    let run = try await InterruptedArchive.run()
    let again = try CommandRunner.vanban([
      "batch", run.tree.archive.path, "--catalog", run.tree.catalogue,
    ])
    #expect(again.status == 2)
    #expect(again.stdout == run.final.stdout)
    #expect(again.stderr.contains("0 to read"))
  }

  @Test("Usage and fatal errors: missing folder exits 1, no folder or --alto without --out exit 64")
  func errors() throws {
    let tree = try BatchTestTree()
    defer { tree.remove() }
    let missing = try CommandRunner.vanban([
      "batch", "/no/such/folder", "--catalog", tree.catalogue,
    ])
    #expect(missing.status == 1)
    #expect(missing.stderr.contains("/no/such/folder"))
    let unwritable = try CommandRunner.vanban([
      "batch", tree.archive.path, "--catalog", "/proc/x/catalogue.sqlite",
    ])
    #expect(unwritable.status == 1)
    #expect(unwritable.stderr.contains("catalogue"))
    #expect(try CommandRunner.vanban(["batch", "--catalog", tree.catalogue]).status == 64)
    #expect(
      try CommandRunner.vanban(["batch", tree.archive.path, "--catalog", tree.catalogue, "--alto"])
        .status == 64)
  }
}

/// Five files (one broken, four one-page dispatches) batched with one worker, interrupted with
/// SIGINT, resumed and killed with SIGKILL, then resumed to the end. Run once, shared.
enum InterruptedArchive {
  static let total = 5
  private static let cache = AsyncCache<Int, Result>()

  struct Result: Sendable {
    let tree: BatchTestTree
    let interrupted: RunOutput
    let countsAfterInterrupt: [String: Int]
    let countsAfterKill: [String: Int]
    let final: CommandRunner.Output
    let finalCounts: [String: Int]
  }

  static func run() async throws -> Result {
    try await cache.value(for: 0) {
      let tree = try BatchTestTree()
      // The broken file sorts first, so the first commit comes at once.
      try tree.add("broken/garbage.jpg", as: "a/garbage.jpg")
      try tree.add("scans/tb-496-tu-200.jpg", as: "b/tb-496.jpg")
      try tree.add("scans/cv-115-pa83-200.jpg", as: "b/cv-115.jpg")
      try tree.add("scans/cv-1846-snnmt-200.jpg", as: "c/cv-1846.jpg")
      try tree.add("scans/tb-512-bnv-200.jpg", as: "c/tb-512.jpg")
      let arguments = ["batch", tree.archive.path, "--catalog", tree.catalogue, "--jobs", "1"]

      let interrupted = try await runUntil(arguments, tree: tree, documents: 2, signal: SIGINT)
      let afterInterrupt = try await Catalogue(path: tree.catalogue, create: false).rowCounts()
      // One more document committed by the resumed run, then kill -9 in the middle of the next.
      let killed = try await runUntil(arguments, tree: tree, documents: 1, signal: SIGKILL)
      #expect(killed.status != 0)
      let afterKill = try await Catalogue(path: tree.catalogue, create: false).rowCounts()
      let final = try CommandRunner.vanban(arguments)
      let finalCounts = try await Catalogue(path: tree.catalogue, create: false).rowCounts()
      return Result(
        tree: tree, interrupted: interrupted, countsAfterInterrupt: afterInterrupt,
        countsAfterKill: afterKill,
        final: final, finalCounts: finalCounts)
    }
  }

  /// How long after a document's line Ctrl-C is sent: long enough for the worker to have
  /// claimed the next file on a loaded machine, short beside the 1.6–2 s a page takes on a quiet
  /// one (12 s under CI's load).
  private static let settle = 0.4

  /// Starts `vanban`, waits until this run has reported `documents` documents done on stderr
  /// (one line each, written after the document's commit), sends `signal` (Ctrl-C ``settle``
  /// seconds later) and waits for the process to end. The process is then reading the next
  /// document.
  ///
  /// Stderr is read, and the signal sent, on a thread of its own: a task would wait for a
  /// thread of Swift's cooperative pool, which tests running CPU-bound work beside this one can
  /// hold for seconds, and the signal would come after the run had ended.
  private static func runUntil(
    _ arguments: [String], tree: BatchTestTree, documents: Int, signal: Int32
  ) async throws -> RunOutput {
    let process = Process()
    process.executableURL = CommandRunner.productsDirectory.appendingPathComponent("vanban")
    process.arguments = arguments
    let stdoutPath = tree.root.appendingPathComponent("stdout-\(signal).txt")
    try Data().write(to: stdoutPath)
    process.standardOutput = try FileHandle(forWritingTo: stdoutPath)
    let errors = Pipe()
    process.standardError = errors
    try process.run()
    let target = process.processIdentifier
    let stderr = await withCheckedContinuation { (done: CheckedContinuation<String, Never>) in
      Thread {
        var text = ""
        var signalled = false
        let handle = errors.fileHandleForReading
        while case let chunk = handle.availableData, !chunk.isEmpty {
          text += String(decoding: chunk, as: UTF8.self)
          let reported = text.split(separator: "\n").filter { $0.hasPrefix("[") }.count
          if !signalled, reported >= documents {
            // The document's line is written once it is committed, which may be before the
            // worker has claimed the next file; a moment later it is surely reading it. A
            // kill needs no such wait, and waiting could let the last document finish first.
            if signal == SIGINT { Thread.sleep(forTimeInterval: settle) }
            _ = kill(target, signal)
            signalled = true
          }
        }
        done.resume(returning: text)
      }.start()
    }
    process.waitUntilExit()
    return RunOutput(
      stdout: try String(contentsOf: stdoutPath, encoding: .utf8), stderr: stderr,
      status: process.terminationStatus)
  }
}

/// What a run started by the test printed and how it ended.
struct RunOutput: Sendable {
  var stdout: String
  var stderr: String
  var status: Int32
}
