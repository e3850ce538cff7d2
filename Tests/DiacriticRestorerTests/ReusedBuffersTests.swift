import DiacriticRestorer
import Foundation
import Synchronization
import TestSupport
import Testing

/// A restorer keeps what its calls worked out for the next ones (the generator's readings, the
/// decoder's buffers and the context network's share rows): what it writes must not depend on
/// what it restored before, nor on other calls running at the same time.
@Suite("Restore calls that reuse earlier calls' work")
struct ReusedBuffersTests {
  /// Texts of every channel: typed without diacritics (general and legal), English-model and
  /// Vietnamese-model OCR, and OCR of an unknown engine.
  static func texts() throws -> [String] {
    try [
      SharedRestorer.lines("heldout-general-stripped.txt", first: 12),
      SharedRestorer.lines("heldout-stripped.txt", first: 12),
      SharedRestorer.lines("seed-dispatch-ocr.txt", first: 12),
      SharedRestorer.lines("vie-ocr-lines.txt", first: 12),
      SharedRestorer.lines("heldout-engine/ocr-gocr-output.txt", first: 8),
    ]
  }

  @Test("a restorer that restored other text first writes what a new restorer writes")
  func independentOfHistory() throws {
    let texts = try Self.texts()
    let used = try #require(SharedRestorer.instance)
    for text in texts { _ = used.restore(text) }
    // Typed without diacritics (the network's share rows), English-model OCR of words the
    // texts before it typed without diacritics ("cai cach hanh chinh": the same forms, other
    // readings) and an unknown engine's OCR: each restored first thing by a new restorer.
    for text in [texts[0], texts[2], texts[4]] {
      let expected = try DiacriticRestorer(modelDirectory: RepositoryPaths.dictionaries)
        .restore(text)
      let again = used.restore(text)
      #expect(again.text == expected.text)
      #expect(again.changes.map(\.confidence) == expected.changes.map(\.confidence))
    }
  }

  @Test("restore calls running at once write what they write one after another")
  func independentOfConcurrentCalls() throws {
    let texts = try Self.texts()
    let restorer = try #require(SharedRestorer.instance)
    let serial = texts.map { restorer.restoredText($0) }
    // Two threads of their own, each restoring every text: Swift tasks would hold the
    // cooperative pool's threads for seconds, and tests that wait on timers beside this one
    // (leases, signals) would run late.
    let results = Mutex<[(Int, String)]>([])
    let group = DispatchGroup()
    for _ in 0..<2 {
      group.enter()
      Thread {
        for (index, text) in texts.enumerated() {
          let restored = restorer.restoredText(text)
          results.withLock { $0.append((index, restored)) }
        }
        group.leave()
      }.start()
    }
    group.wait()
    let concurrent = results.withLock { $0 }
    #expect(concurrent.count == texts.count * 2)
    for (index, text) in concurrent { #expect(text == serial[index], "text \(index)") }
  }
}
