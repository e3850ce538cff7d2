import Foundation
import PostgresNIO

extension PostgresCatalogue {
  func fingerprints() async throws(CatalogueError) -> [String: FileFingerprint] {
    var result: [String: FileFingerprint] = [:]
    for row in try await session.rows(
      "SELECT s.path, d.sha256, s.size, s.modified FROM sources s JOIN documents d ON d.id = s.document_id"
    ) {
      let (path, sha256, size, modified) = try decode(row, as: (String, String, Int64, Double).self)
      result[path] = FileFingerprint(path: path, sha256: sha256, size: size, modified: modified)
    }
    return result
  }

  func statuses() async throws(CatalogueError) -> [String: CatalogueStatus] {
    var result: [String: CatalogueStatus] = [:]
    for row in try await session.rows(
      "SELECT id, sha256, status, source, page_count FROM documents")
    {
      let (id, sha256, status, source, pages) = try decode(
        row, as: (Int64, String, String, String, Int).self)
      result[sha256] = CatalogueStatus(
        id: id, state: CatalogueStatus.State(rawValue: status) ?? .failed, source: source,
        pageCount: pages)
    }
    return result
  }

  func recordLocation(_ file: FileFingerprint) async throws(CatalogueError) {
    guard !readOnly else { throw readOnlyError }
    try await session.transaction(durable: true) { connection in
      _ = try await Self.recordLocation(file, on: connection)
    }
  }

  func record(_ entry: CatalogueEntry) async throws(CatalogueError) {
    guard !readOnly else { throw readOnlyError }
    try await session.transaction(durable: true) { connection in
      _ = try await Self.insert(entry, on: connection)
    }
  }

  func insert(_ entries: [CatalogueEntry]) async throws(CatalogueError) {
    guard !readOnly else { throw readOnlyError }
    try await session.transaction(durable: true) { connection in
      for entry in entries { _ = try await Self.insert(entry, on: connection) }
    }
  }

  /// The `workers` table is the log of runs of a shared catalogue: these write nothing.
  func beginRun() async throws(CatalogueError) -> Int64 { 0 }

  func finishRun(_ id: Int64, summary: BatchSummary) async throws(CatalogueError) {}

  /// Decodes a row, mapping a decoding error to ``CatalogueError``.
  func decode<each Column: PostgresDecodable>(
    _ row: PostgresRow, as type: (repeat each Column).Type
  ) throws(CatalogueError) -> (repeat each Column) {
    do { return try row.decode(type) } catch {
      throw .databaseFailed(path: path, reason: PostgresSession.reason(error))
    }
  }

  /// Notes that catalogued content was found at `file.path`, as SQLite's recording does: the
  /// path points at the document, which moves there when its old path is gone. Returns the
  /// document's state, or `nil` when the content is not catalogued.
  static func recordLocation(_ file: FileFingerprint, on connection: PostgresConnection)
    async throws -> CatalogueStatus.State?
  {
    let logger = PostgresSession.logger
    guard
      let row = try await connection.query(
        "SELECT id, source, status FROM documents WHERE sha256 = \(file.sha256)", logger: logger
      ).collect().first
    else { return nil }
    let (id, source, status) = try row.decode((Int64, String, String).self)
    let previous = try await connection.query(
      "SELECT document_id FROM sources WHERE path = \(file.path)", logger: logger
    ).collect().map { try $0.decode(Int64.self) }
    try await upsertSources([file], documentID: id, on: connection)
    if source != file.path, !FileManager.default.fileExists(atPath: source) {
      try await connection.query(
        "UPDATE documents SET source = \(file.path) WHERE id = \(id)", logger: logger)
    }
    try await pruneMissingSources(documentID: id, on: connection)
    try await deleteOrphans(among: previous.filter { $0 != id }, on: connection)
    return CatalogueStatus.State(rawValue: status) ?? .failed
  }

  /// Writes a document with its locations, pages, references and search columns, replacing any
  /// earlier row for the same content; returns its id.
  static func insert(_ entry: CatalogueEntry, on connection: PostgresConnection) async throws
    -> Int64
  {
    let logger = PostgresSession.logger
    let paths = entry.locations.map(\.path)
    // The snapshot of both is taken before the delete: the paths' documents as they were.
    let previous = try await connection.query(
      """
      WITH gone AS (DELETE FROM documents WHERE sha256 = \(entry.sha256))
      SELECT document_id FROM sources WHERE path = ANY(\(paths)::text[])
      """, logger: logger
    ).collect().map { try $0.decode(Int64.self) }
    let fields = entry.fields
    let index = entry.search.map(SearchIndex.init)
    let files = entry.locations
    let pages = entry.pages
    let referencesJSON = String(
      decoding: try JSONEncoder().encode(entry.references), as: UTF8.self)
    // One statement: the document, its locations, pages and references.
    let insert: PostgresQuery = """
      WITH d AS (
        INSERT INTO documents (sha256, source, size, format, status, failure_kind, error, page_count, seconds,
          processed_at, text, raw_text, type_code, type_name, number, symbol, date, year, place, issuer,
          issuer_folded, issuer_parent, subject, signer_authority, signer_on_behalf_of, signer_title, signer_name,
          record_json, mean_confidence, search_symbol, search_fields, search_body, search_length, search_vector)
        VALUES (\(entry.sha256), \(entry.source), \(entry.size), \(entry.format), \(entry.status.rawValue),
          \(entry.failureKind), \(entry.error), \(entry.pageCount), \(entry.seconds), \(entry.processedAt),
          \(entry.text), \(entry.rawText), \(fields.typeCode), \(fields.typeName), \(fields.number),
          \(fields.symbol), \(fields.date), \(fields.year), \(fields.place), \(fields.issuer),
          \(fields.issuerFolded), \(fields.issuerParent), \(fields.subject), \(fields.signerAuthority),
          \(fields.signerOnBehalfOf), \(fields.signerTitle), \(fields.signerName), \(entry.recordJSON),
          \(entry.meanConfidence), \(index?.symbol), \(index?.fields), \(index?.body), \(index?.length),
          array_to_tsvector(\(index?.lexemes)::text[]))
        RETURNING id),
      s AS (
        INSERT INTO sources (path, document_id, size, modified)
        SELECT f.path, d.id, f.size, f.modified
        FROM d, unnest(\(files.map(\.path))::text[], \(files.map(\.size))::int8[], \(files.map(\.modified))::float8[])
          AS f (path, size, modified)
        ON CONFLICT (path) DO UPDATE SET document_id = EXCLUDED.document_id, size = EXCLUDED.size,
          modified = EXCLUDED.modified),
      p AS (
        INSERT INTO pages (document_id, number, text, raw_text, width, height, word_count, mean_confidence,
          min_confidence, low_confidence_words)
        SELECT d.id, page.* FROM d, unnest(\(pages.map(\.number))::int8[], \(pages.map(\.text))::text[],
          \(pages.map(\.rawText))::text[], \(pages.map(\.width))::int8[], \(pages.map(\.height))::int8[],
          \(pages.map(\.wordCount))::int8[], \(pages.map(\.meanConfidence))::float8[],
          \(pages.map(\.minConfidence))::float8[], \(pages.map(\.lowConfidenceWords))::int8[]) AS page),
      r AS (
        INSERT INTO document_references (document_id, position, kind, type_code, number, symbol, date, issuer,
          subject)
        SELECT d.id, r.position - 1, r.value ->> 'kind', r.value ->> 'typeCode', r.value ->> 'number',
          r.value ->> 'symbol', r.value ->> 'date', r.value ->> 'issuer', r.value ->> 'subject'
        FROM d, jsonb_array_elements(\(referencesJSON)::jsonb) WITH ORDINALITY AS r (value, position))
      SELECT id FROM d
      """
    guard let row = try await connection.query(insert, logger: logger).collect().first else {
      throw CatalogueError.databaseFailed(path: "", reason: "no id returned for a new document")
    }
    let id = try row.decode(Int64.self)
    let orphans = previous.filter { $0 != id }
    if !orphans.isEmpty { try await deleteOrphans(among: orphans, on: connection) }
    return id
  }

  private static func upsertSources(
    _ files: [FileFingerprint], documentID: Int64, on connection: PostgresConnection
  ) async throws {
    guard !files.isEmpty else { return }
    try await connection.query(
      """
      INSERT INTO sources (path, document_id, size, modified)
      SELECT path, \(documentID), size, modified
      FROM unnest(\(files.map(\.path)), \(files.map(\.size)), \(files.map(\.modified))) AS f (path, size, modified)
      ON CONFLICT (path) DO UPDATE SET document_id = EXCLUDED.document_id, size = EXCLUDED.size,
        modified = EXCLUDED.modified
      """, logger: PostgresSession.logger)
  }

  private static func pruneMissingSources(documentID: Int64, on connection: PostgresConnection)
    async throws
  {
    let paths = try await connection.query(
      "SELECT path FROM sources WHERE document_id = \(documentID)", logger: PostgresSession.logger
    ).collect().map { try $0.decode(String.self) }
    let missing = paths.filter { !FileManager.default.fileExists(atPath: $0) }
    guard !missing.isEmpty else { return }
    try await connection.query(
      "DELETE FROM sources WHERE path = ANY(\(missing))", logger: PostgresSession.logger)
  }

  /// A file changed in place leaves its old content's row with no path: that version is gone.
  private static func deleteOrphans(among ids: [Int64], on connection: PostgresConnection)
    async throws
  {
    for id in ids {
      try await pruneMissingSources(documentID: id, on: connection)
      try await connection.query(
        """
        DELETE FROM documents WHERE id = \(id) AND NOT EXISTS (SELECT 1 FROM sources WHERE document_id = \(id))
        """, logger: PostgresSession.logger)
    }
  }
}
