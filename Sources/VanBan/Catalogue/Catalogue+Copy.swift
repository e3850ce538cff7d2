extension Catalogue {
  /// Copies every document of this catalogue — read or failed, with its locations, pages,
  /// references, record and times — into `target`, which may use the other database (SQLite to
  /// PostgreSQL to move an archive to a fleet, PostgreSQL to SQLite to hand it over as one file).
  ///
  /// A document already in `target` is replaced by the copy. The search index is rebuilt from
  /// the same folded text, so both catalogues answer searches alike.
  ///
  /// - Parameters:
  ///   - target: the catalogue to copy into, opened for writing.
  ///   - progress: called with the number of documents copied so far, after each batch.
  /// - Returns: the number of documents copied.
  @discardableResult
  public func copy(to target: Catalogue, progress: (@Sendable (Int) -> Void)? = nil)
    async throws(CatalogueError) -> Int
  {
    var last: Int64 = 0
    var copied = 0
    while true {
      let batch = try await backend.entries(after: last, limit: 100)
      guard let end = batch.last else { break }
      try await target.backend.insert(batch.map(\.entry))
      last = end.id
      copied += batch.count
      progress?(copied)
    }
    return copied
  }
}
