import DispatchParser
import Foundation
import PostgresNIO

extension PostgresCatalogue {
  /// As SQLite's; text is ordered by its bytes (`COLLATE "C"`), as SQLite orders it, so both
  /// print the same report whatever the database's locale.
  func summary() async throws(CatalogueError) -> CatalogueSummary {
    func counts(_ expression: String, order: String = "count DESC, key")
      async throws(CatalogueError) -> [CatalogueSummary.Count]
    {
      try await session.rows(
        PostgresQuery(
          unsafeSQL: """
            SELECT coalesce(\(expression), '(unknown)') COLLATE "C" AS key, count(*) AS count FROM documents
            WHERE status = 'done' GROUP BY 1 ORDER BY \(order)
            """)
      ).map { row throws(CatalogueError) in
        let (key, count) = try decode(row, as: (String, Int).self)
        return CatalogueSummary.Count(key: key, count: count)
      }
    }
    let totals = try await session.rows(
      """
      SELECT count(*) FILTER (WHERE status = 'done'),
        coalesce(sum(page_count) FILTER (WHERE status = 'done'), 0),
        count(*) FILTER (WHERE status = 'failed') FROM documents
      """)
    let (documents, pages, failed) =
      try totals.first.map { row throws(CatalogueError) in
        try decode(row, as: (Int, Int, Int).self)
      } ?? (0, 0, 0)
    return CatalogueSummary(
      documents: documents, pages: pages, failed: failed, byType: try await counts("type_name"),
      byIssuer: try await counts("issuer"),
      byYear: try await counts("CAST(year AS TEXT)", order: "key DESC"))
  }

  func failures() async throws(CatalogueError) -> [FailedDocument] {
    try await session.rows(
      """
      SELECT source, sha256, failure_kind, error, processed_at FROM documents WHERE status = 'failed'
      ORDER BY source COLLATE "C"
      """
    ).map { row throws(CatalogueError) in
      let (source, sha256, kind, error, processedAt) = try decode(
        row, as: (String, String, String?, String?, String).self)
      return FailedDocument(
        source: source, sha256: sha256, kind: kind ?? "other", error: error ?? "",
        processedAt: processedAt)
    }
  }

  func records() async throws(CatalogueError) -> [CatalogueRecord] {
    let decoder = JSONDecoder()
    return try await session.rows(
      """
      SELECT source, sha256, format, page_count, mean_confidence, processed_at, record_json FROM documents
      WHERE status = 'done' ORDER BY source COLLATE "C"
      """
    ).map { row throws(CatalogueError) in
      let (source, sha256, format, pages, confidence, processedAt, json) = try decode(
        row, as: (String, String, String?, Int, Double?, String, String?).self)
      return CatalogueRecord(
        source: source, sha256: sha256, format: format, pageCount: pages,
        meanConfidence: confidence, processedAt: processedAt,
        record: json.flatMap { try? decoder.decode(DispatchRecord.self, from: Data($0.utf8)) })
    }
  }

  func rowCounts() async throws(CatalogueError) -> [String: Int] {
    let rows = try await session.rows(
      """
      SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM sources), (SELECT count(*) FROM pages),
        (SELECT count(*) FROM document_references),
        (SELECT count(*) FROM documents WHERE search_vector IS NOT NULL),
        (SELECT count(DISTINCT sha256) FROM documents)
      """)
    guard let row = rows.first else { return [:] }
    let counts = try decode(row, as: (Int, Int, Int, Int, Int, Int).self)
    return [
      "documents": counts.0, "sources": counts.1, "pages": counts.2,
      "document_references": counts.3, "documents_fts": counts.4, "distinct_sha256": counts.5,
    ]
  }
}
