import Foundation
import Logging
import PostgresNIO
import Testing
import VanBan

/// The throwaway PostgreSQL server that `.ci/run` starts (`Scripts/ci/postgres.sh`) and names in
/// `VANBAN_TEST_POSTGRES_URL`. Tests make a database of their own on it and drop it after; they
/// never touch a server they were not given. Without the variable the PostgreSQL tests are
/// skipped, with a message saying how to start one.
enum TestPostgres {
  /// The server's URL, from the environment.
  static let url = ProcessInfo.processInfo.environment["VANBAN_TEST_POSTGRES_URL"]

  /// Whether a server was given.
  static var isAvailable: Bool { url != nil }

  /// Why the PostgreSQL tests did not run.
  static let skipped: Comment =
    "VANBAN_TEST_POSTGRES_URL is not set, so the PostgreSQL tests are skipped: start a throwaway server with eval \"$(Scripts/ci/postgres.sh start)\" (.ci/run does)"

  private static let logger = Logger(label: "vanban.tests") { _ in SwiftLogNoOpLogHandler() }

  /// A new empty database on the server.
  static func makeDatabase() async throws -> TestDatabase {
    let name =
      "vanban_test_"
      + UUID().uuidString.prefix(12).lowercased()
      .replacingOccurrences(of: "-", with: "")
    try await execute("CREATE DATABASE \(name)")
    return TestDatabase(name: name, url: try location().with(database: name).description)
  }

  /// Runs `sql` on the server's own database, or on `database`.
  @discardableResult
  static func execute(_ sql: String, database: String? = nil) async throws -> [PostgresRow] {
    var location = try location()
    if let database { location = location.with(database: database) }
    let configuration: PostgresConnection.Configuration =
      location.isUnixSocket
      ? .init(
        unixSocketPath: location.host + "/.s.PGSQL.\(location.port)", username: location.user,
        password: location.password, database: location.database)
      : .init(
        host: location.host, port: location.port, username: location.user,
        password: location.password, database: location.database, tls: .disable)
    let connection = try await PostgresConnection.connect(
      configuration: configuration, id: 1, logger: logger)
    do {
      let rows = try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger)
        .collect()
      try await connection.close()
      return rows
    } catch {
      try? await connection.close()
      throw error
    }
  }

  private static func location() throws -> PostgresLocation {
    guard let url else { throw CancellationError() }
    return try PostgresLocation(url: url, environment: [:])
  }
}

/// A database made for one test.
struct TestDatabase: Sendable {
  /// Its name.
  let name: String
  /// Its URL, for `--catalog`.
  let url: String

  /// Runs `sql` in it.
  @discardableResult
  func execute(_ sql: String) async throws -> [PostgresRow] {
    try await TestPostgres.execute(sql, database: name)
  }

  /// Drops it (with any connection a killed worker left open).
  func drop() async throws {
    try await TestPostgres.execute("DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
  }
}
