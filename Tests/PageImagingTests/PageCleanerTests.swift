import CLeptonica
import Foundation
import TestSupport
import Testing

@testable import PageImaging

@Suite("Page clean-up")
struct PageCleanerTests {
  @Test("Red seals are dropped from colour scans")
  func redInkDropOut() throws {
    let sealed = try FixtureManifest.scans(inSet: "ppi200").filter { $0.seal == true }
    #expect(!sealed.isEmpty)
    for fixture in sealed {
      let cleaned = try PageCleaner().clean(try ScannedDocument(path: fixture.path).loadPage(1))
      #expect(
        cleaned.report.droppedRedInk,
        "\(fixture.file): red fraction \(cleaned.report.redInkFraction)")
      #expect(cleaned.image.depth == 8)
      // The red ink is kept as a layer for the stamp reader only where the top half holds some:
      // the page with the KHẨN stamp, not the pages with a seal alone at the foot.
      let stamped = fixture.file.contains("cv-1846")
      #expect((cleaned.redInk != nil) == stamped, "\(fixture.file)")
    }
  }

  @Test("The seal of a dark scan, dim red over dim paper, is found and dropped too")
  func redInkOnDarkScan() throws {
    let dark = try #require(try FixtureManifest.scans().first { $0.file.contains("-dark") })
    let cleaned = try PageCleaner().clean(try ScannedDocument(path: dark.path).loadPage(1))
    #expect(cleaned.report.droppedRedInk, "red fraction \(cleaned.report.redInkFraction)")
    // Black and grey are never red, however dark; warm paper is not either.
    #expect(!RedInk.isRed(40, 30, 30) && !RedInk.isRed(230, 215, 180))
    // Dim seal ink on a dark scan is red by its proportions, not by its distance from grey.
    #expect(RedInk.isRed(140, 100, 105) && !RedInk.isRed(140, 125, 120))
  }

  @Test("Pages under 190 ppi are enlarged by 1.5; 200 ppi pages are left as they are")
  func upscaling() throws {
    let low = try #require(try FixtureManifest.scans(inSet: "ppi150").first)
    let cleaned = try PageCleaner().clean(try ScannedDocument(path: low.path).loadPage(1))
    #expect(cleaned.resolution == 225)
    #expect(cleaned.scale == 1.5)
    let normal = try #require(try FixtureManifest.scans(inSet: "ppi200").first)
    let kept = try PageCleaner().clean(try ScannedDocument(path: normal.path).loadPage(1))
    #expect(kept.resolution == 200 && kept.scale == 1)
  }

  @Test("A phone photo of a whole sheet (under 90 ppi by its size) is enlarged to 160 ppi")
  func phonePhotoUpscaling() throws {
    let scan = try #require(try FixtureManifest.scans(inSet: "ppi150").first)
    let page = try ScannedDocument(path: scan.path).loadPage(1)
    // The 150 ppi page shrunk to 600 px across, about what a phone photo of an A4 sheet gives,
    // with no resolution recorded.
    let factor = Float(600) / Float(page.image.width)
    let small = try #require(
      page.image.transformed { pixScale($0, factor, factor) })
    let photo = SourcePage(number: 1, image: small, resolution: nil, origin: .image)
    let (estimated, _) = PageCleaner.resolution(of: photo)
    #expect(estimated < PageCleaner.photoResolution)
    let cleaned = try PageCleaner().clean(photo)
    #expect(abs(cleaned.resolution - PageCleaner.photoTarget) <= 1)
    #expect(cleaned.scale > 2)
  }

  @Test("Skew beyond Leptonica's default search range is measured and removed")
  func wideSkew() throws {
    let skewed = try FixtureManifest.scans().filter { abs($0.skew ?? 0) >= 8 }
    #expect(!skewed.isEmpty)
    for fixture in skewed {
      let cleaned = try PageCleaner().clean(try ScannedDocument(path: fixture.path).loadPage(1))
      #expect(
        abs(abs(cleaned.report.skewDegrees) - abs(fixture.skew!)) < 0.7,
        "\(fixture.file): \(cleaned.report.skewDegrees)")
    }
  }

  @Test("With clean-up off the page is only converted to grey")
  func noCleanup() throws {
    let fixture = try #require(try FixtureManifest.scans(inSet: "ppi150").first)
    let page = try ScannedDocument(path: fixture.path).loadPage(1)
    let cleaned = try PageCleaner(cleanup: .none).clean(page)
    #expect(cleaned.image.width == page.image.width)
    #expect(cleaned.report.skewDegrees == 0)
    #expect(!cleaned.report.droppedRedInk)
  }
}
