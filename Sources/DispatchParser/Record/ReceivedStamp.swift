/// The incoming-mail stamp ("CÔNG VĂN ĐẾN / Số: … / Ngày: … / Chuyển: …") a receiving office
/// puts on a dispatch it registers: its own register number and date, not the dispatch's.
public struct ReceivedStamp: Codable, Sendable, Equatable {
  /// The receiving office's register number, when legible (often handwritten).
  public var number: String?
  /// The date of receipt, ISO 8601, when legible.
  public var date: String?

  /// A stamp from its parts.
  public init(number: String?, date: String?) {
    self.number = number
    self.date = date
  }

  enum CodingKeys: String, CodingKey { case number, date }

  /// Encodes every key, writing unknown values as JSON `null`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encodeExplicitly(number, forKey: .number)
    try container.encodeExplicitly(date, forKey: .date)
  }
}
