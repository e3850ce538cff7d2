import Foundation
import OCRTestSupport
import PageImaging
import TestSupport
import Testing
import VietnameseText

@testable import TesseractOCR

@Suite("Rotation, skew and degraded scans")
struct OrientationAndCleanupTests {
  @Test("Pages turned by 90 or 180 degrees are turned upright and read")
  func rotatedPagesAreTurnedUpright() async throws {
    let fixtures = try FixtureManifest.scans(inSet: "rotation")
    #expect(fixtures.count >= 2)
    for fixture in fixtures {
      let pages = try await engineRecognition.pages(of: fixture)
      let turned = fixture.rotation ?? 0
      #expect(
        pages[0].rotation == (360 - turned) % 360,
        "\(fixture.file): turned \(turned)°, corrected \(pages[0].rotation)°")
      let cer = ErrorRate.passageCharacterErrorRate(
        passage: fixture.pages[0].body, in: pages[0].text)
      #expect(cer < 0.03, "\(fixture.file): body CER \(cer)")
    }
  }

  @Test("Skewed, dark-bordered and low-resolution scans read with a low error rate")
  func cleanupCases() async throws {
    let fixtures = try FixtureManifest.scans(inSet: "cleanup")
    #expect(!fixtures.isEmpty)
    for fixture in fixtures {
      let pages = try await engineRecognition.pages(of: fixture)
      let text = pages.map(\.text).joined(separator: "\n")
      let body = fixture.pages.map(\.body).joined(separator: "\n")
      let cer = ErrorRate.passageCharacterErrorRate(passage: body, in: text)
      #expect(cer < 0.03, "\(fixture.file): body CER \(cer)")
      if let skew = fixture.skew, abs(skew) >= 5 {
        #expect(
          abs(abs(pages[0].cleanup.skewDegrees) - abs(skew)) < 1,
          "\(fixture.file): skew \(skew), removed \(pages[0].cleanup.skewDegrees)")
      }
    }
  }

  @Test("Every format reads: PNG, JPEG, multi-page TIFF, scanned PDF")
  func formats() async throws {
    for fixture in try FixtureManifest.scans(inSet: "format") {
      let pages = try await engineRecognition.pages(of: fixture)
      #expect(pages.count == fixture.pages.count, "\(fixture.file)")
      for (truth, page) in zip(fixture.pages, pages) {
        let cer = ErrorRate.passageCharacterErrorRate(passage: truth.body, in: page.text)
        // The bilevel G4 TIFF has lost strokes and diacritics in binarisation; grey and colour
        // pages keep them.
        let bound = fixture.format == "tiff" ? 0.10 : 0.03
        #expect(cer < bound, "\(fixture.file) page \(page.number): body CER \(cer)")
      }
    }
  }

  @Test("A missing language names the package to install")
  func missingLanguageData() throws {
    let empty = TemporaryFolder.root.appendingPathComponent(
      "vanban-empty-tessdata-\(UUID())")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: empty) }
    var configuration = OCRConfiguration()
    configuration.dataDirectory = empty.path
    // A language installed nowhere: the package, not the setting, is what is missing.
    configuration.languages = "zzz"
    #expect(
      throws: OCRError.languageDataMissing(
        language: "zzz", directory: empty.path, package: "tesseract-ocr-zzz")
    ) {
      try configuration.checkLanguageData()
    }
    #expect(
      OCRError.languageDataMissing(
        language: "vie", directory: empty.path, package: "tesseract-ocr-vie"
      ).description
        .contains("apt-get install tesseract-ocr-vie"))
  }

  @Test("A data directory that lacks a language installed elsewhere is named as the cause")
  func wrongDataDirectory() throws {
    let empty = TemporaryFolder.root.appendingPathComponent(
      "vanban-wrong-tessdata-\(UUID())")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: empty) }
    var configuration = OCRConfiguration()
    configuration.dataDirectory = empty.path
    let installed = try #require(
      OCRConfiguration.standardDataDirectories.first {
        FileManager.default.fileExists(atPath: "\($0)/vie.traineddata")
      })
    #expect(
      throws: OCRError.dataDirectoryWrong(
        language: "vie", directory: empty.path, setBy: "--tessdata", installedIn: installed)
    ) {
      try configuration.checkLanguageData()
    }
  }

  @Test("Cancelling stops recognition under way")
  func cancellation() throws {
    let fixture = try #require(try FixtureManifest.scans(inSet: "ppi200").first)
    let cleaned = try PageCleaner(cleanup: PageCleanup()).clean(
      try ScannedDocument(path: fixture.path).loadPage(1))
    let engine = try TesseractEngine(configuration: OCRConfiguration())
    // A whole reading of the page, for how many times Tesseract polls the flag.
    let whole = CancellationFlag()
    _ = try engine.recognize(cleaned, passes: [], cancellation: whole)
    #expect(whole.pollCount > 20)
    // The same page cancelled at its tenth poll stops there, long before the end.
    let early = CancellationFlag(cancellingAtPoll: 10)
    #expect(throws: OCRError.cancelled) {
      try engine.recognize(cleaned, passes: [], cancellation: early)
    }
    #expect(early.pollCount < whole.pollCount / 2)
  }

  @Test("A cancelled task stops its worker before reading")
  func cancelledWorker() async throws {
    let fixture = try #require(try FixtureManifest.scans(inSet: "ppi200").first)
    let document = try ScannedDocument(path: fixture.path)
    let worker = OCRWorker(label: "test.cancel")
    let task = Task {
      withUnsafeCurrentTask { $0?.cancel() }
      return try await worker.recognize(document, page: 1)
    }
    await #expect(throws: CancellationError.self) { _ = try await task.value }
  }

}
