import Foundation
import GRDB

/// The searchable catalogue of a batch run: a SQLite database (WAL mode) with one row per
/// document content, its pages, its record fields and references, and a full-text index.
///
/// Documents are identified by the SHA-256 of their content, so a moved or renamed file maps to
/// the row already there. Each document is written in one transaction, so a run killed at any
/// moment leaves every document either fully recorded or absent.
///
/// ```swift
/// let catalogue = try Catalogue(path: "archive.sqlite")
/// let hits = try await catalogue.search("cai cach hanh chinh")
/// ```
public struct Catalogue: Sendable {
  /// The database file.
  public let path: String
  let database: DatabasePool

  /// Opens the catalogue at `path`, creating it and its tables when missing.
  ///
  /// - Parameters:
  ///   - path: the SQLite file.
  ///   - create: when `false`, a missing file is an error instead of a new catalogue.
  /// - Throws: ``CatalogueError/cannotOpen(path:reason:)``.
  public init(path: String, create: Bool = true) throws(CatalogueError) {
    self.path = path
    if !create, !FileManager.default.fileExists(atPath: path) {
      throw .cannotOpen(path: path, reason: "no such file (run vanban batch first)")
    }
    var configuration = Configuration()
    configuration.busyMode = .timeout(10)
    configuration.label = "vanban.catalogue"
    do {
      database = try DatabasePool(path: path, configuration: configuration)
      try Self.migrator.migrate(database)
    } catch {
      throw .cannotOpen(path: path, reason: Self.reason(error))
    }
  }

  /// Runs `body` in a write transaction, mapping database errors to ``CatalogueError``.
  func write<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T)
    async throws(CatalogueError) -> T
  {
    do { return try await database.write(body) } catch {
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

  static func reason(_ error: any Error) -> String {
    if let error = error as? DatabaseError { return error.message ?? error.description }
    return "\(error)"
  }
}
