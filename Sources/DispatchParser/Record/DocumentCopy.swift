/// The copy block of a "SAO Y", "TRÍCH SAO" or "SAO LỤC" copy, with its own issuer and date.
public struct DocumentCopy: Codable, Sendable, Equatable {
  /// "Sao y", "Trích sao" or "Sao lục".
  public var kind: String
  /// The copy's number, if any.
  public var number: String?
  /// The copy's symbol ("05/SY-UBND").
  public var symbol: String?
  /// The copy's date, ISO 8601.
  public var date: String?
  /// The body that made the copy.
  public var issuer: String?

  /// Creates a copy block.
  public init(kind: String, number: String?, symbol: String?, date: String?, issuer: String?) {
    self.kind = kind
    self.number = number
    self.symbol = symbol
    self.date = date
    self.issuer = issuer
  }

  enum CodingKeys: String, CodingKey { case kind, number, symbol, date, issuer }

  /// Encodes every key, writing unknown values as JSON `null`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(kind, forKey: .kind)
    try container.encodeExplicitly(number, forKey: .number)
    try container.encodeExplicitly(symbol, forKey: .symbol)
    try container.encodeExplicitly(date, forKey: .date)
    try container.encodeExplicitly(issuer, forKey: .issuer)
  }
}
