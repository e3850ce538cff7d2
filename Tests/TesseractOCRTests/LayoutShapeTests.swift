import CTesseract
import PageImaging
import TestSupport
import Testing

@testable import TesseractOCR

@Suite("Turned pages seen in the layout, before recognition")
struct LayoutShapeTests {
  @Test("Lines stand on end on the page turned by 90°, and on no upright page")
  func sidewaysFromLayout() throws {
    let turned = try FixtureManifest.scans(inSet: "rotation").filter {
      ($0.rotation ?? 0) % 180 == 90
    }
    let upright = try FixtureManifest.scans(inSet: "ppi200").prefix(3)
    #expect(!turned.isEmpty)
    let handle = try TesseractHandle(
      languages: "vie", dataDirectory: OCRConfiguration().resolvedDataDirectory)
    TessBaseAPISetPageSegMode(handle.pointer, PSM_AUTO)
    for fixture in turned + upright {
      let page = try PageCleaner().clean(try ScannedDocument(path: fixture.path).loadPage(1))
      page.image.withPix { handle.setImage($0, resolution: page.resolution) }
      let standing = LayoutShape.linesStandOnEnd(handle.pointer)
      // The next setImage clears this analysis.
      #expect(standing == ((fixture.rotation ?? 0) % 180 == 90), "\(fixture.file)")
    }
  }

  @Test("The ink of the page turned by 180° looks upside down; that of the upright pages does not")
  func upsideDownFromInk() throws {
    let turned = try FixtureManifest.scans(inSet: "rotation").filter { $0.rotation == 180 }
    let upright =
      try FixtureManifest.scans(inSet: "ppi200") + FixtureManifest.scans(inSet: "ppi150")
    #expect(!turned.isEmpty)
    let handle = try TesseractHandle(
      languages: "vie", dataDirectory: OCRConfiguration().resolvedDataDirectory)
    TessBaseAPISetPageSegMode(handle.pointer, PSM_AUTO)
    for fixture in turned + upright {
      let page = try PageCleaner().clean(try ScannedDocument(path: fixture.path).loadPage(1))
      page.image.withPix { handle.setImage($0, resolution: page.resolution) }
      _ = LayoutShape.linesStandOnEnd(handle.pointer)
      #expect(
        LayoutShape.inkLooksUpsideDown(handle.pointer) == (fixture.rotation == 180),
        "\(fixture.file)")
    }
  }
}
