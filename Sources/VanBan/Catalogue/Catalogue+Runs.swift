import Foundation
import GRDB

extension Catalogue {
  /// Notes the start of a batch run; returns its id for ``finishRun(_:summary:)``.
  public func beginRun() async throws(CatalogueError) -> Int64 {
    let now = ISO8601DateFormatter().string(from: Date())
    return try await write { db in
      try db.execute(sql: "INSERT INTO runs (started_at) VALUES (?)", arguments: [now])
      return db.lastInsertedRowID
    }
  }

  /// Notes the end of run `id` with what it did, so the catalogue keeps a log of its runs.
  public func finishRun(_ id: Int64, summary: BatchSummary) async throws(CatalogueError) {
    let now = ISO8601DateFormatter().string(from: Date())
    try await write { db in
      try db.execute(
        sql: """
          UPDATE runs SET finished_at = ?, documents = ?, pages = ?, failed = ?, interrupted = ? WHERE id = ?
          """,
        arguments: [now, summary.processed, summary.pages, summary.failed, summary.interrupted, id])
    }
  }
}
