/// What the catalogue holds for one content hash.
public struct CatalogueStatus: Sendable, Hashable {
  /// Whether the document was read, or failed.
  public enum State: String, Sendable, Hashable, Codable {
    /// Read, restored and parsed.
    case done
    /// Could not be read; see the error.
    case failed
  }

  /// Row id of the document.
  public var id: Int64
  /// Done or failed.
  public var state: State
  /// The path the document was last seen at.
  public var source: String
  /// Pages of a document read; 0 for a failure.
  public var pageCount: Int
}
