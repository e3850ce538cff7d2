import CLeptonica
import CTesseract

/// What Tesseract's layout analysis alone tells about a page, before recognition.
enum LayoutShape {
  /// Whether most text lines found on the page are taller than wide, as on a page turned by 90°.
  ///
  /// Measured on the fixtures: every line of the page turned by 90° (36 of 36) and none of the
  /// upright ones. The analysis stays with the handle, and recognition goes on from it.
  static func linesStandOnEnd(_ handle: OpaquePointer) -> Bool {
    OpenMP.serializeCurrentThread()
    guard let iterator = TessBaseAPIAnalyseLayout(handle) else { return false }
    defer { TessPageIteratorDelete(iterator) }
    var lines = 0
    var standing = 0
    repeat {
      var left: Int32 = 0
      var top: Int32 = 0
      var right: Int32 = 0
      var bottom: Int32 = 0
      guard TessPageIteratorBoundingBox(iterator, RIL_TEXTLINE, &left, &top, &right, &bottom) != 0
      else { continue }
      lines += 1
      if bottom - top > right - left { standing += 1 }
    } while TessPageIteratorNext(iterator, RIL_TEXTLINE) != 0
    return lines >= 5 && standing * 2 > lines
  }

  /// Whether the page's ink looks upside down: Leptonica weighs the strokes rising above the
  /// x-height against those falling below the baseline, and Vietnamese, with its tone marks on
  /// top, leans clearly one way. Cheap next to recognition, so a page turned by 180° is sent to
  /// the `osd` model before it is read the wrong way up.
  ///
  /// Call after the layout analysis, which leaves Tesseract's binary image in the handle.
  /// Measured on the fixtures' cleaned pages: upright pages score 0.0 to 30.9, the page turned by
  /// 180° −2.9; the upright pages turned by 180° score −0.2 to −29.9.
  static func inkLooksUpsideDown(_ handle: OpaquePointer) -> Bool {
    guard let binary = TessBaseAPIGetThresholdedImage(handle) else { return false }
    var owned: UnsafeMutablePointer<PIX>? = binary
    defer { pixDestroy(&owned) }
    var confidence: Float = 0
    guard pixUpDownDetect(binary, &confidence, 0, 0, 0) == 0 else { return false }
    return confidence < upsideDownBelow
  }

  /// Leptonica's up-down confidence under which a page is checked for a half turn; a wrong
  /// suspicion costs one `osd` run, never a wrong reading.
  static let upsideDownBelow: Float = -1.5
}
