extension Catalogue {
  /// Full-text search over the restored text and the record fields of the documents read,
  /// accent-insensitive both ways, best match first.
  ///
  /// The symbol column weighs most, then the record fields, then the body, so a symbol typed as
  /// the query puts that document first. SQLite ranks with FTS5's BM25; PostgreSQL computes the
  /// same BM25 over the same tokens, so both give the same order and scores.
  /// - Throws: ``CatalogueError/emptyQuery(_:)`` or a database error.
  public func search(_ text: String, filters: SearchFilters = SearchFilters())
    async throws(CatalogueError) -> [SearchHit]
  {
    try await backend.search(try SearchQuery(text), filters: filters)
  }
}
