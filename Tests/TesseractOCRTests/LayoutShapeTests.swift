import CTesseract
import PageImaging
import TestSupport
import Testing

@testable import TesseractOCR

@Suite("Turned pages seen in the layout, before recognition")
struct LayoutShapeTests {
  /// Runs `check` on each fixture's first page, cleaned, right after Tesseract's layout
  /// analysis of it; the next page's setImage clears that analysis.
  private func afterLayoutAnalysis(
    of fixtures: [ScanFixture], _ check: (ScanFixture, OpaquePointer) -> Void
  ) throws {
    let handle = try TesseractHandle(
      languages: "vie", dataDirectory: OCRConfiguration().resolvedDataDirectory)
    TessBaseAPISetPageSegMode(handle.pointer, PSM_AUTO)
    for fixture in fixtures {
      let page = try PageCleaner().clean(try ScannedDocument(path: fixture.path).loadPage(1))
      page.image.withPix { handle.setImage($0, resolution: page.resolution) }
      check(fixture, handle.pointer)
    }
  }

  @Test("Lines stand on end on the page turned by 90°, and on no upright page")
  func sidewaysFromLayout() throws {
    let turned = try FixtureManifest.scans(inSet: "rotation").filter {
      ($0.rotation ?? 0) % 180 == 90
    }
    let upright = try FixtureManifest.scans(inSet: "ppi200").prefix(3)
    #expect(!turned.isEmpty)
    try afterLayoutAnalysis(of: turned + upright) { fixture, handle in
      let standing = LayoutShape.linesStandOnEnd(handle)
      #expect(standing == ((fixture.rotation ?? 0) % 180 == 90), "\(fixture.file)")
    }
  }

  @Test("The ink of the page turned by 180° looks upside down; that of the upright pages does not")
  func upsideDownFromInk() throws {
    let turned = try FixtureManifest.scans(inSet: "rotation").filter { $0.rotation == 180 }
    let upright =
      try FixtureManifest.scans(inSet: "ppi200") + FixtureManifest.scans(inSet: "ppi150")
    #expect(!turned.isEmpty)
    try afterLayoutAnalysis(of: turned + upright) { fixture, handle in
      _ = LayoutShape.linesStandOnEnd(handle)
      #expect(
        LayoutShape.inkLooksUpsideDown(handle) == (fixture.rotation == 180), "\(fixture.file)")
    }
  }
}
