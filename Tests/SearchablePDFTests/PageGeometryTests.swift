import Foundation
import SearchablePDF
import Testing

/// The scan's placement: quarter turns, deskew and enlargement map the scan onto the
/// recognised frame, which is the page.
@Suite("Page geometry")
struct PageGeometryTests {
  @Test("Page size comes from the recognised image and its resolution")
  func pageSize() {
    let geometry = PageGeometry(
      sourceWidth: 1240, sourceHeight: 1754, scale: 1.5, width: 1860, height: 2631, resolution: 225)
    #expect(abs(geometry.pageWidth - 595.2) < 0.01)
    #expect(abs(geometry.pageHeight - 841.92) < 0.01)
  }

  @Test("A quarter turn clockwise: the scan's top left corner lands at the page's top right")
  func quarterTurn() {
    let geometry = PageGeometry(
      sourceWidth: 2339, sourceHeight: 1653, rotation: 90, width: 1653, height: 2339,
      resolution: 200)
    let matrix = geometry.imageMatrix
    // Unit square (0, 1) is the image's top left corner.
    let corner = matrix.apply(x: 0, y: 1)
    #expect(abs(corner.x - geometry.pageWidth) < 0.01)
    #expect(abs(corner.y - geometry.pageHeight) < 0.01)
  }

  @Test("Deskew turns the scan about its centre, which stays the page's centre")
  func deskewAboutCentre() {
    let geometry = PageGeometry(
      sourceWidth: 1654, sourceHeight: 2340, skewDegrees: -10, width: 1654, height: 2340,
      resolution: 200)
    let centre = geometry.imageMatrix.apply(x: 0.5, y: 0.5)
    #expect(abs(centre.x - geometry.pageWidth / 2) < 0.01)
    #expect(abs(centre.y - geometry.pageHeight / 2) < 0.01)
    // The image's top edge is tilted by the skew angle on the page.
    let left = geometry.imageMatrix.apply(x: 0, y: 1)
    let right = geometry.imageMatrix.apply(x: 1, y: 1)
    let degrees = atan2(right.y - left.y, right.x - left.x) * 180 / .pi
    #expect(abs(degrees - 10) < 0.01)
  }
}
