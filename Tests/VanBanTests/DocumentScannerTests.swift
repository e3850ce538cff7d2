import Foundation
import TestSupport
import Testing
import VietnameseText

@testable import VanBan

@Suite("Scanning documents in parallel")
struct DocumentScannerTests {
  @Test("Good and bad files: outcomes in input order, bad files fail alone")
  func mixedBatch() async throws {
    let good =
      try FixtureManifest.scans(inSet: "format").filter { $0.pages.count > 1 && $0.format == "pdf" }
      .prefix(1)
      + FixtureManifest.scans(inSet: "ppi150").prefix(1)
    let broken = try FixtureManifest.broken()
    var paths = good.map(\.path)
    paths.insert(contentsOf: broken.map(\.path), at: 1)
    paths.append("/no/such/file.png")

    let progress = ProgressLog()
    var options = ScanOptions()
    options.jobs = 2
    let scanner = DocumentScanner(options: options)
    var outcomes: [DocumentOutcome] = []
    for await outcome in scanner.scan(paths, progress: { progress.record($0) }) {
      outcomes.append(outcome)
    }
    #expect(outcomes.map(\.source) == paths)
    let scanned = outcomes.compactMap {
      if case .scanned(let document) = $0 { document } else { nil }
    }
    let failed = outcomes.compactMap { if case .failed(let failure) = $0 { failure } else { nil } }
    #expect(scanned.count == good.count)
    #expect(failed.count == broken.count + 1)
    for (fixture, document) in zip(good, scanned) {
      #expect(document.pages.count == fixture.pages.count)
      #expect(document.pages.map(\.number) == Array(1...fixture.pages.count))
      let cer = ErrorRate.passageCharacterErrorRate(
        passage: fixture.pages.map(\.body).joined(separator: "\n"), in: document.text)
      #expect(cer < 0.03, "\(fixture.file): \(cer)")
      // A document's pages are restored together, each page keeping its own changes.
      let together = try DiacriticRestorer.bundled().restore(pages: document.pages.map(\.rawText))
      #expect(document.pages.map(\.text) == together.map(\.text))
      for page in document.pages {
        let changes = try #require(page.restoration).changes
        for change in changes { #expect(String(page.rawText[change.range]) == change.original) }
      }
    }
    for failure in failed { #expect(failure.message.contains(failure.source)) }
    // Every page of every document that opened is reported once, read or failed.
    let last = try #require(progress.last)
    #expect(last.pagesDone == last.pagesTotal)
    #expect(progress.count == last.pagesTotal)
    #expect(last.pagesTotal >= scanned.reduce(0) { $0 + $1.pages.count })
    #expect(last.documentsTotal == paths.count)
  }
}

@Suite("Restoring by default")
struct DefaultRestorationTests {
  @Test("ScanOptions() restores each page with the shipped model, as vanban scan does")
  func defaultOptionsRestore() async throws {
    let fixture = try #require(FixtureManifest.scans(inSet: "ppi200").first)
    var options = ScanOptions()
    options.jobs = 2
    let restored = try await DocumentScanner(options: options).scanDocument(fixture.path)
    options.restoration = .off
    let raw = try await DocumentScanner(options: options).scanDocument(fixture.path)
    #expect(restored.pages.allSatisfy { $0.restoration != nil })
    #expect(raw.pages.allSatisfy { $0.restoration == nil })
    #expect(restored.rawText == raw.text)
    let truth = fixture.pages.map(\.body).joined(separator: "\n")
    let restoredErrors = ErrorRate.passageCharacterErrorRate(passage: truth, in: restored.text)
    let rawErrors = ErrorRate.passageCharacterErrorRate(passage: truth, in: raw.text)
    #expect(restoredErrors <= rawErrors, "restored \(restoredErrors), raw \(rawErrors)")
    let cli = try CommandRunner.vanban(["scan", "--format", "text", fixture.path])
    #expect(
      cli.stdout.trimmingCharacters(in: .newlines)
        == restored.text.trimmingCharacters(in: .newlines))
  }
}

@Suite("Stopping a scan")
struct ScanStopTests {
  @Test("A stop requested after the first page finishes the page in flight and starts no other")
  func stopFinishesPagesInFlight() async throws {
    let paths = try FixtureManifest.scans(inSet: "ppi150").prefix(3).map(\.path)
    #expect(paths.count == 3)
    var options = ScanOptions()
    options.jobs = 2
    let stop = ScanStop()
    var outcomes: [DocumentOutcome] = []
    // Both workers start a page at once; the stop comes when the first is done, so the other
    // is in flight and must still be delivered, while the third page is never started.
    for await outcome in DocumentScanner(options: options).scan(
      paths, stop: stop, progress: { _ in stop.request() })
    {
      outcomes.append(outcome)
    }
    #expect(outcomes.map(\.source) == paths)
    let scanned = outcomes.compactMap {
      if case .scanned(let document) = $0 { document } else { nil }
    }
    #expect(scanned.map(\.source) == Array(paths.prefix(2)))
    #expect(scanned.allSatisfy { $0.text.count > 500 })
    guard case .failed(let last) = outcomes.last else {
      Issue.record("the third document was read despite the stop")
      return
    }
    #expect(last.kind == .cancelled)
  }
}

/// Collects progress reports from any thread.
final class ProgressLog: @unchecked Sendable {
  private let lock = NSLock()
  private var reports: [ScanProgress] = []
  func record(_ progress: ScanProgress) { lock.withLock { reports.append(progress) } }
  var count: Int { lock.withLock { reports.count } }
  var last: ScanProgress? { lock.withLock { reports.max { $0.pagesDone < $1.pagesDone } } }
}
