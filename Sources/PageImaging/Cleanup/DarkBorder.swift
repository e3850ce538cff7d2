import CLeptonica

/// Removal of the dark margins a scanner leaves around a page.
enum DarkBorder {
  /// Whitens, in place, dark regions that touch the image edge and are large: at least a twentieth
  /// of the page in width or height, so text near the margin is never touched.
  ///
  /// - Returns: whether anything was whitened.
  static func whiten(in gray: PixImage) -> Bool {
    guard gray.depth == 8 else { return false }
    var binary = pixThresholdToBinary(gray.pointer, 80)
    defer { pixDestroy(&binary) }
    var border = binary.flatMap { pixExtractBorderConnComps($0, 8) }
    defer { pixDestroy(&border) }
    var large = border.flatMap {
      pixSelectBySize(
        $0, Int32(gray.width / 20), Int32(gray.height / 20), 8,
        Int32(L_SELECT_IF_EITHER), Int32(L_SELECT_IF_GTE), nil)
    }
    defer { pixDestroy(&large) }
    guard let large else { return false }
    var count: Int32 = 0
    pixCountPixels(large, &count, nil)
    guard count > 0 else { return false }
    // Grow the mask a little: border edges are soft, and a grey fringe would read as a rule.
    var grown = pixDilateBrick(nil, large, 9, 9)
    defer { pixDestroy(&grown) }
    pixSetMasked(gray.pointer, grown ?? large, 255)
    return true
  }
}
