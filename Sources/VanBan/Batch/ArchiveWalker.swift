import Foundation
import PageImaging

/// Finds the files of an archive: walks folders recursively, follows symbolic links but never
/// the same folder twice (so a link loop ends), and skips hidden files and excluded paths.
///
/// Every regular file found is a candidate document; whether it is a supported scan is decided
/// from its content later, so a `.tiff` holding text or a truncated `.pdf` is recorded as failed
/// rather than silently left out.
public struct ArchiveWalker: Sendable {
  /// Absolute, standardised paths never to enter or list (the catalogue, the output folder).
  public var excluded: Set<String>

  /// A walker that leaves out `excluded` paths.
  public init(excluded: Set<String> = []) {
    self.excluded = Set(excluded.map(Self.standardised))
  }

  /// The files under `roots` in a stable order (roots as given, then names sorted), each once.
  ///
  /// - Throws: ``BatchError/inputNotFound(path:)`` when a root does not exist.
  public func files(under roots: [String]) throws(BatchError) -> [ArchiveFile] {
    var found: [ArchiveFile] = []
    var visitedFolders: Set<FileIdentity> = []
    var seenFiles: Set<String> = []
    for root in roots {
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: root, isDirectory: &isFolder) else {
        throw .inputNotFound(path: root)
      }
      if isFolder.boolValue {
        walk(folder: root, root: root, into: &found, visited: &visitedFolders, seen: &seenFiles)
      } else if seenFiles.insert(Self.standardised(root)).inserted {
        found.append(ArchiveFile(path: root, relativePath: (root as NSString).lastPathComponent))
      }
    }
    return found
  }

  private func walk(
    folder: String, root: String, into found: inout [ArchiveFile], visited: inout Set<FileIdentity>,
    seen: inout Set<String>
  ) {
    guard let identity = FileIdentity(path: folder), visited.insert(identity).inserted else {
      return
    }
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
    for name in names.sorted() where !name.hasPrefix(".") {
      let path = (folder as NSString).appendingPathComponent(name)
      let standard = Self.standardised(path)
      guard !excluded.contains(standard) else { continue }
      var isFolder: ObjCBool = false
      // fileExists follows links, so a dangling link is skipped and a linked folder is entered.
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
      if isFolder.boolValue {
        walk(folder: path, root: root, into: &found, visited: &visited, seen: &seen)
      } else if seen.insert(Self.resolved(path)).inserted {
        let relative = String(path.dropFirst(root.count)).trimmingCharacters(
          in: CharacterSet(charactersIn: "/"))
        found.append(ArchiveFile(path: path, relativePath: relative))
      }
    }
  }

  static func standardised(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.path
  }

  private static func resolved(_ path: String) -> String {
    URL(fileURLWithPath: path).resolvingSymlinksInPath().path
  }
}

/// A file found in the archive.
public struct ArchiveFile: Sendable, Hashable {
  /// The path as found (root given by the user plus the names walked).
  public var path: String
  /// The path below the root it was found under, used to mirror the tree in `--out`.
  public var relativePath: String
}

/// Device and inode of a folder: the same folder reached through two links has one identity.
struct FileIdentity: Hashable {
  let device: UInt64
  let inode: UInt64

  init?(path: String) {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    device = UInt64(info.st_dev)
    inode = UInt64(info.st_ino)
  }
}
