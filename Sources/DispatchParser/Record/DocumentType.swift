/// A document type of Decree 30/2020/NĐ-CP Appendix III, or a công văn (which has no code).
public struct DocumentType: Codable, Sendable, Equatable, Hashable {
  /// The abbreviation used in symbols ("BC", "QĐ", "CTr"); null for a công văn.
  public var code: String?
  /// The type name in sentence case ("Báo cáo").
  public var name: String

  /// Creates a document type.
  public init(code: String?, name: String) {
    self.code = code
    self.name = name
  }

  /// The công văn, recognised by its "V/v" line and a symbol without a type code.
  public static let congVan = DocumentType(code: nil, name: "Công văn")

  enum CodingKeys: String, CodingKey { case code, name }

  /// Encodes both keys, writing a missing code as JSON `null`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encodeExplicitly(code, forKey: .code)
    try container.encode(name, forKey: .name)
  }
}
