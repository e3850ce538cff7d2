import PageImaging
import TestSupport
import Testing

@testable import TesseractOCR

/// Recognises fixtures once per test run with a small pool of workers shared by all tests.
enum FixtureRecognition {
  /// Expects two readings of one page to agree word for word: the same text, boxes and
  /// confidences (a setting that only saves time must change nothing).
  static func expectSame(
    _ first: RecognizedPage, _ second: RecognizedPage,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let words = { (page: RecognizedPage) in page.lines.flatMap(\.words) }
    #expect(first.text == second.text, sourceLocation: sourceLocation)
    #expect(
      words(first).map(\.box) == words(second).map(\.box), sourceLocation: sourceLocation)
    #expect(
      words(first).map(\.confidence) == words(second).map(\.confidence),
      sourceLocation: sourceLocation)
  }

  private static let cache = AsyncCache<String, [RecognizedPage]>()
  private static let workers = WorkerPool(count: 2)

  /// All pages of a fixture, recognised with the default configuration.
  static func pages(of fixture: ScanFixture) async throws -> [RecognizedPage] {
    try await cache.value(for: fixture.file) {
      let document = try ScannedDocument(path: fixture.path)
      var pages: [RecognizedPage] = []
      for number in 1...document.pageCount {
        let worker = await workers.acquire()
        defer { Task { await workers.release(worker) } }
        pages.append(try await worker.recognize(document, page: number))
      }
      return pages
    }
  }
}

/// A fixed set of OCR workers handed out one at a time.
actor WorkerPool {
  private var idle: [OCRWorker]
  private var waiting: [CheckedContinuation<OCRWorker, Never>] = []

  init(count: Int) {
    idle = (0..<count).map { OCRWorker(label: "test.ocr.\($0)") }
  }

  func acquire() async -> OCRWorker {
    if let worker = idle.popLast() { return worker }
    return await withCheckedContinuation { waiting.append($0) }
  }

  func release(_ worker: OCRWorker) {
    if waiting.isEmpty {
      idle.append(worker)
    } else {
      waiting.removeFirst().resume(returning: worker)
    }
  }
}
