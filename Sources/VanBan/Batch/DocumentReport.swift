/// One document committed.
public struct DocumentReport: Sendable, Hashable {
  /// The path read.
  public var source: String
  /// Pages read; 0 when it failed.
  public var pages: Int
  /// The failure, when it failed.
  public var failure: DocumentFailure?
  /// Wall time the run spent on it, in seconds.
  public var seconds: Double
  /// Documents committed so far in this run.
  public var documentsDone: Int
  /// Documents to commit in this run; 0 when unknown (a shared queue, whose work is divided as
  /// it goes).
  public var documentsTotal: Int
}
