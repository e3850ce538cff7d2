import Foundation
import GRDB

/// A catalogue in one SQLite file (GRDB, WAL mode): the embedded default.
///
/// Before anything is written, an existing file is looked at through a read-only connection: a
/// file that is not SQLite, or a database without VanBan's schema, is refused untouched, and so
/// is a catalogue of a newer schema version. Read-only access writes nothing at all; where the
/// folder is read-only and the WAL index cannot be made, the file is opened as immutable.
struct SQLiteCatalogue: CatalogueBackend {
  /// How a catalogue file is opened.
  enum Mode: Sendable {
    /// Created when missing, migrated, read and written.
    case create
    /// Must exist; migrated, read and written.
    case existing
    /// Must exist; read only, never migrated.
    case readOnly
  }

  /// The database file.
  let path: String
  let database: any DatabaseReader

  /// The database written to; `nil` when opened read-only.
  var writer: (any DatabaseWriter)? { database as? any DatabaseWriter }

  var queue: PostgresQueue? { nil }

  /// Opens the file at `path`.
  ///
  /// - Throws: ``CatalogueError/cannotOpen(path:reason:)``,
  ///   ``CatalogueError/notACatalogue(path:reason:)``,
  ///   ``CatalogueError/newerSchema(path:found:supported:)``.
  init(path: String, mode: Mode) throws(CatalogueError) {
    self.path = path
    let exists = FileManager.default.fileExists(atPath: path)
    if !exists, mode != .create {
      throw .cannotOpen(path: path, reason: "no such file (run vanban batch first)")
    }
    var configuration = Configuration()
    configuration.busyMode = .timeout(10)
    configuration.label = "vanban.catalogue"
    if mode == .readOnly {
      database = try Self.openReadOnly(path, configuration: configuration)
      return
    }
    if exists { _ = try Self.openReadOnly(path, configuration: configuration) }
    do {
      let pool = try DatabasePool(path: path, configuration: configuration)
      try Self.migrator.migrate(pool)
      database = pool
    } catch {
      throw .cannotOpen(path: path, reason: Self.reason(error))
    }
  }

  /// A read-only connection to a checked catalogue: immutable when the WAL index cannot be read.
  private static func openReadOnly(_ path: String, configuration: Configuration)
    throws(CatalogueError) -> DatabaseQueue
  {
    var configuration = configuration
    configuration.readonly = true
    var firstError: (any Error)?
    for name in [path, immutableURI(path)] {
      do {
        let queue = try DatabaseQueue(path: name, configuration: configuration)
        try queue.read { db in try check(db, path: path) }
        return queue
      } catch let error as CatalogueError {
        throw error
      } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
        throw .notACatalogue(path: path, reason: "not a SQLite database")
      } catch {
        firstError = firstError ?? error
      }
    }
    throw .cannotOpen(path: path, reason: reason(firstError ?? CocoaError(.fileReadUnknown)))
  }

  /// Refuses a database that is not an empty one or a VanBan catalogue of a known version.
  private static func check(_ db: Database, path: String) throws {
    let tables = try String.fetchAll(
      db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    if tables.isEmpty { return }
    guard tables.contains("grdb_migrations"), tables.contains("documents") else {
      let names = tables.prefix(5).joined(separator: ", ") + (tables.count > 5 ? ", …" : "")
      throw CatalogueError.notACatalogue(path: path, reason: "it holds other tables: \(names)")
    }
    let applied = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
    let found = applied.map { Int($0.dropFirst()) ?? Int.max }.max() ?? 0
    if found > migrations.count {
      throw CatalogueError.newerSchema(path: path, found: found, supported: migrations.count)
    }
  }

  /// The `file:` URI that opens `path` as immutable: no locks, no WAL index.
  private static func immutableURI(_ path: String) -> String {
    let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
    var allowed = CharacterSet.urlPathAllowed
    allowed.remove(charactersIn: "?#%")
    let escaped = absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute
    return "file:\(escaped)?immutable=1"
  }

  /// Runs `body` in a write transaction, mapping database errors to ``CatalogueError``.
  func write<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T)
    async throws(CatalogueError) -> T
  {
    guard let writer else {
      throw .databaseFailed(path: path, reason: "the catalogue was opened read-only")
    }
    do { return try await writer.write(body) } catch {
      throw .databaseFailed(path: path, reason: Self.reason(error))
    }
  }

  /// Runs `body` on a read-only snapshot, mapping database errors to ``CatalogueError``.
  func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T)
    async throws(CatalogueError) -> T
  {
    do { return try await database.read(body) } catch {
      throw .databaseFailed(path: path, reason: Self.reason(error))
    }
  }

  func close() async {}

  static func reason(_ error: any Error) -> String {
    if let error = error as? DatabaseError { return error.message ?? error.description }
    return "\(error)"
  }
}
