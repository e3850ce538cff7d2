/// The outcome of a run over the whole input: it reads the same when a finished run is repeated.
public struct BatchSummary: Sendable, Hashable {
  /// Documents (distinct contents) in the input.
  public var documents: Int
  /// Pages of the documents read.
  public var pages: Int
  /// Documents that failed (in this run or earlier, not retried).
  public var failed: Int
  /// Documents read or failed in this run.
  public var processed: Int
  /// Documents left undone because the run was interrupted.
  public var remaining: Int
  /// Whether the run was interrupted (Ctrl-C) before every document was done.
  public var interrupted: Bool
  /// Paths under the folders that were not read: not regular files, or unreadable.
  public var skipped = 0

  /// The line `vanban batch` ends with: "123 documents, 456 pages, 2 failed (see vanban report --failed)",
  /// with ", 1 skipped" after the failures when paths were skipped.
  public var line: String {
    var line = "\(documents) documents, \(pages) pages, \(failed) failed"
    if skipped > 0 { line += ", \(skipped) skipped" }
    if failed > 0 || skipped > 0 { line += " (see vanban report --failed)" }
    return line
  }
}
