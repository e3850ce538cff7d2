import Foundation

/// The folders and files a worker was given, as absolute standardised paths, and the SQL that
/// picks the queue rows under them.
///
/// Every worker of a fleet is given the same paths (shared storage mounted alike), so the queue
/// is keyed by absolute paths; a worker only claims rows under its own roots.
public struct QueueRoots: Sendable, Hashable {
  /// Folders: rows under them belong to the worker.
  public var folders: [String]
  /// Files given as roots.
  public var files: [String]

  /// The roots `paths`, made absolute against the working folder and standardised.
  public init(_ paths: [String]) {
    var folders: [String] = []
    var files: [String] = []
    for path in paths {
      let absolute = ArchiveWalker.standardised(path)
      var isFolder: ObjCBool = false
      if FileManager.default.fileExists(atPath: absolute, isDirectory: &isFolder),
        !isFolder.boolValue
      {
        files.append(absolute)
      } else {
        folders.append(absolute)
      }
    }
    self.folders = folders
    self.files = files
  }

  /// The roots as given to the walker.
  public var paths: [String] { folders + files }

  /// `LIKE` patterns of the folders ("/archive/%").
  var patterns: [String] {
    folders.map { SearchFilters.likeEscaped($0.hasSuffix("/") ? $0 : $0 + "/") + "%" }
  }

  /// Where `path` lies below the root it was found under, for `--out`.
  public func relativePath(of path: String) -> String {
    if files.contains(path) { return (path as NSString).lastPathComponent }
    let root = folders.filter { path.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }
      .max { $0.count < $1.count }
    guard let root else { return (path as NSString).lastPathComponent }
    return String(path.dropFirst(root.count)).trimmingCharacters(
      in: CharacterSet(charactersIn: "/"))
  }
}
