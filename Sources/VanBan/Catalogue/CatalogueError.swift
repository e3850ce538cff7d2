/// A catalogue database that cannot be opened, read or written.
public enum CatalogueError: Error, Sendable, CustomStringConvertible {
  /// The database file could not be opened or created (folder missing, no permission, not SQLite).
  case cannotOpen(path: String, reason: String)
  /// A read or write failed.
  case databaseFailed(path: String, reason: String)
  /// `search` was given a query with no searchable word in it.
  case emptyQuery(String)

  /// One line naming the catalogue file (or the query) and what is wrong.
  public var description: String {
    switch self {
    case .cannotOpen(let path, let reason): return "\(path): cannot open the catalogue: \(reason)"
    case .databaseFailed(let path, let reason): return "\(path): catalogue error: \(reason)"
    case .emptyQuery(let query): return "the query \"\(query)\" has no word to search for"
    }
  }
}
