import TesseractOCR

/// The look at the red ink for the urgency and confidentiality stamps (KHẨN, HỎA TỐC, MẬT…) that
/// clean-up dropped with it: the top half of the red ink is read, where Decree 30 puts them, and
/// the seal over the signer block stays out of reach.
enum RedStampLook {
  /// A top half with fewer dark pixels than this share is blank (a seal alone, at the foot of the
  /// page, leaves it so), and reading it is skipped.
  static let blankBelow = 0.0002
  /// Where a stamp set at a slant stands: under the number, left of the middle, below the seal
  /// of a digital signature that some offices print at the top (shares of width and height).
  static let slantedZone = (left: 0.0, top: 0.12, right: 0.45, bottom: 0.5)
  /// The slants a stamp is read at when it does not read level: clerks stamp "HỎA TỐC" turned
  /// up to the right by 30–50° (40° on a real Quảng Ngãi dispatch, which Tesseract reads at
  /// 35° and 45° too at 300 ppi), sometimes down.
  static let slants: [Double] = [35, 45, -40]

  /// `recognized` with the stamps found in the red ink's top half, put where they stand.
  static func revise(_ recognized: RecognizedPage, reading reader: RegionReader) -> RecognizedPage {
    // Cropped rather than limited with TessBaseAPISetRectangle, with which Tesseract 5.3 read
    // the stamp on the fixtures as a single "¬".
    guard let size = reader.size(of: .redInk) else { return recognized }
    let topHalf = BoundingBox(
      x: 0, y: 0, width: size.width, height: Int((Double(size.height) * 0.5).rounded()))
    guard reader.inkShare(in: topHalf, of: .redInk) > blankBelow else { return recognized }
    var stamps = reader.read(topHalf, in: .redInk, as: .sparseText).flatMap(\.lines)
      .compactMap(RedStamp.line(from:))
    if stamps.isEmpty { stamps = slanted(reader, size: size) }
    guard !stamps.isEmpty else { return recognized }
    var page = recognized
    page.blocks.append(TextBlock(lines: stamps))
    page.arrangeLines()
    return page
  }

  /// The stamps read at a slant in ``slantedZone``, at the first of ``slants`` that gives one.
  private static func slanted(_ reader: RegionReader, size: (width: Int, height: Int))
    -> [TextLine]
  {
    let zone = BoundingBox(
      x: Int(Double(size.width) * slantedZone.left), y: Int(Double(size.height) * slantedZone.top),
      width: Int(Double(size.width) * (slantedZone.right - slantedZone.left)),
      height: Int(Double(size.height) * (slantedZone.bottom - slantedZone.top)))
    guard reader.inkShare(in: zone, of: .redInk) > blankBelow else { return [] }
    for slant in slants {
      // One block: read as sparse text, the stamp's frame (an arrow) breaks its words apart.
      let stamps = reader.read(zone, in: .redInk, turnedBy: slant, as: .singleBlock)
        .flatMap(\.lines).compactMap(RedStamp.line(from:))
      if !stamps.isEmpty { return stamps }
    }
    return []
  }
}
