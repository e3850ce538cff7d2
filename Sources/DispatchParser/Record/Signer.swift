/// The signer block: "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Phạm Việt Anh".
public struct Signer: Codable, Sendable, Equatable {
  /// The innermost authority prefix without its dot: "TM", "KT", "TL", "TUQ" or "Q".
  public var authority: String?
  /// The body or office signed for ("Chủ tịch" after "KT. CHỦ TỊCH"); null for "Q." (acting).
  public var onBehalfOf: String?
  /// The signer's own title in sentence case ("Phó Chủ tịch").
  public var title: String?
  /// The signer's name ("Phạm Việt Anh"), without a rank.
  public var name: String?
  /// A military or police rank written before the name ("Trung tá").
  public var rank: String?

  /// Creates a signer.
  public init(
    authority: String?, onBehalfOf: String?, title: String?, name: String?, rank: String? = nil
  ) {
    self.authority = authority
    self.onBehalfOf = onBehalfOf
    self.title = title
    self.name = name
    self.rank = rank
  }

  enum CodingKeys: String, CodingKey { case authority, onBehalfOf, title, name, rank }

  /// Encodes every key, writing unknown values as JSON `null`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encodeExplicitly(authority, forKey: .authority)
    try container.encodeExplicitly(onBehalfOf, forKey: .onBehalfOf)
    try container.encodeExplicitly(title, forKey: .title)
    try container.encodeExplicitly(name, forKey: .name)
    try container.encodeExplicitly(rank, forKey: .rank)
  }
}
