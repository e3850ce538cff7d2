import Foundation

/// The searchable catalogue of a batch run: one row per document content, its pages, its record
/// fields and references, and a full-text index. It lives in a SQLite file (WAL mode), the
/// embedded default, or in a PostgreSQL database, which is also the work queue that any number of
/// `vanban batch` processes on any number of machines share (``PostgresQueue``).
///
/// Documents are identified by the SHA-256 of their content, so a moved or renamed file maps to
/// the row already there. Each document is written in one transaction, so a run killed at any
/// moment leaves every document either fully recorded or absent.
///
/// ```swift
/// let catalogue = try Catalogue(path: "archive.sqlite")
/// let hits = try await catalogue.search("cai cach hanh chinh")
/// let shared = try await Catalogue.open("postgres://vanban@db/archive", access: .readOnly)
/// ```
public struct Catalogue: Sendable {
  /// The database file, or the PostgreSQL URL without its password.
  public let path: String
  let backend: any CatalogueBackend

  /// Opens the SQLite catalogue at `path`, creating it and its tables when missing.
  ///
  /// A file that holds another database is refused untouched, and so is a catalogue of a newer
  /// schema. Use ``open(_:access:connections:)`` for PostgreSQL URLs and read-only access.
  ///
  /// - Parameters:
  ///   - path: the SQLite file.
  ///   - create: when `false`, a missing file is an error instead of a new catalogue.
  /// - Throws: ``CatalogueError/cannotOpen(path:reason:)``,
  ///   ``CatalogueError/notACatalogue(path:reason:)``,
  ///   ``CatalogueError/newerSchema(path:found:supported:)``.
  public init(path: String, create: Bool = true) throws(CatalogueError) {
    self.path = path
    backend = try SQLiteCatalogue(path: path, mode: create ? .create : .existing)
  }

  init(path: String, backend: any CatalogueBackend) {
    self.path = path
    self.backend = backend
  }

  /// Opens the catalogue at `location`: a SQLite file path or a `postgres://` URL (see
  /// ``CatalogueLocation``).
  ///
  /// - Parameters:
  ///   - location: a SQLite file path, or a `postgres://` or `postgresql://` URL.
  ///   - access: ``CatalogueAccess/readOnly`` writes nothing, not even a migration, and needs
  ///     an existing catalogue; ``CatalogueAccess/readWrite`` creates and migrates.
  ///   - connections: PostgreSQL connections this process may hold at once (ignored for SQLite).
  /// - Throws: as ``init(path:create:)``, and for a server that cannot be reached or refuses.
  public static func open(
    _ location: String, access: CatalogueAccess = .readWrite, connections: Int = 3
  ) async throws(CatalogueError) -> Catalogue {
    switch try CatalogueLocation(location) {
    case .sqlite(let path):
      return Catalogue(
        path: path,
        backend: try SQLiteCatalogue(path: path, mode: access == .readOnly ? .readOnly : .create))
    case .postgres(let postgres):
      return Catalogue(
        path: postgres.description,
        backend: try await PostgresCatalogue.open(
          postgres, access: access, connections: connections))
    }
  }

  /// Whether the catalogue is a work queue shared with other processes (PostgreSQL).
  public var isShared: Bool { backend.queue != nil }

  /// The work queue of a PostgreSQL catalogue, which ``BatchRunner`` takes its documents from;
  /// `nil` for SQLite. Other programs may work from it too.
  public var queue: PostgresQueue? { backend.queue }

  /// Closes the database connections. A catalogue left unclosed closes when its last copy goes.
  public func close() async {
    await backend.close()
  }
}
