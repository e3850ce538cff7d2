/// A digital signature's appearance on a dispatch: the box that signing software puts on the
/// page ("Ký bởi: Ủy ban nhân dân tỉnh Quảng Ngãi / Thời gian ký: 05/01/2021 08:15:24", or the
/// publisher's "TRUNG TÂM CÔNG BÁO VÀ TIN HỌC / ttcbth@quangngai.gov.vn / 05.02.2025 15:35:18
/// +07:00"). It is not part of the dispatch's text; its time tells when the file was signed, on
/// or after the dispatch's date.
public struct DigitalSignature: Codable, Sendable, Equatable {
  /// Who signed, as the box names them ("Ủy ban nhân dân tỉnh Quảng Ngãi").
  public var signer: String?
  /// The signer's e-mail address, when the box gives one.
  public var email: String?
  /// When, ISO 8601 with the offset when the box gives one ("2025-02-05T15:35:18+07:00").
  public var time: String?

  /// A signature from its parts.
  public init(signer: String?, email: String?, time: String?) {
    self.signer = signer
    self.email = email
    self.time = time
  }

  enum CodingKeys: String, CodingKey { case signer, email, time }

  /// Encodes every key, writing unknown values as JSON `null`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encodeExplicitly(signer, forKey: .signer)
    try container.encodeExplicitly(email, forKey: .email)
    try container.encodeExplicitly(time, forKey: .time)
  }
}
