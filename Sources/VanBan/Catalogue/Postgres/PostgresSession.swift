import Foundation
import Logging
import PostgresNIO

/// The connection pool of one PostgreSQL catalogue, running for as long as a copy of the
/// catalogue is held, with the queries and transactions the catalogue and the queue run on it.
final class PostgresSession: Sendable {
  let client: PostgresClient
  let location: PostgresLocation
  private let runner: Task<Void, Never>

  /// postgres-nio logs nothing of ours: errors come back as ``CatalogueError``.
  static let logger = Logger(label: "vanban.postgres") { _ in SwiftLogNoOpLogHandler() }

  /// A pool of at most `connections` connections to `location`, read-only when asked: every
  /// transaction of a read-only session is (`default_transaction_read_only`).
  init(location: PostgresLocation, readOnly: Bool, connections: Int) {
    var configuration: PostgresClient.Configuration
    if location.isUnixSocket {
      configuration = .init(
        unixSocketPath: location.socketPath, username: location.user,
        password: location.password, database: location.database)
    } else {
      configuration = .init(
        host: location.host, port: location.port, username: location.user,
        password: location.password, database: location.database,
        tls: Self.tls(location.sslMode))
    }
    configuration.options.maximumConnections = max(1, connections)
    configuration.options.connectTimeout = .seconds(location.connectTimeout)
    // The queue's bookkeeping (claims, leases, heartbeats) commits asynchronously: a server
    // crash may lose its last moments, which leases recover from. Documents commit durably.
    var parameters = [("application_name", "vanban"), ("synchronous_commit", "off")]
    if readOnly { parameters.append(("default_transaction_read_only", "on")) }
    configuration.options.additionalStartupParameters = parameters
    client = PostgresClient(configuration: configuration, backgroundLogger: Self.logger)
    self.location = location
    let client = self.client
    runner = Task { await client.run() }
  }

  deinit { runner.cancel() }

  /// Closes the connections.
  func close() async {
    runner.cancel()
    await runner.value
  }

  /// Runs `query` and returns its rows.
  func rows(_ query: PostgresQuery) async throws(CatalogueError) -> [PostgresRow] {
    do {
      return try await client.query(query, logger: Self.logger).collect()
    } catch {
      throw .databaseFailed(path: location.description, reason: Self.reason(error))
    }
  }

  /// Runs `query` for its effect.
  func execute(_ query: PostgresQuery) async throws(CatalogueError) {
    _ = try await rows(query)
  }

  /// Runs `body` in one transaction, committed when it returns and rolled back when it throws.
  /// A transaction that loses a deadlock or a serialisation conflict is run again, up to 5 times.
  ///
  /// - Parameter durable: whether the commit waits for the write-ahead log to reach the disk
  ///   (documents); the queue's bookkeeping does not (see ``durably``).
  func transaction<T: Sendable>(
    durable: Bool = false, _ body: @Sendable (PostgresConnection) async throws -> T
  ) async throws(CatalogueError) -> T {
    var attempt = 0
    while true {
      attempt += 1
      do {
        return try await client.withConnection { connection in
          try await connection.query("BEGIN", logger: Self.logger)
          if durable { try await connection.query(Self.durably, logger: Self.logger) }
          do {
            let result = try await body(connection)
            try await connection.query("COMMIT", logger: Self.logger)
            return result
          } catch {
            _ = try? await connection.query("ROLLBACK", logger: Self.logger)
            throw error
          }
        }
      } catch let error as CatalogueError {
        throw error
      } catch {
        if attempt < 5, Self.isRetryable(error) {
          try? await Task.sleep(for: .milliseconds(20 * attempt))
          continue
        }
        throw .databaseFailed(path: location.description, reason: Self.reason(error))
      }
    }
  }

  /// Makes the transaction's commit wait for the disk: sessions commit asynchronously by default.
  static let durably: PostgresQuery = "SELECT set_config('synchronous_commit', 'on', true)"

  /// The server's SQLSTATE of a failed query, if the server answered.
  static func sqlState(_ error: any Error) -> String? {
    (error as? PSQLError)?.serverInfo?[.sqlState]
  }

  /// Deadlocks and serialisation failures: running the transaction again may succeed.
  static func isRetryable(_ error: any Error) -> Bool {
    ["40001", "40P01"].contains(sqlState(error) ?? "")
  }

  /// One line for a PostgreSQL error: the server's message, or what went wrong on the way.
  static func reason(_ error: any Error) -> String {
    if let error = error as? PSQLError {
      if let info = error.serverInfo, let message = info[.message] {
        let detail = info[.detail].map { " (\($0))" } ?? ""
        return message + detail
      }
      if let underlying = error.underlying { return "cannot connect: \(underlying)" }
      return "\(error.code)"
    }
    return "\(error)"
  }

  /// The TLS settings of an `sslmode`: none, or a configuration and whether TLS is required.
  private static func tlsSettings(_ mode: PostgresLocation.SSLMode) -> (
    configuration: TLSConfiguration, required: Bool
  )? {
    var configuration = TLSConfiguration.makeClientConfiguration()
    switch mode {
    case .disable: return nil
    case .allow, .prefer:
      configuration.certificateVerification = .none
      return (configuration, false)
    case .require:
      configuration.certificateVerification = .none
      return (configuration, true)
    case .verifyCA:
      configuration.certificateVerification = .noHostnameVerification
      return (configuration, true)
    case .verifyFull:
      return (configuration, true)
    }
  }

  private static func tls(_ mode: PostgresLocation.SSLMode) -> PostgresClient.Configuration.TLS {
    guard let settings = tlsSettings(mode) else { return .disable }
    return settings.required ? .require(settings.configuration) : .prefer(settings.configuration)
  }

  /// One connection outside the pool, which the caller closes: the pool retries a failing
  /// connection quietly, while a command must say at once why the server cannot be used
  /// (refused, unknown host, no such database, wrong password). The connection's own timeout
  /// (`connect_timeout`) bounds the wait.
  static func connect(_ location: PostgresLocation, readOnly: Bool) async throws(CatalogueError)
    -> PostgresConnection
  {
    do {
      var configuration: PostgresConnection.Configuration
      if location.isUnixSocket {
        configuration = .init(
          unixSocketPath: location.socketPath, username: location.user,
          password: location.password, database: location.database)
      } else {
        var tls = PostgresConnection.Configuration.TLS.disable
        if let settings = tlsSettings(location.sslMode) {
          let context = try NIOSSLContext(configuration: settings.configuration)
          tls = settings.required ? .require(context) : .prefer(context)
        }
        configuration = .init(
          host: location.host, port: location.port, username: location.user,
          password: location.password, database: location.database, tls: tls)
      }
      configuration.options.connectTimeout = .seconds(Int64(location.connectTimeout))
      if readOnly {
        configuration.options.additionalStartupParameters = [
          ("default_transaction_read_only", "on")
        ]
      }
      return try await PostgresConnection.connect(
        configuration: configuration, id: 0, logger: logger)
    } catch {
      throw .cannotOpen(path: location.description, reason: reason(error))
    }
  }
}

/// Reading the columns of a row by name.
extension PostgresRandomAccessRow {
  /// The value of column `name`.
  func value<T: PostgresDecodable>(_ name: String, as type: T.Type = T.self) throws -> T {
    try self[name].decode(T.self)
  }
}
