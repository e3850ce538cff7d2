import OCRTestSupport
import PageImaging
import TestSupport
import Testing

@testable import TesseractOCR

@Suite("Tesseract's fixed-pitch test, off by default")
struct FixedPitchTests {
  @Test("Same words, boxes and confidences with and without the fixed-pitch test")
  func identicalRecognition() async throws {
    let fixture = try #require(FixtureManifest.scans(inSet: "ppi200").first)
    let document = try ScannedDocument(path: fixture.path)
    var tested = OCRConfiguration()
    tested.testFixedPitch = true
    #expect(!OCRConfiguration().testFixedPitch)
    let withTest = try await OCRWorker(configuration: tested, label: "test.pitch")
      .recognize(document, page: 1)
    let withoutTest = try #require(try await engineRecognition.pages(of: fixture).first)
    #expect(withTest.text.count > 1000)
    FixtureRecognition.expectSame(withoutTest, withTest)
  }
}
