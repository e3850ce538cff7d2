extension DispatchRecord {
  /// The JSON keys of the record contract.
  enum CodingKeys: String, CodingKey {
    case documentType, number, symbol, date, place, issuer, subject, recipients, references
    case signer, distribution, urgency, confidentiality, copy, confidence, warnings
    case digitalSignatures, receivedStamp
  }

  /// Decodes a record; missing keys read as unknown so older records still load.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      documentType: try container.decodeIfPresent(DocumentType.self, forKey: .documentType),
      number: try container.decodeIfPresent(String.self, forKey: .number),
      symbol: try container.decodeIfPresent(String.self, forKey: .symbol),
      date: try container.decodeIfPresent(String.self, forKey: .date),
      place: try container.decodeIfPresent(String.self, forKey: .place),
      issuer: try container.decodeIfPresent(Issuer.self, forKey: .issuer),
      subject: try container.decodeIfPresent(String.self, forKey: .subject),
      recipients: try container.decodeIfPresent([String].self, forKey: .recipients) ?? [],
      references: try container.decodeIfPresent([Reference].self, forKey: .references) ?? [],
      signer: try container.decodeIfPresent(Signer.self, forKey: .signer),
      distribution: try container.decodeIfPresent([String].self, forKey: .distribution) ?? [],
      urgency: try container.decodeIfPresent(String.self, forKey: .urgency),
      confidentiality: try container.decodeIfPresent(String.self, forKey: .confidentiality),
      copy: try container.decodeIfPresent(DocumentCopy.self, forKey: .copy),
      confidence: try container.decodeIfPresent([String: Double].self, forKey: .confidence) ?? [:],
      warnings: try container.decodeIfPresent([String].self, forKey: .warnings) ?? [])
    digitalSignatures =
      try container.decodeIfPresent([DigitalSignature].self, forKey: .digitalSignatures) ?? []
    receivedStamp = try container.decodeIfPresent(ReceivedStamp.self, forKey: .receivedStamp)
  }

  /// Encodes every key, writing unknown fields as JSON `null` so consumers see the whole contract.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encodeExplicitly(documentType, forKey: .documentType)
    try container.encodeExplicitly(number, forKey: .number)
    try container.encodeExplicitly(symbol, forKey: .symbol)
    try container.encodeExplicitly(date, forKey: .date)
    try container.encodeExplicitly(place, forKey: .place)
    try container.encodeExplicitly(issuer, forKey: .issuer)
    try container.encodeExplicitly(subject, forKey: .subject)
    try container.encode(recipients, forKey: .recipients)
    try container.encode(references, forKey: .references)
    try container.encodeExplicitly(signer, forKey: .signer)
    try container.encode(distribution, forKey: .distribution)
    try container.encodeExplicitly(urgency, forKey: .urgency)
    try container.encodeExplicitly(confidentiality, forKey: .confidentiality)
    try container.encodeExplicitly(copy, forKey: .copy)
    try container.encode(confidence, forKey: .confidence)
    try container.encode(warnings, forKey: .warnings)
    try container.encode(digitalSignatures, forKey: .digitalSignatures)
    try container.encodeExplicitly(receivedStamp, forKey: .receivedStamp)
  }
}

extension KeyedEncodingContainer {
  /// Writes `value`, or an explicit `null` when it is absent (unlike `encodeIfPresent`, which drops the key).
  mutating func encodeExplicitly<T: Encodable>(_ value: T?, forKey key: Key) throws {
    if let value {
      try encode(value, forKey: key)
    } else {
      try encodeNil(forKey: key)
    }
  }
}
