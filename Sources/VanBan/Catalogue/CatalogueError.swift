/// A catalogue database that cannot be opened, read or written.
public enum CatalogueError: Error, Sendable, CustomStringConvertible {
  /// The database could not be opened or created (folder missing, no permission, not SQLite,
  /// server unreachable, login refused).
  case cannotOpen(path: String, reason: String)
  /// A read or write failed.
  case databaseFailed(path: String, reason: String)
  /// `search` was given a query with no searchable word in it.
  case emptyQuery(String)
  /// The database holds something else than a VanBan catalogue; it was left as it was.
  case notACatalogue(path: String, reason: String)
  /// The catalogue was written by a newer VanBan, whose schema this one does not know.
  case newerSchema(path: String, found: Int, supported: Int)
  /// The operation needs a PostgreSQL catalogue (the fleet report, a shared queue).
  case needsPostgres(path: String, what: String)

  /// One line naming the catalogue file (or the query) and what is wrong.
  public var description: String {
    switch self {
    case .cannotOpen(let path, let reason): return "\(path): cannot open the catalogue: \(reason)"
    case .databaseFailed(let path, let reason): return "\(path): catalogue error: \(reason)"
    case .emptyQuery(let query): return "the query \"\(query)\" has no word to search for"
    case .notACatalogue(let path, let reason):
      return "\(path): not a VanBan catalogue (\(reason)); left unchanged"
    case .newerSchema(let path, let found, let supported):
      return
        "\(path): the catalogue has schema version \(found), newer than this vanban's \(supported); use a newer vanban"
    case .needsPostgres(let path, let what):
      return "\(path): \(what) needs a PostgreSQL catalogue (postgres://…)"
    }
  }
}
