/// How ``BatchRunner`` processes an archive.
public struct BatchOptions: Sendable {
  /// How each document is read: workers (`--jobs`), OCR, clean-up, restorer and parser.
  public var scan: ScanOptions
  /// Where to mirror the input tree with per-document `.txt` and `.json` files; `nil` for none.
  public var outputFolder: String?
  /// Whether to write an ALTO 4 XML file per document under ``outputFolder``.
  public var alto: Bool
  /// Whether to write a searchable PDF/A per document under ``outputFolder`` (see
  /// ``DocumentPDF``). A PDF that cannot be written fails its document. Default `false`.
  public var pdf: Bool
  /// Whether to try documents that failed in an earlier run again. Default `false`.
  public var retryFailed: Bool

  /// Options from their parts; the defaults write nothing but the catalogue.
  public init(
    scan: ScanOptions = ScanOptions(), outputFolder: String? = nil, alto: Bool = false,
    pdf: Bool = false, retryFailed: Bool = false
  ) {
    self.scan = scan
    self.outputFolder = outputFolder
    self.alto = alto
    self.pdf = pdf
    self.retryFailed = retryFailed
  }
}
