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
}
