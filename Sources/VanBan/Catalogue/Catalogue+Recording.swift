import DispatchParser
import Foundation
import GRDB
import VietnameseText

extension Catalogue {
  /// Word confidence below which a word counts as doubtful in the page summary.
  public static let lowConfidence = 60.0

  /// The known fingerprints by path, so unchanged files need not be hashed again.
  public func fingerprints() async throws(CatalogueError) -> [String: FileFingerprint] {
    try await read { db in
      let rows = try Row.fetchAll(
        db,
        sql:
          "SELECT s.path, d.sha256, s.size, s.modified FROM sources s JOIN documents d ON d.id = s.document_id"
      )
      var result: [String: FileFingerprint] = [:]
      for row in rows {
        let path: String = row[0]
        result[path] = FileFingerprint(path: path, sha256: row[1], size: row[2], modified: row[3])
      }
      return result
    }
  }

  /// The state of every catalogued document, by content hash.
  public func statuses() async throws(CatalogueError) -> [String: CatalogueStatus] {
    try await read { db in
      var result: [String: CatalogueStatus] = [:]
      for row in try Row.fetchAll(
        db, sql: "SELECT id, sha256, status, source, page_count FROM documents")
      {
        let state = CatalogueStatus.State(rawValue: row[2]) ?? .failed
        result[row[1]] = CatalogueStatus(
          id: row[0], state: state, source: row[3], pageCount: row[4])
      }
      return result
    }
  }

  /// Notes that an already catalogued content was found at `file.path` (a moved, renamed or
  /// duplicated file). The document's `source` moves there when its old path no longer exists.
  public func recordLocation(_ file: FileFingerprint) async throws(CatalogueError) {
    try await write { db in
      guard
        let row = try Row.fetchOne(
          db, sql: "SELECT id, source FROM documents WHERE sha256 = ?", arguments: [file.sha256])
      else { return }
      let id: Int64 = row[0]
      let source: String = row[1]
      let previous = try Int64.fetchOne(
        db, sql: "SELECT document_id FROM sources WHERE path = ?", arguments: [file.path])
      try Self.upsertSource(db, file: file, documentID: id)
      if source != file.path, !FileManager.default.fileExists(atPath: source) {
        try db.execute(
          sql: "UPDATE documents SET source = ? WHERE id = ?", arguments: [file.path, id])
      }
      try Self.pruneMissingSources(db, documentID: id)
      try Self.deleteOrphans(db, among: [previous].compactMap { $0 }.filter { $0 != id })
    }
  }

  /// Records a read document and its pages, record and references in one transaction,
  /// replacing any earlier row for the same content.
  ///
  /// - Parameters:
  ///   - document: the document as read.
  ///   - file: where the content was found.
  ///   - aliases: other paths with the same content.
  ///   - seconds: the wall time the run spent on the document.
  public func record(
    _ document: DocumentResult, file: FileFingerprint, aliases: [FileFingerprint] = [],
    seconds: Double
  ) async throws(CatalogueError) {
    let recordJSON = document.record.flatMap { try? JSONEncoder().encode($0) }.map {
      String(decoding: $0, as: UTF8.self)
    }
    let pages = document.pages.map(PageSummary.init)
    let text = document.text
    let rawText = document.rawText
    let format = document.format.rawValue
    let record = document.record
    try await write { db in
      let id = try Self.insertDocument(
        db, file: file, aliases: aliases,
        columns: [
          "status": "done", "format": format, "page_count": pages.count, "seconds": seconds,
          "text": text,
          "raw_text": rawText, "record_json": recordJSON,
          "mean_confidence": pages.isEmpty
            ? nil : pages.map(\.meanConfidence).reduce(0, +) / Double(pages.count),
        ] + Self.recordColumns(record))
      for page in pages {
        try db.execute(
          sql: """
            INSERT INTO pages (document_id, number, text, raw_text, width, height, word_count, mean_confidence,
              min_confidence, low_confidence_words) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
          arguments: [
            id, page.number, page.text, page.rawText, page.width, page.height, page.wordCount,
            page.meanConfidence,
            page.minConfidence, page.lowConfidenceWords,
          ])
      }
      for (position, reference) in (record?.references ?? []).enumerated() {
        try db.execute(
          sql: """
            INSERT INTO document_references (document_id, position, kind, type_code, number, symbol, date, issuer,
              subject) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
          arguments: [
            id, position, reference.kind, reference.typeCode, reference.number, reference.symbol,
            reference.date,
            reference.issuer, reference.subject,
          ])
      }
      try db.execute(
        sql: "INSERT INTO documents_fts (rowid, symbol, fields, body) VALUES (?, ?, ?, ?)",
        arguments: [id, Self.symbolText(record), Self.fieldsText(record), text.vietnameseFolded])
    }
  }

  /// Records a document that could not be read, with its reason, in one transaction.
  public func recordFailure(
    _ failure: DocumentFailure, file: FileFingerprint, aliases: [FileFingerprint] = []
  ) async throws(CatalogueError) {
    try await write { db in
      _ = try Self.insertDocument(
        db, file: file, aliases: aliases,
        columns: [
          "status": "failed", "failure_kind": failure.kind.rawValue, "error": failure.message,
        ])
    }
  }

  private static func insertDocument(
    _ db: Database, file: FileFingerprint, aliases: [FileFingerprint],
    columns: [String: (any DatabaseValueConvertible)?]
  ) throws -> Int64 {
    let files = [file] + aliases
    var previous: [Int64] = []
    for path in files.map(\.path) {
      if let id = try Int64.fetchOne(
        db, sql: "SELECT document_id FROM sources WHERE path = ?", arguments: [path])
      {
        previous.append(id)
      }
    }
    try db.execute(sql: "DELETE FROM documents WHERE sha256 = ?", arguments: [file.sha256])
    var all = columns
    all["sha256"] = file.sha256
    all["source"] = file.path
    all["size"] = file.size
    all["processed_at"] = ISO8601DateFormatter().string(from: Date())
    let names = all.keys.sorted()
    try db.execute(
      sql:
        "INSERT INTO documents (\(names.joined(separator: ", "))) VALUES (\(names.map { _ in "?" }.joined(separator: ", ")))",
      arguments: StatementArguments(names.map { all[$0] ?? nil }))
    let id = db.lastInsertedRowID
    for alias in files { try upsertSource(db, file: alias, documentID: id) }
    try deleteOrphans(db, among: previous.filter { $0 != id })
    return id
  }

  private static func pruneMissingSources(_ db: Database, documentID: Int64) throws {
    let paths = try String.fetchAll(
      db, sql: "SELECT path FROM sources WHERE document_id = ?", arguments: [documentID])
    for path in paths where !FileManager.default.fileExists(atPath: path) {
      try db.execute(sql: "DELETE FROM sources WHERE path = ?", arguments: [path])
    }
  }

  private static func upsertSource(_ db: Database, file: FileFingerprint, documentID: Int64) throws
  {
    try db.execute(
      sql: "INSERT OR REPLACE INTO sources (path, document_id, size, modified) VALUES (?, ?, ?, ?)",
      arguments: [file.path, documentID, file.size, file.modified])
  }

  /// A file changed in place leaves its old content's row with no path: that version is gone.
  /// Paths that no longer exist (moved or deleted files) are dropped first.
  private static func deleteOrphans(_ db: Database, among ids: [Int64]) throws {
    for id in ids {
      try pruneMissingSources(db, documentID: id)
      try db.execute(
        sql:
          "DELETE FROM documents WHERE id = ? AND NOT EXISTS (SELECT 1 FROM sources WHERE document_id = ?)",
        arguments: [id, id])
    }
  }

  private static func recordColumns(_ record: DispatchRecord?) -> [String: (
    any DatabaseValueConvertible
  )?] {
    guard let record else { return [:] }
    return [
      "type_code": record.documentType?.code, "type_name": record.documentType?.name,
      "number": record.number,
      "symbol": record.symbol, "date": record.date,
      "year": record.date.flatMap { Int($0.prefix(4)) },
      "place": record.place, "issuer": record.issuer?.name,
      "issuer_folded": record.issuer?.name?.vietnameseFolded,
      "issuer_parent": record.issuer?.parent, "subject": record.subject,
      "signer_authority": record.signer?.authority,
      "signer_on_behalf_of": record.signer?.onBehalfOf, "signer_title": record.signer?.title,
      "signer_name": record.signer?.name,
    ]
  }

  private static func symbolText(_ record: DispatchRecord?) -> String {
    record?.symbol?.vietnameseFolded ?? ""
  }

  private static func fieldsText(_ record: DispatchRecord?) -> String {
    guard let record else { return "" }
    let fields: [String?] = [
      record.documentType?.name, record.issuer?.name, record.issuer?.parent, record.subject,
      record.place,
      record.signer?.title, record.signer?.name,
    ]
    let references = record.references.flatMap { [$0.symbol, $0.subject] }
    return (fields + references).compactMap { $0 }.joined(separator: "\n").vietnameseFolded
  }
}

extension Dictionary where Key == String, Value == (any DatabaseValueConvertible)? {
  fileprivate static func + (lhs: Self, rhs: Self) -> Self { lhs.merging(rhs) { _, new in new } }
}
