import PostgresNIO
import VietnameseText

extension PostgresCatalogue {
  /// The same search as SQLite's FTS5 index, over the same tokens, ranked by the same BM25.
  ///
  /// Folding is VanBan's own (``Swift/String/vietnameseFolded``) on both sides, as for SQLite,
  /// so PostgreSQL's `unaccent` and text-search parser play no part: its parser would cut
  /// "365/bc-ubnd" as a file path, and `ts_rank` is not BM25. The GIN index of the `tsvector`
  /// finds the documents holding every token; each phrase is then checked in the columns'
  /// token strings, and BM25 is computed as FTS5's `bm25()` does — k1 1.2, b 0.75, column
  /// weights 10, 3 and 1, IDF over the whole index, lengths in tokens — in the same order of
  /// operations, so the scores come out the same.
  func search(_ query: SearchQuery, filters: SearchFilters) async throws(CatalogueError)
    -> [SearchHit]
  {
    let phrases = query.terms.map { $0.map { $0.lowercased() } }
    let tokens = Array(Set(phrases.joined())).sorted()
    var binds = PostgresBindings()
    func bind(_ value: some PostgresDynamicTypeEncodable) -> String {
      binds.append(value)
      return "$\(binds.count)"
    }
    let everyToken = bind(tokens.map { "'\($0)'" }.joined(separator: " & "))
    let patterns = phrases.map { bind(SearchIndex.delimited($0)) }
    let columns = ["search_symbol", "search_fields", "search_body"]

    func contains(_ pattern: String, prefix: String = "") -> String {
      "(" + columns.map { "strpos(\(prefix)\($0), \(pattern)) > 0" }.joined(separator: " OR ")
        + ")"
    }
    func hits(_ index: Int) -> String {
      let tokenQuery = bind(phrases[index].map { "'\($0)'" }.joined(separator: " & "))
      var condition = "search_vector @@ \(tokenQuery)::tsquery"
      if phrases[index].count > 1 { condition += " AND " + contains(patterns[index]) }
      return "(SELECT count(*) FROM documents WHERE \(condition))::float8 AS h\(index)"
    }
    func frequency(_ index: Int) -> String {
      let pattern = patterns[index]
      return zip(columns, SearchText.weights).map { column, weight in
        "\(weight)::float8 * ((length(d.\(column)) - length(replace(d.\(column), \(pattern), '')))"
          + " / length(\(pattern)))"
      }.joined(separator: " + ") + " AS f\(index)"
    }
    func term(_ index: Int) -> String {
      let hits = "h.h\(index)"
      let idf = "ln((s.n - \(hits) + 0.5::float8) / (\(hits) + 0.5::float8))"
      return """
        (CASE WHEN \(idf) <= 0 THEN 1e-6::float8 ELSE \(idf) END) * ((m.f\(index) * (1.2::float8 + 1.0::float8)) \
        / (m.f\(index) + 1.2::float8 * ((1::float8 - 0.75::float8) + 0.75::float8 * m.search_length / s.avgdl)))
        """
    }

    var conditions = ["d.search_vector @@ \(everyToken)::tsquery", "d.status = 'done'"]
    for (index, phrase) in phrases.enumerated() where phrase.count > 1 {
      conditions.append(contains(patterns[index], prefix: "d."))
    }
    if let code = filters.typeCode {
      conditions.append("d.type_code IS NOT NULL")
      conditions.append(
        "lower(replace(replace(d.type_code, 'Đ', 'D'), 'đ', 'd')) = \(bind(code.vietnameseFolded))")
    }
    if let issuer = filters.issuer {
      let pattern = "%" + SearchFilters.likeEscaped(issuer.vietnameseFolded) + "%"
      conditions.append("d.issuer_folded ILIKE \(bind(pattern)) ESCAPE '\\'")
    }
    if let year = filters.year {
      conditions.append("d.year = \(bind(year))")
    }
    let limit = bind(filters.limit)
    let score =
      "-1.0::float8 * (0::float8"
      + phrases.indices.map { " + " + term($0) }.joined() + ")"
    let sql = """
      WITH s AS (
        SELECT count(*)::float8 AS n, coalesce(sum(search_length), 0)::float8 / greatest(count(*), 1)::float8 AS avgdl
        FROM documents WHERE search_vector IS NOT NULL),
      h AS (SELECT \(phrases.indices.map(hits).joined(separator: ", "))),
      m AS (
        SELECT d.id, d.search_length, \(phrases.indices.map(frequency).joined(separator: ", "))
        FROM documents d WHERE \(conditions.joined(separator: " AND "))),
      top AS (SELECT m.id, \(score) AS score FROM m, s, h ORDER BY score, m.id LIMIT \(limit))
      SELECT d.source, d.symbol, d.date, d.issuer, d.type_name, d.type_code, d.subject, d.text, d.sha256,
        top.score
      FROM top JOIN documents d ON d.id = top.id ORDER BY top.score, top.id
      """
    let rows = try await session.rows(PostgresQuery(unsafeSQL: sql, binds: binds))
    let terms = query.terms
    return try rows.map { row throws(CatalogueError) in
      let (source, symbol, date, issuer, typeName, typeCode, subject, text, sha256, score) =
        try decode(
          row,
          as: (
            String, String?, String?, String?, String?, String?, String?, String?, String, Double
          ).self)
      return SearchHit(
        source: source, symbol: symbol, date: date, issuer: issuer, documentType: typeName,
        documentTypeCode: typeCode, subject: subject,
        snippet: Snippet.around(terms, in: text ?? ""), score: score, sha256: sha256)
    }
  }
}
