import Foundation
import PageImaging
import TesseractOCR
import TestSupport
import Testing

@testable import DispatchOCR

/// Figures written by hand into real dispatches, cut from the page with the printed words around
/// them (`Fixtures/handwriting/`), read digit by digit.
@Suite("Handwritten figures read digit by digit")
struct WrittenFigureReaderTests {
  /// One cut of `Fixtures/handwriting/figures.json`.
  struct Figure: Decodable, Sendable, CustomTestStringConvertible {
    let file: String
    let part: String
    /// The gap between the printed words, in the cut: x, y, width, height.
    let gap: [Int]
    /// What the clerk wrote.
    let truth: String
    /// Whether the reader is expected to read it (`false`: it must give nothing, not a guess).
    let readable: Bool
    var testDescription: String { "\(file) (\(truth))" }
  }

  static let figures: [Figure] = {
    let url = RepositoryPaths.fixture("handwriting/figures.json")
    guard let data = try? Data(contentsOf: url),
      let figures = try? JSONDecoder().decode([Figure].self, from: data)
    else { return [] }
    return figures
  }()

  @Test("The fixture list is there")
  func fixturesLoad() {
    #expect(Self.figures.count >= 6)
    #expect(Self.figures.contains { $0.readable } && Self.figures.contains { !$0.readable })
  }

  @Test("A figure is read right, or not at all; never a wrong value", arguments: figures)
  func reads(_ figure: Figure) throws {
    let path = RepositoryPaths.fixture("handwriting/" + figure.file).path
    let image = try #require(try ScannedDocument(path: path).loadPage(1).image.greyImage)
    let part = try #require(HandwrittenFigureLook.Part(rawValue: figure.part))
    let gap = BoundingBox(
      x: figure.gap[0], y: figure.gap[1], width: figure.gap[2], height: figure.gap[3])
    let reading = WrittenFigureReader.read(part, in: image, gap: gap)
    // Sure readings are right; a less sure one, offered for Tesseract to confirm, may be wrong
    // but is never sure.
    if figure.readable {
      #expect(reading?.value == figure.truth && reading?.isSure == true)
    } else if let reading, reading.isSure {
      #expect(reading.value == figure.truth)
    }
  }

  @Test("A figure with nothing written in its gap reads as nothing")
  func blankGap() throws {
    let figure = try #require(Self.figures.first { $0.readable && $0.part == "number" })
    let path = RepositoryPaths.fixture("handwriting/" + figure.file).path
    let image = try #require(try ScannedDocument(path: path).loadPage(1).image.greyImage)
    // The same cut with the gap painted over with paper.
    var pixels = image.pixels
    for y in 0..<image.height {
      for x in figure.gap[0]..<(figure.gap[0] + figure.gap[2] - figure.gap[3] / 8) {
        pixels[y * image.width + x] = 255
      }
    }
    let blank = GreyImage(width: image.width, height: image.height, pixels: pixels)
    let gap = BoundingBox(
      x: figure.gap[0], y: figure.gap[1], width: figure.gap[2], height: figure.gap[3])
    #expect(WrittenFigureReader.read(.number, in: blank, gap: gap) == nil)
  }

  @Test("A rule across the cut (an underline, the page's edge) is no glyph and swallows none")
  func ruleAcrossTheCut() {
    // 01CT: the day's cut reached the page's dark top edge, and every glyph under it was taken
    // for its accent.
    let (width, height) = (90, 40)
    var pixels = [UInt8](repeating: 255, count: width * height)
    let paint = { (xs: Range<Int>, ys: Range<Int>) in
      for y in ys { for x in xs { pixels[y * width + x] = 0 } }
    }
    paint(0..<width, 0..<3)  // the rule, edge to edge
    paint(10..<16, 12..<32)  // two strokes, a figure's height
    paint(30..<36, 12..<32)
    let glyphs = InkGlyphs.glyphs(
      in: GreyImage(width: width, height: height, pixels: pixels), minimumPixels: 4)
    #expect(glyphs.map(\.x) == [10, 30])
    #expect(glyphs.allSatisfy { !$0.isMark && $0.height == 20 })
  }

  @Test("A digit is normalised as MNIST's are: fitted to 20 × 20, its centre of mass in the middle")
  func normalisation() {
    // A tall bar, 10 × 40, with a foot to the right.
    var ink = [Float](repeating: 0, count: 30 * 40)
    for y in 0..<40 { for x in 0..<10 { ink[y * 30 + x] = 1 } }
    for y in 35..<40 { for x in 10..<30 { ink[y * 30 + x] = 1 } }
    let image = HandwrittenDigit(width: 30, height: 40, ink: ink).normalised
    #expect(image.count == 28 * 28)
    let rows = (0..<28).filter { y in (0..<28).contains { image[y * 28 + $0] > 0.1 } }
    let columns = (0..<28).filter { x in (0..<28).contains { image[$0 * 28 + x] > 0.1 } }
    #expect(rows.count == 20)
    #expect((14...16).contains(columns.count))
    let mass = image.reduce(0, +)
    let centreX = (0..<784).reduce(Float(0)) { $0 + image[$1] * (Float($1 % 28) + 0.5) } / mass
    let centreY = (0..<784).reduce(Float(0)) { $0 + image[$1] * (Float($1 / 28) + 0.5) } / mass
    #expect(abs(centreX - 14) < 1 && abs(centreY - 14) < 1)
  }
}
