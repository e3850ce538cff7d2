import Foundation

/// The document description written to the Info dictionary and, identically, to the XMP packet.
public struct PDFMetadata: Sendable, Hashable {
  /// Title (`/Title`, `dc:title`).
  public var title: String?
  /// Author (`/Author`, `dc:creator`): for a dispatch, the issuing body.
  public var author: String?
  /// Subject (`/Subject`, `dc:description`).
  public var subject: String?
  /// Keywords (`/Keywords`, `pdf:Keywords`), written joined by "; ".
  public var keywords: [String]
  /// When the document was made (`/CreationDate`, `xmp:CreateDate`): for a dispatch, its date.
  /// Only the day is written when `creationDateIsDay` holds.
  public var creationDate: Date?
  /// Whether ``creationDate`` is a calendar day without a time of day.
  public var creationDateIsDay: Bool
  /// When this file was made (`/ModDate`, `xmp:ModifyDate`). Default: now.
  public var modificationDate: Date
  /// The document's language as a BCP 47 tag (`/Lang`, `dc:language`). Default `vi`.
  public var language: String
  /// The program that made the content (`/Creator`, `xmp:CreatorTool`).
  public var creatorTool: String
  /// The program that wrote the PDF (`/Producer`, `pdf:Producer`).
  public var producer: String

  /// A description; everything unknown by default.
  public init(
    title: String? = nil, author: String? = nil, subject: String? = nil, keywords: [String] = [],
    creationDate: Date? = nil, creationDateIsDay: Bool = false, modificationDate: Date = Date(),
    language: String = "vi", creatorTool: String = "VanBan", producer: String = "VanBan with qpdf"
  ) {
    self.title = title
    self.author = author
    self.subject = subject
    self.keywords = keywords
    self.creationDate = creationDate
    self.creationDateIsDay = creationDateIsDay
    self.modificationDate = modificationDate
    self.language = language
    self.creatorTool = creatorTool
    self.producer = producer
  }
}
