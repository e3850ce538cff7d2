import Foundation

/// Where a catalogue lives: a SQLite file (any path), or a PostgreSQL database given by a
/// `postgres://` or `postgresql://` URL.
///
/// ```swift
/// try CatalogueLocation("archive.sqlite")                         // .sqlite(path: "archive.sqlite")
/// try CatalogueLocation("postgres://vanban@db.local/archive")     // .postgres(…)
/// ```
public enum CatalogueLocation: Sendable, Hashable, CustomStringConvertible {
  /// A SQLite database file.
  case sqlite(path: String)
  /// A PostgreSQL database.
  case postgres(PostgresLocation)

  /// Reads `text`: a PostgreSQL URL when it starts with `postgres://` or `postgresql://`, else a
  /// file path. The URL's missing parts come from `environment` (`PGUSER`, `PGPASSWORD`, …).
  ///
  /// - Throws: ``CatalogueError/cannotOpen(path:reason:)`` for a malformed URL.
  public init(
    _ text: String, environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws(CatalogueError) {
    if PostgresLocation.isURL(text) {
      self = .postgres(try PostgresLocation(url: text, environment: environment))
    } else {
      self = .sqlite(path: text)
    }
  }

  /// The path, or the URL without its password.
  public var description: String {
    switch self {
    case .sqlite(let path): return path
    case .postgres(let location): return location.description
    }
  }
}
