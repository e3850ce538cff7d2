/// A document that could not be read, as the catalogue recorded it.
public struct FailedDocument: Sendable, Hashable, Codable {
  /// The path the file was last seen at.
  public var source: String
  /// SHA-256 of the content.
  public var sha256: String
  /// The failure kind (``DocumentFailure/Kind``).
  public var kind: String
  /// The reason, one line.
  public var error: String
  /// When it was tried, ISO 8601.
  public var processedAt: String
}
