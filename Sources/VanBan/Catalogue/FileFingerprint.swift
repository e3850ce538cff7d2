/// A file as the catalogue knows it: where it is, what it holds (SHA-256) and its size and
/// modification time, which let a later run skip re-hashing an unchanged file.
public struct FileFingerprint: Sendable, Hashable {
  /// The path as found.
  public var path: String
  /// SHA-256 of the content, 64 hex digits.
  public var sha256: String
  /// Size in bytes.
  public var size: Int64
  /// Modification time, seconds since 1970.
  public var modified: Double

  /// A fingerprint from its parts.
  public init(path: String, sha256: String, size: Int64, modified: Double) {
    self.path = path
    self.sha256 = sha256
    self.size = size
    self.modified = modified
  }
}
