import Foundation

/// Locations in the source checkout that tests read: committed fixtures and model files.
public enum RepositoryPaths {
  /// The package's root folder, found from this file's path so tests need no copied resources.
  public static let root: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // TestSupport
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()

  /// The committed `Fixtures/` folder.
  public static var fixtures: URL { root.appendingPathComponent("Fixtures") }

  /// The committed `Dictionaries/` folder.
  public static var dictionaries: URL { root.appendingPathComponent("Dictionaries") }

  /// A fixture file by its path relative to `Fixtures/`.
  public static func fixture(_ relativePath: String) -> URL {
    fixtures.appendingPathComponent(relativePath)
  }

  /// The text of a UTF-8 fixture file.
  public static func fixtureText(_ relativePath: String) throws -> String {
    try String(contentsOf: fixture(relativePath), encoding: .utf8)
  }
}
