import TesseractOCR

/// The look at the red ink for the urgency and confidentiality stamps (KHẨN, HỎA TỐC, MẬT…) that
/// clean-up dropped with it: the top half of the red ink is read, where Decree 30 puts them, and
/// the seal over the signer block stays out of reach.
enum RedStampLook {
  /// A top half with fewer dark pixels than this share is blank (a seal alone, at the foot of the
  /// page, leaves it so), and reading it is skipped.
  static let blankBelow = 0.0002

  /// `recognized` with the stamps found in the red ink's top half, put where they stand.
  static func revise(_ recognized: RecognizedPage, reading reader: RegionReader) -> RecognizedPage {
    // Cropped rather than limited with TessBaseAPISetRectangle, with which Tesseract 5.3 read
    // the stamp on the fixtures as a single "¬".
    guard let size = reader.size(of: .redInk) else { return recognized }
    let topHalf = BoundingBox(
      x: 0, y: 0, width: size.width, height: Int((Double(size.height) * 0.5).rounded()))
    guard reader.inkShare(in: topHalf, of: .redInk) > blankBelow else { return recognized }
    let stamps = reader.read(topHalf, in: .redInk, as: .sparseText).flatMap(\.lines)
      .compactMap(RedStamp.line(from:))
    guard !stamps.isEmpty else { return recognized }
    var page = recognized
    page.blocks.append(TextBlock(lines: stamps))
    page.arrangeLines()
    return page
  }
}
