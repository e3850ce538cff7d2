/// What ``PageCleaner`` does to a page before recognition, with defaults tuned on scanned dispatches.
public struct PageCleanup: Sendable, Hashable {
  /// Drop red ink (round seals, urgency stamps) by reading colour pages through the red channel,
  /// where red ink is nearly as light as paper while black and blue ink stay dark. Default `true`.
  public var dropRedInk = true
  /// Whiten large dark regions touching the image edge (scanner lids, book gutters). Default `true`.
  public var removeDarkBorders = true
  /// Estimate and remove skew, searching ±``maximumSkewDegrees``. Default `true`.
  public var deskew = true
  /// How far the skew search goes either side of level, in degrees. Default 15; Leptonica's own
  /// default search stops near 8°, too little for hand-fed scans.
  public var maximumSkewDegrees: Float = 15
  /// Pages below ``upscaleBelowResolution`` ppi are scaled up by 1.5 (phone photos under 90 ppi
  /// further, to 160 ppi), to at most this resolution.
  /// Default 300.
  public var targetResolution = 300
  /// Resolution under which a page is scaled up. Default 190: on the fixture dispatches, scaling
  /// 200 ppi scans up raised Tesseract's error rate (1.13% → 1.56%), while scaling 150 ppi scans by
  /// 1.5 lowered it (4.2% → 1.9%) and by 2 less so (3.1%).
  public var upscaleBelowResolution = 190
  /// Flatten uneven or dark backgrounds (shadows, yellowed paper, phone photos) of grey and colour
  /// pages; bilevel pages have none. Default `true`.
  public var normalizeBackground = true
  /// Find blank pages (less ink than a page number) before clean-up and recognition and give
  /// them as read with no text, in milliseconds. Default `true`.
  public var skipBlankPages = true

  /// The default clean-up.
  public init() {}

  /// No clean-up at all: the page goes to recognition as it was read (converted to grey).
  public static var none: PageCleanup {
    var cleanup = PageCleanup()
    cleanup.dropRedInk = false
    cleanup.removeDarkBorders = false
    cleanup.deskew = false
    cleanup.normalizeBackground = false
    cleanup.upscaleBelowResolution = 0
    return cleanup
  }
}
