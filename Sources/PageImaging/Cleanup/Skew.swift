import CLeptonica

/// Skew detection and correction over a wide angle range.
enum Skew {
  /// The image rotated by `angle` degrees to level it, or `nil` for angles too small to matter.
  static func straighten(_ gray: PixImage, byDegrees angle: Float) -> PixImage? {
    guard abs(angle) >= 0.1 else { return nil }
    let radians = angle * .pi / 180
    return gray.transformed {
      pixRotate($0, radians, Int32(L_ROTATE_AREA_MAP), Int32(L_BRING_IN_WHITE), 0, 0)
    }
  }

  /// Leptonica's own deskew wants a confidence of 3, but full dispatch pages skewed 1.6–10° measured
  /// 2.2–2.8 with the angle right to 0.1°, and those skews are what makes Tesseract drop whole
  /// paragraphs; below 1.5 the angle is noise.
  static let minimumConfidence: Float = 1.5

  /// The skew angle in degrees, or `nil` when Leptonica is not confident of it.
  static func measure(_ gray: PixImage, maximumDegrees: Float) -> Float? {
    var binary = pixThresholdToBinary(gray.pointer, 130)
    defer { pixDestroy(&binary) }
    guard let binary else { return nil }
    var angle: Float = 0
    var confidence: Float = 0
    // Sweep at 4x reduction in 1° steps over the whole range, then refine by binary search at 2x.
    let status = pixFindSkewSweepAndSearch(
      binary, &angle, &confidence, 4, 2, maximumDegrees, 1, 0.01)
    guard status == 0, confidence >= minimumConfidence else { return nil }
    return angle
  }
}
