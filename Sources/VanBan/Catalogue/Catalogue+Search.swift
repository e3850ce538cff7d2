import GRDB
import VietnameseText

extension Catalogue {
  /// Full-text search over the restored text and the record fields of the documents read,
  /// accent-insensitive both ways, best match first.
  ///
  /// The symbol column weighs most, then the record fields, then the body, so a symbol typed as
  /// the query puts that document first.
  /// - Throws: ``CatalogueError/emptyQuery(_:)`` or a database error.
  public func search(_ text: String, filters: SearchFilters = SearchFilters())
    async throws(CatalogueError) -> [SearchHit]
  {
    let query = try SearchQuery(text)
    var conditions = ["documents_fts MATCH ?", "d.status = 'done'"]
    var arguments: [(any DatabaseValueConvertible)?] = [query.matchExpression]
    if let code = filters.typeCode {
      // Type codes carry Đ ("QĐ"); compare folded on both sides by listing the stored variants.
      conditions.append("d.type_code IS NOT NULL")
      conditions.append("lower(replace(replace(d.type_code, 'Đ', 'D'), 'đ', 'd')) = ?")
      arguments.append(code.vietnameseFolded)
    }
    if let issuer = filters.issuer {
      conditions.append("d.issuer_folded LIKE ? ESCAPE '\\'")
      arguments.append("%" + Self.likeEscaped(issuer.vietnameseFolded) + "%")
    }
    if let year = filters.year {
      conditions.append("d.year = ?")
      arguments.append(year)
    }
    arguments.append(filters.limit)
    let sql = """
      SELECT d.source, d.symbol, d.date, d.issuer, d.type_name, d.type_code, d.subject, d.text, d.sha256,
        bm25(documents_fts, 10.0, 3.0, 1.0) AS score
      FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid
      WHERE \(conditions.joined(separator: " AND "))
      ORDER BY score LIMIT ?
      """
    let boundArguments = StatementArguments(arguments)
    let terms = query.terms
    return try await read { db in
      try Row.fetchAll(db, sql: sql, arguments: boundArguments).map { row in
        let body: String = row["text"] ?? ""
        return SearchHit(
          source: row["source"], symbol: row["symbol"], date: row["date"], issuer: row["issuer"],
          documentType: row["type_name"], documentTypeCode: row["type_code"],
          subject: row["subject"],
          snippet: Snippet.around(terms, in: body), score: row["score"], sha256: row["sha256"])
      }
    }
  }

  private static func likeEscaped(_ text: String) -> String {
    text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
      .replacingOccurrences(of: "_", with: "\\_")
  }
}
