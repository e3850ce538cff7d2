import OCRTestSupport
import PageImaging
import TestSupport
import Testing

@testable import TesseractOCR

@Suite("Word images handed to the recogniser uncompressed")
struct WordImageHandOverTests {
  @Test("The test runner links libtesseract itself, so the PNG round trip is bypassed")
  func available() {
    #expect(WordImageHandOver.isAvailable)
  }

  @Test("Same words, boxes and confidences with and without Tesseract's PNG round trip")
  func identicalRecognition() async throws {
    let fixture = try #require(FixtureManifest.scans(inSet: "ppi150").first)
    let document = try ScannedDocument(path: fixture.path)
    var png = OCRConfiguration()
    png.uncompressedWordImages = false
    var raw = OCRConfiguration()
    raw.uncompressedWordImages = true
    let before = WordImageHandOver.substitutions
    let withPNG = try await OCRWorker(configuration: png, label: "test.png")
      .recognize(document, page: 1)
    let afterPNG = WordImageHandOver.substitutions
    let uncompressed = try await OCRWorker(configuration: raw, label: "test.raw")
      .recognize(document, page: 1)
    // Tesseract's LSTM recognises a text line at a time, so there is an image per line or so.
    // Other suites may recognise pages meanwhile, so only the uncompressed run is sure to count.
    #expect(WordImageHandOver.substitutions - afterPNG >= UInt(uncompressed.lines.count) / 2)
    #expect(afterPNG >= before)
    #expect(withPNG.text.count > 1000)
    FixtureRecognition.expectSame(uncompressed, withPNG)
  }
}
