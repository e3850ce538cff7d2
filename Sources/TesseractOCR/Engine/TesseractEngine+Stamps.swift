import CLeptonica
import CTesseract
import PageImaging

extension TesseractEngine {
  /// `recognized` with the urgency and confidentiality stamps found in the top half of the red
  /// ink, where Decree 30 puts them; the seal over the signer block stays out of reach.
  func addingStamps(from redInk: PixImage, to recognized: RecognizedPage) -> RecognizedPage {
    let turned =
      recognized.rotation == 0
      ? redInk : redInk.rotatedClockwise(byQuarterTurns: recognized.rotation / 90)
    // Cropped rather than limited with TessBaseAPISetRectangle, with which Tesseract 5.3 read
    // the stamp on the fixtures as a single "¬".
    guard let topHalf = turned?.topPart(0.5), topHalf.hasInk else { return recognized }
    let stamps = readAlone(topHalf, as: PSM_SPARSE_TEXT, resolution: recognized.resolution)
      .flatMap(\.lines).compactMap(RedStamp.line(from:))
    guard !stamps.isEmpty else { return recognized }
    var page = recognized
    page.blocks.append(TextBlock(lines: stamps))
    page.lines = ColumnLayout.readingOrder(of: page.blocks)
    return page
  }
}

extension PixImage {
  /// The top `fraction` of the image, full width; the coordinates of what is read on it are
  /// those of the whole image.
  fileprivate func topPart(_ fraction: Double) -> PixImage? {
    clipped(
      to: BoundingBox(x: 0, y: 0, width: width, height: Int((Double(height) * fraction).rounded())))
  }
}

extension PixImage {
  /// Whether more than a speck's worth of the image is dark: a seal alone, at the foot of the
  /// page, leaves the top half of the red ink blank, and reading a blank image is skipped.
  fileprivate var hasInk: Bool {
    withPix { pix in
      guard let binary = pixThresholdToBinary(pix, 128) else { return false }
      var owned: UnsafeMutablePointer<PIX>? = binary
      defer { pixDestroy(&owned) }
      var dark: Int32 = 0
      guard pixCountPixels(binary, &dark, nil) == 0 else { return false }
      return Double(dark) > Double(width * height) * 0.0002
    }
  }
}
