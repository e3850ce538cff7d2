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
  func identicalRecognition() throws {
    let fixture = try #require(FixtureManifest.scans(inSet: "ppi150").first)
    let document = try ScannedDocument(path: fixture.path)
    let cleaned = try PageCleaner(cleanup: PageCleanup()).clean(try document.loadPage(1))
    var png = OCRConfiguration()
    png.uncompressedWordImages = false
    var raw = OCRConfiguration()
    raw.uncompressedWordImages = true
    // Both engines read on this thread, whose substitution count no other test moves.
    let before = WordImageHandOver.substitutionsOnThisThread
    let withPNG = try TesseractEngine(configuration: png)
      .recognize(cleaned, passes: [], cancellation: CancellationFlag())
    let afterPNG = WordImageHandOver.substitutionsOnThisThread
    let uncompressed = try TesseractEngine(configuration: raw)
      .recognize(cleaned, passes: [], cancellation: CancellationFlag())
    let afterRaw = WordImageHandOver.substitutionsOnThisThread
    #expect(afterPNG == before, "the PNG round trip handed no image over uncompressed")
    // Tesseract's LSTM recognises a text line at a time: an image per line or so.
    #expect(afterRaw - afterPNG >= UInt(uncompressed.lines.count) / 2)
    #expect(withPNG.text.count > 1000)
    FixtureRecognition.expectSame(uncompressed, withPNG)
  }
}
