/// One document found by ``Catalogue/search(_:filters:)``.
public struct SearchHit: Sendable, Hashable, Codable {
  /// The path the document was last seen at.
  public var source: String
  /// The full symbol ("365/BC-UBND").
  public var symbol: String?
  /// Signing date, ISO 8601.
  public var date: String?
  /// The issuing agency.
  public var issuer: String?
  /// The document type's name ("Báo cáo").
  public var documentType: String?
  /// The document type's code ("BC"); `nil` for a công văn.
  public var documentTypeCode: String?
  /// The subject line.
  public var subject: String?
  /// A piece of the restored text around the first match, the match in «guillemets».
  public var snippet: String
  /// FTS5 BM25 score, lower is better.
  public var score: Double
  /// SHA-256 of the content.
  public var sha256: String

  private enum CodingKeys: String, CodingKey {
    case source, symbol, date, issuer, documentType, documentTypeCode, subject, snippet, score,
      sha256
  }

  /// Writes every key, `null` for a field the parser did not read, so consumers see one shape.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(source, forKey: .source)
    try container.encode(symbol, forKey: .symbol)
    try container.encode(date, forKey: .date)
    try container.encode(issuer, forKey: .issuer)
    try container.encode(documentType, forKey: .documentType)
    try container.encode(documentTypeCode, forKey: .documentTypeCode)
    try container.encode(subject, forKey: .subject)
    try container.encode(snippet, forKey: .snippet)
    try container.encode(score, forKey: .score)
    try container.encode(sha256, forKey: .sha256)
  }
}
