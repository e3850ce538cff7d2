/// Counts over a catalogue: what `vanban report` prints.
public struct CatalogueSummary: Sendable, Hashable, Codable {
  /// One group and the number of documents in it.
  public struct Count: Sendable, Hashable, Codable {
    /// The group ("Báo cáo", an issuer, a year); "(unknown)" when the field was not read.
    public var key: String
    /// Documents in the group.
    public var count: Int
  }

  /// Documents read.
  public var documents: Int
  /// Pages of the documents read.
  public var pages: Int
  /// Documents that failed.
  public var failed: Int
  /// Documents read, by document type, most first.
  public var byType: [Count]
  /// Documents read, by issuing agency, most first.
  public var byIssuer: [Count]
  /// Documents read, by year of the signing date, newest first.
  public var byYear: [Count]
}
