/// A document cited in the body or in the "Căn cứ" lines.
public struct Reference: Codable, Sendable, Equatable {
  /// The kind as cited, in sentence case ("Kế hoạch", "Nghị định", "Luật").
  public var kind: String?
  /// The type code read from the symbol ("KH", "NĐ", "TB"); null when the symbol has none.
  public var typeCode: String?
  /// The number ("30"); null for documents cited without one.
  public var number: String?
  /// The symbol without spaces ("30/KH-UBND", "496-TB/TU"); null for laws cited by name.
  public var symbol: String?
  /// The date, ISO 8601.
  public var date: String?
  /// The issuing body after "của", abbreviations expanded.
  public var issuer: String?
  /// What the document is about: the text after "về" / "về việc", or a law's name.
  public var subject: String?

  /// Creates a reference.
  public init(
    kind: String?, typeCode: String?, number: String?, symbol: String?, date: String?,
    issuer: String?, subject: String?
  ) {
    self.kind = kind
    self.typeCode = typeCode
    self.number = number
    self.symbol = symbol
    self.date = date
    self.issuer = issuer
    self.subject = subject
  }

  enum CodingKeys: String, CodingKey { case kind, typeCode, number, symbol, date, issuer, subject }

  /// Encodes every key, writing unknown values as JSON `null`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encodeExplicitly(kind, forKey: .kind)
    try container.encodeExplicitly(typeCode, forKey: .typeCode)
    try container.encodeExplicitly(number, forKey: .number)
    try container.encodeExplicitly(symbol, forKey: .symbol)
    try container.encodeExplicitly(date, forKey: .date)
    try container.encodeExplicitly(issuer, forKey: .issuer)
    try container.encodeExplicitly(subject, forKey: .subject)
  }
}
