import PageImaging
import TesseractOCR
import TestSupport
import Testing

/// Recognises fixtures once per test run with a small pool of workers shared by all tests: one
/// pool per way of reading (the engine alone, or with second looks).
public struct FixtureRecognition: Sendable {
  /// The name the pages are cached under; two recognitions with the same name share pages.
  public let name: String
  private let workers: WorkerPool

  /// A recognition of fixtures with the default configuration, each page revised by `passes`.
  public init(name: String, passes: [any RecognitionPass] = []) {
    self.name = name
    self.workers = WorkerPool(count: 2, passes: passes, label: name)
  }

  /// Expects two readings of one page to agree word for word: the same text, boxes and
  /// confidences (a setting that only saves time must change nothing).
  public static func expectSame(
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

  /// All pages of a fixture.
  public func pages(of fixture: ScanFixture) async throws -> [RecognizedPage] {
    try await Self.cache.value(for: name + "\u{0}" + fixture.file) { [workers] in
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

  init(count: Int, passes: [any RecognitionPass], label: String) {
    idle = (0..<count).map { OCRWorker(passes: passes, label: "test.\(label).\($0)") }
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
