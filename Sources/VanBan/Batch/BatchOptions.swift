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
  /// With a shared (PostgreSQL) catalogue: seconds a claimed document stays this run's without
  /// a heartbeat, after which another worker may take it. Renewed every third of it while the
  /// document is read. Default 180.
  public var lease: Double = 180
  /// Whether to hash every file, even one whose size and modification time the catalogue
  /// already knows (`--verify`): catches a file replaced by another of the same size and time.
  /// SQLite catalogues only: a PostgreSQL run hashes a file again when its size or time changed,
  /// and ignores this. Default `false`.
  public var verify = false

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
