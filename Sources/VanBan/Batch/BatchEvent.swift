/// What a batch run reports while it works, for progress displays and logs.
public enum BatchEvent: Sendable {
  /// The archive was walked and compared with the catalogue.
  case planned(BatchPlan)
  /// A page was recognised.
  case page(ScanProgress)
  /// A document was committed to the catalogue (read or failed).
  case document(DocumentReport)
}
