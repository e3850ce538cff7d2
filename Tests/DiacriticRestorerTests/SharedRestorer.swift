import DiacriticRestorer
import TestSupport

/// One restorer for all tests: loading the committed model is the expensive part.
enum SharedRestorer {
  static let instance: DiacriticRestorer? = try? DiacriticRestorer(
    modelDirectory: RepositoryPaths.dictionaries)

  /// The first `count` lines of a fixture, with a final line feed.
  static func lines(_ file: String, first count: Int) throws -> String {
    let text = try RepositoryPaths.fixtureText("restorer/\(file)")
    return text.split(separator: "\n", omittingEmptySubsequences: false).prefix(count).joined(
      separator: "\n")
  }
}
