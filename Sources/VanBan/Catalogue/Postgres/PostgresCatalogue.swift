import Foundation
import PostgresNIO

/// A catalogue in a PostgreSQL database, which is also the work queue (``PostgresQueue``) that
/// `vanban batch` processes on any number of machines share.
///
/// The tables are SQLite's, with the search index kept as folded tokens (see
/// ``search(_:filters:)``) and two more: `queue` (one row per file under the roots, claimed with
/// a lease) and `workers` (one row per `vanban batch` process, with its heartbeat). VanBan creates
/// and migrates them (`vanban_schema` holds the version) in an empty database, or the database's
/// first schema on its `search_path`; a database that holds other tables is refused untouched.
struct PostgresCatalogue: CatalogueBackend {
  let session: PostgresSession
  /// Whether the session may write.
  let readOnly: Bool

  /// The URL without its password.
  var path: String { session.location.description }

  var queue: PostgresQueue? { PostgresQueue(catalogue: self) }

  /// Key of the advisory lock that serialises migrations between processes starting together.
  static let migrationLock: Int64 = 0x5641_4E42_414E  // "VANBAN"

  /// Connects, checks the schema and, with read-write access, creates or migrates it.
  ///
  /// - Throws: ``CatalogueError/cannotOpen(path:reason:)`` when the server cannot be reached or
  ///   refuses, ``CatalogueError/notACatalogue(path:reason:)`` for a database with other tables,
  ///   ``CatalogueError/newerSchema(path:found:supported:)``.
  static func open(_ location: PostgresLocation, access: CatalogueAccess, connections: Int)
    async throws(CatalogueError) -> PostgresCatalogue
  {
    let readOnly = access == .readOnly
    let connection = try await PostgresSession.connect(location, readOnly: readOnly)
    do {
      try await prepare(connection, path: location.description, readOnly: readOnly)
      try? await connection.close()
    } catch {
      try? await connection.close()
      if case .databaseFailed(let path, let reason) = error {
        throw .cannotOpen(path: path, reason: reason)
      }
      throw error
    }
    let session = PostgresSession(location: location, readOnly: readOnly, connections: connections)
    return PostgresCatalogue(session: session, readOnly: readOnly)
  }

  /// Checks the schema version, and migrates when writing, in one transaction on `connection`:
  /// the connection that showed the server answers, so that no wait for the pool can hang the
  /// command, and no timer can give up on a slow but working server (a timer raced a busy
  /// process's migration and lost).
  private static func prepare(_ connection: PostgresConnection, path: String, readOnly: Bool)
    async throws(CatalogueError)
  {
    let logger = PostgresSession.logger
    do {
      try await connection.query("BEGIN", logger: logger)
      do {
        try await migrate(connection, path: path, readOnly: readOnly)
        try await connection.query("COMMIT", logger: logger)
      } catch {
        _ = try? await connection.query("ROLLBACK", logger: logger)
        throw error
      }
    } catch let error as CatalogueError {
      throw error
    } catch {
      throw .databaseFailed(path: path, reason: PostgresSession.reason(error))
    }
  }

  /// The body of ``prepare(_:path:readOnly:)``, inside its transaction.
  private static func migrate(_ connection: PostgresConnection, path: String, readOnly: Bool)
    async throws
  {
    let supported = migrations.count
    if !readOnly {
      try await connection.query(
        "SELECT pg_advisory_xact_lock(\(migrationLock))", logger: PostgresSession.logger)
    }
    let state = try await schemaState(connection)
    if state.version == nil {
      if !state.otherTables.isEmpty {
        let names =
          state.otherTables.prefix(5).joined(separator: ", ")
          + (state.otherTables.count > 5 ? ", …" : "")
        throw CatalogueError.notACatalogue(
          path: path, reason: "its schema holds other tables: \(names)")
      }
      if readOnly {
        throw CatalogueError.cannotOpen(
          path: path, reason: "no catalogue in this database (run vanban batch first)")
      }
    }
    let version = state.version ?? 0
    if version > supported {
      throw CatalogueError.newerSchema(path: path, found: version, supported: supported)
    }
    if readOnly || version == supported { return }
    for number in (version + 1)...supported {
      for statement in migrations[number - 1]
      where !statement.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
        try await connection.query(
          PostgresQuery(unsafeSQL: statement), logger: PostgresSession.logger)
      }
      try await connection.query(
        "INSERT INTO vanban_schema (version) VALUES (\(number))", logger: PostgresSession.logger)
    }
  }

  /// The schema version (`nil` without VanBan's tables) and the other tables of the schema.
  private static func schemaState(_ connection: PostgresConnection) async throws -> (
    version: Int?, otherTables: [String]
  ) {
    let tables = try await connection.query(
      "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename",
      logger: PostgresSession.logger
    ).collect().map { try $0.decode(String.self) }
    guard tables.contains("vanban_schema") else { return (nil, tables) }
    let version = try await connection.query(
      "SELECT coalesce(max(version), 0) FROM vanban_schema", logger: PostgresSession.logger
    ).collect().first?.decode(Int.self)
    return (version ?? 0, [])
  }

  func close() async {
    await session.close()
  }

  /// The error of a write attempted on a catalogue opened read-only.
  var readOnlyError: CatalogueError {
    .databaseFailed(path: path, reason: "the catalogue was opened read-only")
  }
}
