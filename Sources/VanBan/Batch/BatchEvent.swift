/// What a batch run reports while it works, for progress displays and logs.
public enum BatchEvent: Sendable {
  /// A path under the folders is not read (sent before ``planned(_:)``).
  case skipped(SkippedPath)
  /// The archive was walked and compared with the catalogue.
  case planned(BatchPlan)
  /// A page was recognised.
  case page(ScanProgress)
  /// A document was committed to the catalogue (read or failed).
  case document(DocumentReport)
}
