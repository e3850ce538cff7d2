extension Catalogue {
  /// Counts of the documents read by type, issuer and year, and of the failures.
  public func summary() async throws(CatalogueError) -> CatalogueSummary {
    try await backend.summary()
  }

  /// The documents that failed, by path.
  public func failures() async throws(CatalogueError) -> [FailedDocument] {
    try await backend.failures()
  }

  /// Every document read, by path, with its record.
  public func records() async throws(CatalogueError) -> [CatalogueRecord] {
    try await backend.records()
  }

  /// Counts rows per table — what tests use to prove a resumed run left no duplicates.
  /// `documents_fts` counts the documents in the full-text index.
  public func rowCounts() async throws(CatalogueError) -> [String: Int] {
    try await backend.rowCounts()
  }

  /// The workers that share a PostgreSQL catalogue's queue, what they did, and the documents in
  /// flight.
  ///
  /// - Throws: ``CatalogueError/needsPostgres(path:what:)`` for a SQLite catalogue.
  public func fleet() async throws(CatalogueError) -> FleetStatus {
    guard let queue = backend.queue else {
      throw .needsPostgres(path: path, what: "the fleet report")
    }
    return try await queue.fleet()
  }
}
