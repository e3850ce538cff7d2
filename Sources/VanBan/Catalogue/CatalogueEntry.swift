import DispatchParser
import Foundation
import VietnameseText

/// One catalogued document as rows, whatever the database: what recording a document writes and
/// what ``Catalogue/copy(to:progress:)`` moves from one catalogue to another.
struct CatalogueEntry: Sendable {
  /// The record's fields as the `documents` table keeps them, for filters and exports.
  struct Fields: Sendable, Hashable {
    var typeCode: String?
    var typeName: String?
    var number: String?
    var symbol: String?
    var date: String?
    var year: Int?
    var place: String?
    var issuer: String?
    var issuerFolded: String?
    var issuerParent: String?
    var subject: String?
    var signerAuthority: String?
    var signerOnBehalfOf: String?
    var signerTitle: String?
    var signerName: String?
  }

  /// A referenced document, one row each, in the record's order.
  struct ReferenceRow: Sendable, Hashable, Codable {
    var kind: String?
    var typeCode: String?
    var number: String?
    var symbol: String?
    var date: String?
    var issuer: String?
    var subject: String?
  }

  var sha256: String
  /// The path the document was last seen at.
  var source: String
  var size: Int64
  var status: CatalogueStatus.State
  var format: String?
  var failureKind: String?
  var error: String?
  var pageCount: Int
  var seconds: Double?
  /// ISO 8601, UTC.
  var processedAt: String
  var text: String?
  var rawText: String?
  var fields: Fields
  var recordJSON: String?
  var meanConfidence: Double?
  /// Every path the content is known at, the first being `source`.
  var locations: [FileFingerprint]
  var pages: [PageSummary]
  var references: [ReferenceRow]
  /// The index columns; `nil` for a failure, which is not searchable.
  var search: SearchText?

  /// The entry of a document read, found at `file` and at `aliases`.
  init(
    document: DocumentResult, file: FileFingerprint, aliases: [FileFingerprint], seconds: Double,
    processedAt: Date = Date()
  ) {
    let pages = document.pages.map(PageSummary.init)
    let record = document.record
    self.init(
      sha256: file.sha256, source: file.path, size: file.size, status: .done,
      processedAt: processedAt, locations: [file] + aliases)
    format = document.format.rawValue
    pageCount = pages.count
    self.seconds = seconds
    text = document.text
    rawText = document.rawText
    recordJSON = record.flatMap { try? JSONEncoder().encode($0) }.map {
      String(decoding: $0, as: UTF8.self)
    }
    meanConfidence =
      pages.isEmpty ? nil : pages.map(\.meanConfidence).reduce(0, +) / Double(pages.count)
    fields = Fields(record)
    self.pages = pages
    references = (record?.references ?? []).map(ReferenceRow.init)
    search = SearchText(fields: fields, references: references, text: document.text)
  }

  /// The entry of a document that could not be read.
  init(
    failure: DocumentFailure, file: FileFingerprint, aliases: [FileFingerprint],
    processedAt: Date = Date()
  ) {
    self.init(
      sha256: file.sha256, source: file.path, size: file.size, status: .failed,
      processedAt: processedAt, locations: [file] + aliases)
    failureKind = failure.kind.rawValue
    error = failure.message
  }

  /// An entry with nothing but its identity; the rest is filled in by the caller.
  init(
    sha256: String, source: String, size: Int64, status: CatalogueStatus.State,
    processedAt: Date, locations: [FileFingerprint]
  ) {
    self.init(
      sha256: sha256, source: source, size: size, status: status,
      processedAt: ISO8601DateFormatter().string(from: processedAt), locations: locations)
  }

  /// An entry with nothing but its identity, its time already written out.
  init(
    sha256: String, source: String, size: Int64, status: CatalogueStatus.State,
    processedAt: String, locations: [FileFingerprint]
  ) {
    self.sha256 = sha256
    self.source = source
    self.size = size
    self.status = status
    pageCount = 0
    self.processedAt = processedAt
    fields = Fields(nil)
    self.locations = locations
    pages = []
    references = []
  }
}

extension CatalogueEntry.Fields {
  /// The columns of `record`; all `nil` without one.
  init(_ record: DispatchRecord?) {
    guard let record else {
      self.init()
      return
    }
    self.init(
      typeCode: record.documentType?.code, typeName: record.documentType?.name,
      number: record.number, symbol: record.symbol, date: record.date,
      year: record.date.flatMap { Int($0.prefix(4)) }, place: record.place,
      issuer: record.issuer?.name, issuerFolded: record.issuer?.name?.vietnameseFolded,
      issuerParent: record.issuer?.parent, subject: record.subject,
      signerAuthority: record.signer?.authority, signerOnBehalfOf: record.signer?.onBehalfOf,
      signerTitle: record.signer?.title, signerName: record.signer?.name)
  }
}

extension CatalogueEntry.ReferenceRow {
  /// The row of one reference.
  init(_ reference: Reference) {
    self.init(
      kind: reference.kind, typeCode: reference.typeCode, number: reference.number,
      symbol: reference.symbol, date: reference.date, issuer: reference.issuer,
      subject: reference.subject)
  }
}
