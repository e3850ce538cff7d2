/// Narrows a search to some documents.
public struct SearchFilters: Sendable, Hashable {
  /// Document type code ("BC", "QĐ"), compared without case or accents.
  public var typeCode: String?
  /// Words of the issuer's name, matched as a substring without case or accents.
  public var issuer: String?
  /// The year of the signing date.
  public var year: Int?
  /// At most this many hits. Default 20.
  public var limit: Int = 20

  /// No filter, 20 hits.
  public init(typeCode: String? = nil, issuer: String? = nil, year: Int? = nil, limit: Int = 20) {
    self.typeCode = typeCode
    self.issuer = issuer
    self.year = year
    self.limit = limit
  }
}

extension SearchFilters {
  /// `text` with the `LIKE` wildcards and the escape character escaped by a backslash.
  static func likeEscaped(_ text: String) -> String {
    text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
      .replacingOccurrences(of: "_", with: "\\_")
  }
}
