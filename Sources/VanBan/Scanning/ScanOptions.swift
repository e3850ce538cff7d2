import Foundation
import PageImaging
import TesseractOCR

/// How ``DocumentScanner`` reads documents.
public struct ScanOptions: Sendable {
  /// Parallel recognition workers, one Tesseract engine each. Default: the number of cores.
  public var jobs: Int = ProcessInfoCores.count
  /// Tesseract languages, data directory and orientation handling.
  public var ocr = OCRConfiguration()
  /// Page clean-up before recognition.
  public var cleanup = PageCleanup()

  /// The defaults: all cores, Vietnamese, full clean-up.
  public init() {}
}

/// The number of cores available to this process.
public enum ProcessInfoCores {
  /// Active processor count, at least 1.
  public static var count: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}
