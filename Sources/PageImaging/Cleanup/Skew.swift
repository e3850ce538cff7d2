import CLeptonica

/// Skew detection and correction over a wide angle range.
enum Skew {
  /// The image rotated level, and the angle removed in degrees; `nil` when the page is level
  /// already or the measurement is not confident.
  static func straighten(_ gray: PixImage, maximumDegrees: Float) -> (PixImage, Double)? {
    guard let angle = measure(gray, maximumDegrees: maximumDegrees), abs(angle) >= 0.1 else { return nil }
    let radians = angle * .pi / 180
    guard
      let rotated = gray.transformed({
        pixRotate($0, radians, Int32(L_ROTATE_AREA_MAP), Int32(L_BRING_IN_WHITE), 0, 0)
      })
    else { return nil }
    return (rotated, Double(angle))
  }

  /// The skew angle in degrees, or `nil` when Leptonica is not confident of it.
  static func measure(_ gray: PixImage, maximumDegrees: Float) -> Float? {
    var binary = pixThresholdToBinary(gray.pointer, 130)
    defer { pixDestroy(&binary) }
    guard let binary else { return nil }
    var angle: Float = 0
    var confidence: Float = 0
    // Sweep at 4x reduction in 1° steps over the whole range, then refine by binary search at 2x.
    let status = pixFindSkewSweepAndSearch(binary, &angle, &confidence, 4, 2, maximumDegrees, 1, 0.01)
    guard status == 0, confidence >= 3 else { return nil }
    return angle
  }
}
