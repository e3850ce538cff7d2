import GRDB
import VietnameseText

extension SQLiteCatalogue {
  func search(_ query: SearchQuery, filters: SearchFilters) async throws(CatalogueError)
    -> [SearchHit]
  {
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
      arguments.append("%" + SearchFilters.likeEscaped(issuer.vietnameseFolded) + "%")
    }
    if let year = filters.year {
      conditions.append("d.year = ?")
      arguments.append(year)
    }
    arguments.append(filters.limit)
    let sql = """
      SELECT d.source, d.symbol, d.date, d.issuer, d.type_name, d.type_code, d.subject, d.text, d.sha256,
        bm25(documents_fts, \(SearchText.weights.map { "\($0)" }.joined(separator: ", "))) AS score
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
}
