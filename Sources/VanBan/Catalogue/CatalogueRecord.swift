import DispatchParser

/// One document read, for export to other systems: where it is, what it is, and its record.
public struct CatalogueRecord: Sendable, Codable {
  /// The path the document was last seen at.
  public var source: String
  /// SHA-256 of the content.
  public var sha256: String
  /// The container format.
  public var format: String?
  /// Number of pages.
  public var pageCount: Int
  /// Mean Tesseract word confidence over the pages, 0–100.
  public var meanConfidence: Double?
  /// When it was processed, ISO 8601.
  public var processedAt: String
  /// The parsed record; `nil` when parsing did not run.
  public var record: DispatchRecord?

  /// The columns of ``csvRow``.
  public static let csvHeader = [
    "source", "sha256", "pages", "type_code", "type_name", "number", "symbol", "date", "place",
    "issuer",
    "issuer_parent", "subject", "signer_title", "signer_name", "references",
  ]

  /// The record flattened into ``csvHeader``'s columns; references are their symbols joined by "; ".
  public var csvRow: [String] {
    [
      source, sha256, String(pageCount), record?.documentType?.code ?? "",
      record?.documentType?.name ?? "",
      record?.number ?? "", record?.symbol ?? "", record?.date ?? "", record?.place ?? "",
      record?.issuer?.name ?? "",
      record?.issuer?.parent ?? "", record?.subject ?? "", record?.signer?.title ?? "",
      record?.signer?.name ?? "",
      (record?.references ?? []).compactMap { $0.symbol ?? $0.subject }.joined(separator: "; "),
    ]
  }
}
