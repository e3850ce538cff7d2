import DiacriticRestorer
import DispatchOCR
import DispatchParser
import Foundation
import PageImaging
import TesseractOCR

/// How ``DocumentScanner`` reads documents.
public struct ScanOptions: Sendable {
  /// Parallel recognition workers, one Tesseract engine each. Default: the number of cores.
  public var jobs: Int = ProcessInfoCores.count
  /// Tesseract languages, data directory and orientation handling.
  public var ocr = OCRConfiguration()
  /// The second looks each recognised page gets: broken dates, the signer's name under the seal,
  /// red stamps. Default: all of them.
  public var looks = DispatchLooks()
  /// The most pixels a page may have; a larger page fails from its header, before decoding,
  /// as "too large". Default `ScannedDocument.defaultMaximumPixels` (150 million).
  public var maximumPixels = ScannedDocument.defaultMaximumPixels
  /// Page clean-up before recognition.
  public var cleanup = PageCleanup()
  /// Restores diacritics and repairs OCR confusions in each page's text, as `vanban scan` does.
  /// Default ``Restoration/bundled``, the shipped model; ``Restoration/off`` keeps Tesseract's text.
  public var restoration = Restoration.bundled
  /// Reads each document's text into a ``DocumentResult/record``; `nil` skips parsing.
  /// Default: a parser.
  public var parser: DispatchParser? = DispatchParser()

  /// The defaults: all cores, Vietnamese, full clean-up, the shipped restorer, parsing on.
  public init() {}
}

/// The number of cores available to this process.
package enum ProcessInfoCores {
  /// Active processor count, at least 1.
  package static var count: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}
