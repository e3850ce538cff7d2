import Foundation
import GRDB

extension SQLiteCatalogue {
  func entries(after id: Int64, limit: Int) async throws(CatalogueError) -> [(
    id: Int64, entry: CatalogueEntry
  )] {
    try await read { db in
      try Row.fetchAll(
        db, sql: "SELECT * FROM documents WHERE id > ? ORDER BY id LIMIT ?",
        arguments: [id, limit]
      ).map { row in
        let id: Int64 = row["id"]
        var entry = CatalogueEntry(
          sha256: row["sha256"], source: row["source"], size: row["size"],
          status: CatalogueStatus.State(rawValue: row["status"]) ?? .failed,
          processedAt: row["processed_at"] as String,
          locations: try Row.fetchAll(
            db, sql: "SELECT path, size, modified FROM sources WHERE document_id = ? ORDER BY path",
            arguments: [id]
          ).map {
            FileFingerprint(path: $0[0], sha256: row["sha256"], size: $0[1], modified: $0[2])
          }
        )
        // The document's own path first, as recording puts it.
        entry.locations.sort { first, _ in first.path == entry.source }
        entry.format = row["format"]
        entry.failureKind = row["failure_kind"]
        entry.error = row["error"]
        entry.pageCount = row["page_count"]
        entry.seconds = row["seconds"]
        entry.text = row["text"]
        entry.rawText = row["raw_text"]
        entry.recordJSON = row["record_json"]
        entry.meanConfidence = row["mean_confidence"]
        entry.fields = CatalogueEntry.Fields(
          typeCode: row["type_code"], typeName: row["type_name"], number: row["number"],
          symbol: row["symbol"], date: row["date"], year: row["year"], place: row["place"],
          issuer: row["issuer"], issuerFolded: row["issuer_folded"],
          issuerParent: row["issuer_parent"], subject: row["subject"],
          signerAuthority: row["signer_authority"], signerOnBehalfOf: row["signer_on_behalf_of"],
          signerTitle: row["signer_title"], signerName: row["signer_name"])
        entry.pages = try Row.fetchAll(
          db, sql: "SELECT * FROM pages WHERE document_id = ? ORDER BY number", arguments: [id]
        ).map { page in
          PageSummary(
            number: page["number"], text: page["text"], rawText: page["raw_text"],
            width: page["width"], height: page["height"], wordCount: page["word_count"],
            meanConfidence: page["mean_confidence"], minConfidence: page["min_confidence"],
            lowConfidenceWords: page["low_confidence_words"])
        }
        entry.references = try Row.fetchAll(
          db, sql: "SELECT * FROM document_references WHERE document_id = ? ORDER BY position",
          arguments: [id]
        ).map { reference in
          CatalogueEntry.ReferenceRow(
            kind: reference["kind"], typeCode: reference["type_code"],
            number: reference["number"], symbol: reference["symbol"], date: reference["date"],
            issuer: reference["issuer"], subject: reference["subject"])
        }
        if let indexed = try Row.fetchOne(
          db, sql: "SELECT symbol, fields, body FROM documents_fts WHERE rowid = ?",
          arguments: [id])
        {
          entry.search = SearchText(symbol: indexed[0], fields: indexed[1], body: indexed[2])
        }
        return (id, entry)
      }
    }
  }
}
