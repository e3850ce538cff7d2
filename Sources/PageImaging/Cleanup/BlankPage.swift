import CLeptonica

/// Tells a blank page from a page with text before any clean-up or recognition is spent on it:
/// archives hold many (versos, separator sheets, blank PDF pages), and reading one costs as much
/// as reading a page of text.
package enum BlankPage {
  /// A page is blank when less than this share of it is ink, looked at on a copy a few hundred
  /// pixels wide. A line of text covers about 0.5% of a page, a lone page number 0.003%, scanner
  /// dust less.
  package static let inkBelow = 0.0002
  /// Ink is what is this much darker than the paper (the page's median grey). Not a fixed grey:
  /// thin, light print shrunk to a 36 ppi preview turns mid-grey (nothing under 160 on a real
  /// faculty notice whose pages were taken for blank with a fixed 128), and a blank page lost is
  /// a page of text lost.
  package static let inkContrast: UInt32 = 32

  /// How wide the copy looked at is, in pixels: enough to see a line of text, cheap to make.
  static let lookWidth = 640

  /// Whether `image` holds (almost) no ink.
  package static func isBlank(_ image: PixImage) -> Bool {
    let factor = Int32(max(1, image.width / lookWidth))
    return image.withPix { pix -> Bool in
      guard let small = factor > 1 ? pixScaleByIntSampling(pix, factor) : pixClone(pix) else {
        return false
      }
      var smallOwned: UnsafeMutablePointer<PIX>? = small
      defer { pixDestroy(&smallOwned) }
      guard let grey = pixConvertTo8(small, 0) else { return false }
      var greyOwned: UnsafeMutablePointer<PIX>? = grey
      defer { pixDestroy(&greyOwned) }
      var paper: UInt32 = 255
      guard pixGetRankValue(grey, 1, 0.5, &paper) == 0 else { return false }
      let threshold = Int32(paper > inkContrast ? paper - inkContrast : 0)
      guard threshold > 0, let binary = pixThresholdToBinary(grey, threshold) else { return false }
      var binaryOwned: UnsafeMutablePointer<PIX>? = binary
      defer { pixDestroy(&binaryOwned) }
      var dark: Int32 = 0
      guard pixCountPixels(binary, &dark, nil) == 0 else { return false }
      let area = Double(pixGetWidth(binary)) * Double(pixGetHeight(binary))
      return area > 0 && Double(dark) / area < inkBelow
    }
  }
}
