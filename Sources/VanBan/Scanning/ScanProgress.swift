/// Progress of a scan, reported after each page.
public struct ScanProgress: Sendable, Hashable {
  /// The document the page belongs to.
  public var source: String
  /// The page just finished (1-based).
  public var page: Int
  /// Pages finished so far, over all documents.
  public var pagesDone: Int
  /// Pages to read, over all documents that could be opened.
  public var pagesTotal: Int
  /// Documents finished so far (read or failed).
  public var documentsDone: Int
  /// Documents given.
  public var documentsTotal: Int
}
