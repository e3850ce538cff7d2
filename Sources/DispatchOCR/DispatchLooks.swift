import TesseractOCR

/// The second looks a Vietnamese dispatch needs after Tesseract has read the page: what a reading
/// of the whole page loses and a region read again on its own keeps.
///
/// Add it to a worker's passes; `VanBan`'s `DocumentScanner` does so by default.
///
/// ```swift
/// let worker = OCRWorker(passes: [DispatchLooks()])
/// let page = try await worker.recognize(try ScannedDocument(path: "scan.jpg"), page: 1)
/// ```
public struct DispatchLooks: RecognitionPass, Hashable {
  /// Read again, on its own strip of the page, a date after "ngày" whose figures came out missing
  /// or garbled ("ngày 12 tháng năm 2025", "ngày !8/4/20235"): the italic place-and-date line
  /// loses thin digits that a line read alone keeps. Default `true`.
  public var rereadWrittenDates = true
  /// On a sealed page, read the signer's name again as a line of its own, and take the tone
  /// marks the page's reading lost under the seal ("Đồ" → "Đỗ") where most of three cuts agree
  /// on them. On a page whose grey seal hid the signer block from the page's reading, the block
  /// beside "Nơi nhận" is read again on its own. Default `true`.
  public var rereadSignerName = true
  /// Read again the number and the day and month that a clerk wrote by hand into the printed
  /// header, digit by digit with a reader of handwritten digits and with Tesseract (digits only),
  /// keeping a figure only when it is read with confidence, and taking a garbled one out of the
  /// text otherwise (the record then gives the printed part alone, with a
  /// note). A "Số:" line that came out bare (its number and codes lost in the page's reading) is
  /// first read again as a line of its own. Default `true`.
  public var readHandwrittenFigures = true
  /// Read the "Nơi nhận" list again as a block of its own when the page's reading lost its first
  /// items or its label (a list in small print beside the signer block). Default `true`.
  public var rereadDistributionList = true
  /// Read urgency and confidentiality stamps (KHẨN, HỎA TỐC, MẬT…) from the red ink that clean-up
  /// drops, and put them into the page's text where they stand. Default `true`.
  public var readRedStamps = true

  /// All looks on.
  public init() {}

  /// No look at all: the page as Tesseract read it.
  public static let none: DispatchLooks = {
    var looks = DispatchLooks()
    looks.rereadWrittenDates = false
    looks.rereadSignerName = false
    looks.readHandwrittenFigures = false
    looks.readRedStamps = false
    looks.rereadDistributionList = false
    return looks
  }()

  /// The page with its broken dates, its handwritten figures, its distribution list, then the
  /// signer's name, read again, and the red stamps added.
  public func revise(_ page: RecognizedPage, reading reader: RegionReader) -> RecognizedPage {
    var revised = page
    if rereadWrittenDates { revised = WrittenDateLook.revise(revised, reading: reader) }
    if readHandwrittenFigures {
      revised = NumberLineLook.revise(revised, reading: reader)
      revised = HandwrittenFigureLook.revise(revised, reading: reader)
    }
    if rereadDistributionList { revised = DistributionListLook.revise(revised, reading: reader) }
    if rereadSignerName {
      revised = SignerBlockLook.revise(revised, reading: reader)
      revised = SignerNameLook.revise(revised, reading: reader)
    }
    if readRedStamps { revised = RedStampLook.revise(revised, reading: reader) }
    return revised
  }
}
