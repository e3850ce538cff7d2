/// The work a run found to do.
public struct BatchPlan: Sendable, Hashable {
  /// Files found under the roots.
  public var files: Int
  /// Distinct contents among them: the documents.
  public var documents: Int
  /// Documents to read in this run.
  public var pending: Int
  /// Documents already read in an earlier run.
  public var alreadyDone: Int
  /// Documents that failed earlier and are not retried.
  public var alreadyFailed: Int
  /// Paths skipped without being opened (see ``SkippedPath``).
  public var skipped = 0
}
