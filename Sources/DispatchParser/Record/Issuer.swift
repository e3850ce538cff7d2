/// The issuing body of a document and the body directly above it in the header.
public struct Issuer: Codable, Sendable, Equatable {
  /// The issuing body ("Ủy ban nhân dân phường Lê Chân").
  public var name: String?
  /// The governing body written above it ("Ủy ban nhân dân thành phố Hải Phòng"), if any.
  public var parent: String?

  /// Creates an issuer.
  public init(name: String?, parent: String?) {
    self.name = name
    self.parent = parent
  }

  enum CodingKeys: String, CodingKey { case name, parent }

  /// Encodes both keys, writing unknown values as JSON `null`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encodeExplicitly(name, forKey: .name)
    try container.encodeExplicitly(parent, forKey: .parent)
  }
}
