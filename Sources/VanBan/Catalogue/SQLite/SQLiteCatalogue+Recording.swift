import Foundation
import GRDB

extension SQLiteCatalogue {
  func fingerprints() async throws(CatalogueError) -> [String: FileFingerprint] {
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

  func statuses() async throws(CatalogueError) -> [String: CatalogueStatus] {
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

  func recordLocation(_ file: FileFingerprint) async throws(CatalogueError) {
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

  func record(_ entry: CatalogueEntry) async throws(CatalogueError) {
    try await write { db in try Self.insert(db, entry) }
  }

  func insert(_ entries: [CatalogueEntry]) async throws(CatalogueError) {
    try await write { db in
      for entry in entries { try Self.insert(db, entry) }
    }
  }

  func beginRun() async throws(CatalogueError) -> Int64 {
    let now = ISO8601DateFormatter().string(from: Date())
    return try await write { db in
      try db.execute(sql: "INSERT INTO runs (started_at) VALUES (?)", arguments: [now])
      return db.lastInsertedRowID
    }
  }

  func finishRun(_ id: Int64, summary: BatchSummary) async throws(CatalogueError) {
    let now = ISO8601DateFormatter().string(from: Date())
    try await write { db in
      try db.execute(
        sql: """
          UPDATE runs SET finished_at = ?, documents = ?, pages = ?, failed = ?, interrupted = ? WHERE id = ?
          """,
        arguments: [now, summary.processed, summary.pages, summary.failed, summary.interrupted, id])
    }
  }

  /// Writes a document with its locations, pages, references and index row, replacing any
  /// earlier row for the same content; a version whose last path now holds other content goes.
  private static func insert(_ db: Database, _ entry: CatalogueEntry) throws {
    var previous: [Int64] = []
    for path in entry.locations.map(\.path) {
      if let id = try Int64.fetchOne(
        db, sql: "SELECT document_id FROM sources WHERE path = ?", arguments: [path])
      {
        previous.append(id)
      }
    }
    try db.execute(sql: "DELETE FROM documents WHERE sha256 = ?", arguments: [entry.sha256])
    let fields = entry.fields
    let columns: [String: (any DatabaseValueConvertible)?] = [
      "sha256": entry.sha256, "source": entry.source, "size": entry.size,
      "status": entry.status.rawValue, "format": entry.format, "failure_kind": entry.failureKind,
      "error": entry.error, "page_count": entry.pageCount, "seconds": entry.seconds,
      "processed_at": entry.processedAt, "text": entry.text, "raw_text": entry.rawText,
      "type_code": fields.typeCode, "type_name": fields.typeName, "number": fields.number,
      "symbol": fields.symbol, "date": fields.date, "year": fields.year, "place": fields.place,
      "issuer": fields.issuer, "issuer_folded": fields.issuerFolded,
      "issuer_parent": fields.issuerParent, "subject": fields.subject,
      "signer_authority": fields.signerAuthority, "signer_on_behalf_of": fields.signerOnBehalfOf,
      "signer_title": fields.signerTitle, "signer_name": fields.signerName,
      "record_json": entry.recordJSON, "mean_confidence": entry.meanConfidence,
    ]
    let names = columns.keys.sorted()
    try db.execute(
      sql:
        "INSERT INTO documents (\(names.joined(separator: ", "))) VALUES (\(names.map { _ in "?" }.joined(separator: ", ")))",
      arguments: StatementArguments(names.map { columns[$0] ?? nil }))
    let id = db.lastInsertedRowID
    for location in entry.locations { try upsertSource(db, file: location, documentID: id) }
    try deleteOrphans(db, among: previous.filter { $0 != id })
    for page in entry.pages {
      try db.execute(
        sql: """
          INSERT INTO pages (document_id, number, text, raw_text, width, height, word_count, mean_confidence,
            min_confidence, low_confidence_words) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          id, page.number, page.text, page.rawText, page.width, page.height, page.wordCount,
          page.meanConfidence, page.minConfidence, page.lowConfidenceWords,
        ])
    }
    for (position, reference) in entry.references.enumerated() {
      try db.execute(
        sql: """
          INSERT INTO document_references (document_id, position, kind, type_code, number, symbol, date, issuer,
            subject) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          id, position, reference.kind, reference.typeCode, reference.number, reference.symbol,
          reference.date, reference.issuer, reference.subject,
        ])
    }
    if let search = entry.search {
      try db.execute(
        sql: "INSERT INTO documents_fts (rowid, symbol, fields, body) VALUES (?, ?, ?, ?)",
        arguments: [id, search.symbol, search.fields, search.body])
    }
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
}
