import Foundation
import OCRTestSupport
import PageImaging
import TestSupport
import Testing
import VietnameseText

@testable import TesseractOCR

/// Reading order of the two-column zones: left column, then right column.
@Suite("Two-column reading order")
struct LayoutTests {
  /// Index of the recognised line that best matches `truth`, if one matches closely.
  private func lineIndex(of truth: String, in lines: [TextLine]) -> Int? {
    let scored = lines.enumerated().map {
      ($0.offset, ErrorRate.characterErrorRate(reference: truth, hypothesis: $0.element.text))
    }
    guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= 0.25 else { return nil }
    return best.0
  }

  @Test(
    "Header and footer zones read left column first, each line its own",
    arguments: ["ppi200", "ppi150"])
  func zonesReadLeftThenRight(set: String) async throws {
    var expected = 0
    var placed = 0
    for fixture in try FixtureManifest.scans(inSet: set) {
      let pages = try await engineRecognition.pages(of: fixture)
      for (truth, page) in zip(fixture.pages, pages) {
        for (left, right) in [
          (truth.headerLeft, truth.headerRight), (truth.footerLeft, truth.footerRight),
        ]
        where !left.isEmpty && !right.isEmpty {
          // Lines Tesseract misread beyond recognition (a seal-covered title, a star) are not
          // found at all; every line that is found must sit in its column, in order.
          let leftIndices = left.compactMap { lineIndex(of: $0, in: page.lines) }.filter {
            page.lines[$0].column == .left
          }
          let rightIndices = right.compactMap { lineIndex(of: $0, in: page.lines) }.filter {
            page.lines[$0].column == .right
          }
          expected += left.count + right.count
          placed += leftIndices.count + rightIndices.count
          if let lastLeft = leftIndices.max(), let firstRight = rightIndices.min() {
            #expect(
              lastLeft < firstRight,
              "\(fixture.file): column order \(leftIndices) vs \(rightIndices)")
          }
        }
      }
    }
    #expect(
      Double(placed) >= 0.85 * Double(expected),
      "\(placed) of \(expected) zone lines read apart in their column")
  }
}
