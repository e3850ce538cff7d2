/// The structured record of one Vietnamese administrative document (Decree 30/2020/NĐ-CP).
///
/// Every key of the JSON contract is always present: a field the parser could not read
/// is `null` (and explained in ``warnings``), never guessed. Dates are ISO 8601
/// (`yyyy-MM-dd`); names are in sentence case with abbreviations expanded.
///
/// ```swift
/// let record = DispatchParser().parse(text)
/// print(record.symbol ?? "-")  // "365/BC-UBND"
/// ```
public struct DispatchRecord: Codable, Sendable, Equatable {
  /// The document type from the title line or the symbol; `code` is null for a công văn.
  public var documentType: DocumentType?
  /// The registration number ("365"); null when the number is missing (handwritten, unread).
  public var number: String?
  /// The full symbol without spaces ("365/BC-UBND", "496-TB/TU", "/UBND-SGDĐT").
  public var symbol: String?
  /// The signing date, ISO 8601 ("2025-12-01").
  public var date: String?
  /// The place name written before the date ("Lê Chân").
  public var place: String?
  /// The issuing body and the body above it.
  public var issuer: Issuer?
  /// The summary of the content (trích yếu), without a leading "V/v" or "Về việc".
  public var subject: String?
  /// The "Kính gửi" list.
  public var recipients: [String]
  /// Every document cited in the body or the "Căn cứ" lines, in reading order.
  public var references: [Reference]
  /// The signer block.
  public var signer: Signer?
  /// The "Nơi nhận" list, items as written.
  public var distribution: [String]
  /// The urgency stamp: "Hỏa tốc", "Thượng khẩn" or "Khẩn".
  public var urgency: String?
  /// The confidentiality mark: "Mật", "Tối mật" or "Tuyệt mật".
  public var confidentiality: String?
  /// The copy block ("SAO Y", "TRÍCH SAO", "SAO LỤC") when the text is a copy.
  public var copy: DocumentCopy?
  /// The digital signatures whose boxes the page shows (who signed the file, and when), from a
  /// PDF's text layer or the text; none for a paper-only dispatch.
  public var digitalSignatures: [DigitalSignature] = []
  /// The incoming-mail stamp of an office that registered this copy, when one is on the page.
  public var receivedStamp: ReceivedStamp?
  /// How sure the parser is of each field, from 0 to 1, keyed by field name.
  public var confidence: [String: Double]
  /// What the parser could not read or had to repair.
  public var warnings: [String]

  /// Creates a record; every field defaults to unknown.
  public init(
    documentType: DocumentType? = nil, number: String? = nil, symbol: String? = nil,
    date: String? = nil, place: String? = nil, issuer: Issuer? = nil, subject: String? = nil,
    recipients: [String] = [], references: [Reference] = [], signer: Signer? = nil,
    distribution: [String] = [], urgency: String? = nil, confidentiality: String? = nil,
    copy: DocumentCopy? = nil, confidence: [String: Double] = [:], warnings: [String] = []
  ) {
    self.documentType = documentType
    self.number = number
    self.symbol = symbol
    self.date = date
    self.place = place
    self.issuer = issuer
    self.subject = subject
    self.recipients = recipients
    self.references = references
    self.signer = signer
    self.distribution = distribution
    self.urgency = urgency
    self.confidentiality = confidentiality
    self.copy = copy
    self.confidence = confidence
    self.warnings = warnings
  }
}
