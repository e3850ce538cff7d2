import DispatchParser
import Foundation
import GRDB

extension SQLiteCatalogue {
  func summary() async throws(CatalogueError) -> CatalogueSummary {
    try await read { db in
      func counts(_ expression: String, order: String = "count DESC, key") throws
        -> [CatalogueSummary.Count]
      {
        try Row.fetchAll(
          db,
          sql: """
            SELECT coalesce(\(expression), '(unknown)') AS key, count(*) AS count FROM documents
            WHERE status = 'done' GROUP BY 1 ORDER BY \(order)
            """
        ).map { CatalogueSummary.Count(key: $0["key"], count: $0["count"]) }
      }
      return CatalogueSummary(
        documents: try Int.fetchOne(db, sql: "SELECT count(*) FROM documents WHERE status = 'done'")
          ?? 0,
        pages: try Int.fetchOne(
          db, sql: "SELECT coalesce(sum(page_count), 0) FROM documents WHERE status = 'done'") ?? 0,
        failed: try Int.fetchOne(db, sql: "SELECT count(*) FROM documents WHERE status = 'failed'")
          ?? 0,
        byType: try counts("type_name"), byIssuer: try counts("issuer"),
        byYear: try counts("CAST(year AS TEXT)", order: "key DESC"))
    }
  }

  func failures() async throws(CatalogueError) -> [FailedDocument] {
    try await read { db in
      try Row.fetchAll(
        db,
        sql:
          "SELECT source, sha256, failure_kind, error, processed_at FROM documents WHERE status = 'failed' ORDER BY source"
      ).map { row in
        FailedDocument(
          source: row[0], sha256: row[1], kind: row[2] ?? "other", error: row[3] ?? "",
          processedAt: row[4])
      }
    }
  }

  func records() async throws(CatalogueError) -> [CatalogueRecord] {
    try await read { db in
      let decoder = JSONDecoder()
      return try Row.fetchAll(
        db,
        sql: """
          SELECT source, sha256, format, page_count, mean_confidence, processed_at, record_json FROM documents
          WHERE status = 'done' ORDER BY source
          """
      ).map { row in
        let json: String? = row[6]
        return CatalogueRecord(
          source: row[0], sha256: row[1], format: row[2], pageCount: row[3], meanConfidence: row[4],
          processedAt: row[5],
          record: json.flatMap { try? decoder.decode(DispatchRecord.self, from: Data($0.utf8)) })
      }
    }
  }

  func rowCounts() async throws(CatalogueError) -> [String: Int] {
    try await read { db in
      var counts: [String: Int] = [:]
      for table in ["documents", "sources", "pages", "document_references", "documents_fts"] {
        counts[table] = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0
      }
      counts["distinct_sha256"] =
        try Int.fetchOne(db, sql: "SELECT count(DISTINCT sha256) FROM documents") ?? 0
      return counts
    }
  }
}
