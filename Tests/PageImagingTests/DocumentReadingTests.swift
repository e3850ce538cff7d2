import Foundation
import TestSupport
import Testing
import VietnameseText

@testable import PageImaging

@Suite("Reading images and PDFs into pages")
struct DocumentReadingTests {
  @Test("Formats are recognised by content and pages counted")
  func formatsAndPageCounts() throws {
    let fixtures = try FixtureManifest.scans()
    #expect(fixtures.count >= 15)
    for fixture in fixtures {
      let document = try ScannedDocument(path: fixture.path)
      #expect(document.format.rawValue == fixture.format, "\(fixture.file)")
      #expect(document.pageCount == fixture.pages.count, "\(fixture.file)")
    }
  }

  @Test("Each broken input gives its own typed error")
  func brokenInputs() throws {
    let fixtures = try FixtureManifest.broken()
    #expect(
      Set(fixtures.map(\.expect)).isSuperset(of: [
        "empty", "corruptImage", "truncatedPDF", "encryptedPDF", "unsupported",
      ]))
    for fixture in fixtures {
      let error: PageImagingError? = {
        do {
          let document = try ScannedDocument(path: fixture.path)
          for number in 1...document.pageCount { _ = try document.loadPage(number) }
          return nil
        } catch { return error as? PageImagingError }
      }()
      switch (fixture.expect, error) {
      case ("empty", .emptyFile?), ("corruptImage", .corruptImage?), ("truncatedPDF", .damagedPDF?),
        ("encryptedPDF", .encryptedPDF?), ("unsupported", .unsupportedFormat?):
        #expect(error!.description.contains(fixture.path))
      default:
        Issue.record(
          "\(fixture.file): expected \(fixture.expect), got \(String(describing: error))")
      }
    }
  }

  @Test("A missing file is reported as missing")
  func missingFile() {
    #expect(throws: PageImagingError.fileNotFound(path: "/no/such/scan.png")) {
      try ScannedDocument(path: "/no/such/scan.png")
    }
  }

  @Test("A PDF's text layer is read as data")
  func pdfTextLayer() throws {
    let fixtures = try FixtureManifest.scans(inSet: "textlayer")
    #expect(!fixtures.isEmpty)
    for fixture in fixtures {
      let document = try ScannedDocument(path: fixture.path)
      for (index, truth) in fixture.pages.enumerated() {
        let layer = try #require(try document.textLayer(ofPage: index + 1))
        // Poppler reads a two-column header row by row; compare with that order where given.
        let cer = ErrorRate.characterErrorRate(
          reference: truth.popplerText ?? truth.text, hypothesis: layer)
        #expect(cer < 0.01, "\(fixture.file) page \(index + 1): CER \(cer)")
      }
    }
  }

  @Test("Scanned PDF pages give their embedded image; other pages are rendered at 300 ppi")
  func pdfRasterisation() throws {
    let pdfs = try FixtureManifest.scans().filter { $0.format == "pdf" }
    for fixture in pdfs {
      let document = try ScannedDocument(path: fixture.path)
      let page = try document.loadPage(1)
      if fixture.set == "textlayer" {
        #expect(page.origin == .renderedPDFPage)
        #expect(page.resolution == 300)
      } else {
        #expect(page.origin == .embeddedPDFImage, "\(fixture.file)")
        if let ppi = fixture.ppi, let resolution = page.resolution {
          #expect(abs(resolution - ppi) <= 2, "\(fixture.file): \(resolution) ppi")
        }
      }
    }
  }

  @Test("Images carry no text layer")
  func imagesHaveNoTextLayer() throws {
    let fixture = try #require(try FixtureManifest.scans(inSet: "ppi200").first)
    #expect(try ScannedDocument(path: fixture.path).textLayer(ofPage: 1) == nil)
  }
}
