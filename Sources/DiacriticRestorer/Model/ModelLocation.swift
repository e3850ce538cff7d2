import Foundation

/// Where the shipped model files are found, in a fixed order with no silent fallback.
///
/// 1. `$VANBAN_DICTIONARIES`, when set. A value that holds no model is an error: the user
///    asked for that folder, and another one must not be used behind their back.
/// 2. `share/vanban/Dictionaries` beside the executable's `bin/` — the installed layout
///    (`Scripts/install.sh PREFIX` puts `vanban` in `PREFIX/bin` and the model files there).
/// 3. The `Dictionaries/` folder of the package checkout the executable was built in, found by
///    walking up from the executable (`.build/release/vanban`, a test bundle): `swift run` and
///    `swift test` work without installing. A copied executable does not find it.
public enum ModelLocation {
  /// The environment variable that names a model folder.
  public static let environmentVariable = "VANBAN_DICTIONARIES"

  /// The folder of the shipped model for a process with `environment` running `executable`.
  /// - Throws: ``RestorerError/dictionariesNotFound(searched:)`` listing every place looked in,
  ///   or ``RestorerError/dictionariesVariableWrong(path:)`` when `$VANBAN_DICTIONARIES` holds no
  ///   model.
  public static func bundledDirectory(
    environment: [String: String] = ProcessInfo.processInfo.environment,
    executable: URL? = Bundle.main.executableURL
  ) throws(RestorerError) -> URL {
    if let path = environment[environmentVariable], !path.isEmpty {
      let folder = URL(fileURLWithPath: path)
      guard holdsModel(folder) else { throw .dictionariesVariableWrong(path: path) }
      return folder
    }
    var searched: [URL] = []
    if let executable = executable?.resolvingSymlinksInPath() {
      let binFolder = executable.deletingLastPathComponent()
      searched.append(
        binFolder.deletingLastPathComponent().appendingPathComponent("share/vanban/Dictionaries"))
      if let checkout = checkout(above: binFolder) {
        searched.append(checkout.appendingPathComponent("Dictionaries"))
      }
    }
    if let found = searched.first(where: holdsModel) { return found }
    throw .dictionariesNotFound(searched: searched.map(\.path))
  }

  /// Whether `folder` holds the language model file.
  static func holdsModel(_ folder: URL) -> Bool {
    FileManager.default.fileExists(atPath: folder.appendingPathComponent(ModelLayout.fileName).path)
  }

  /// The package checkout holding `.build/<triple>/<configuration>/` when `folder` is such a
  /// build folder: the nearest ancestor with `Package.swift` whose `.build` contains `folder`.
  static func checkout(above folder: URL) -> URL? {
    let components = folder.standardizedFileURL.pathComponents
    guard let buildIndex = components.lastIndex(of: ".build"), buildIndex > 0 else { return nil }
    let root = NSString.path(withComponents: Array(components[..<buildIndex]))
    let checkout = URL(fileURLWithPath: root, isDirectory: true)
    let manifest = checkout.appendingPathComponent("Package.swift").path
    return FileManager.default.fileExists(atPath: manifest) ? checkout : nil
  }
}
