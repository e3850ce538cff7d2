import Foundation
import PageImaging

/// Finds the files of an archive: walks folders recursively, follows symbolic links but never
/// the same folder twice (so a link loop ends), and skips hidden files and excluded paths.
///
/// Every regular file found is a candidate document; whether it is a supported scan is decided
/// from its content later, so a `.tiff` holding text or a truncated `.pdf` is recorded as failed
/// rather than silently left out. Nothing else is opened: FIFOs, sockets and devices (also
/// behind links), links to nothing and folders or files that cannot be read are listed as
/// ``SkippedPath``s with the reason, never left out in silence.
package struct ArchiveWalker: Sendable {
  /// Absolute, standardised paths never to enter or list (the catalogue, the output folder).
  package var excluded: Set<String>

  /// A walker that leaves out `excluded` paths.
  ///
  /// Paths that exist are also left out under any other name (a link, a path through a linked
  /// folder): they are compared by device and inode.
  package init(excluded: Set<String> = []) {
    self.excluded = Set(excluded.map(Self.standardised))
  }

  /// The files under `roots` in a stable order (roots as given, then names sorted), each once.
  ///
  /// - Throws: ``BatchError/inputNotFound(path:)`` when a root does not exist.
  package func files(under roots: [String]) throws(BatchError) -> [ArchiveFile] {
    try listing(under: roots).files
  }

  /// The files under `roots`, as ``files(under:)``, and the paths skipped with their reasons.
  ///
  /// - Throws: ``BatchError/inputNotFound(path:)`` when a root does not exist.
  package func listing(under roots: [String]) throws(BatchError) -> ArchiveListing {
    var walk = Walk(
      excluded: excluded, excludedIdentities: Set(excluded.compactMap(FileIdentity.init)))
    for root in roots {
      var info = stat()
      var linkInfo = stat()
      guard stat(root, &info) == 0 || lstat(root, &linkInfo) == 0 else {
        throw .inputNotFound(path: root)
      }
      walk.visit(path: root, root: root, relative: (root as NSString).lastPathComponent)
    }
    return walk.listing
  }

  static func standardised(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.path
  }

  static func resolved(_ path: String) -> String {
    URL(fileURLWithPath: path).resolvingSymlinksInPath().path
  }
}

/// What `ArchiveWalker/listing(under:)` found.
package struct ArchiveListing: Sendable, Hashable {
  /// The regular files, each once.
  package var files: [ArchiveFile]
  /// The paths left out, with why.
  package var skipped: [SkippedPath]
}

/// A file found in the archive.
package struct ArchiveFile: Sendable, Hashable {
  /// The path as found (root given by the user plus the names walked).
  package var path: String
  /// The path below the root it was found under, used to mirror the tree in `--out`; for a
  /// root that is a file, its name.
  package var relativePath: String
  /// The root (as given) it was found under.
  package var root: String = ""
}

/// One walk's state.
private struct Walk {
  let excluded: Set<String>
  let excludedIdentities: Set<FileIdentity>
  var listing = ArchiveListing(files: [], skipped: [])
  var visitedFolders: Set<FileIdentity> = []
  var seenFiles: Set<String> = []

  init(excluded: Set<String>, excludedIdentities: Set<FileIdentity>) {
    self.excluded = excluded
    self.excludedIdentities = excludedIdentities
  }

  /// Lists a file, walks a folder or notes why a path is skipped. `relative` is the path
  /// below `root` (the root's own name for a root).
  mutating func visit(path: String, root: String, relative: String) {
    guard !excluded.contains(ArchiveWalker.standardised(path)) else { return }
    var info = stat()
    // stat follows links: a linked folder is entered, a link to a device is a device.
    guard stat(path, &info) == 0 else {
      let code = errno
      var linkInfo = stat()
      if lstat(path, &linkInfo) == 0, linkInfo.st_mode & S_IFMT == S_IFLNK {
        skip(path, .brokenLink)
      } else {
        skip(path, .unreadableFile(reason: String(cString: strerror(code))))
      }
      return
    }
    let identity = FileIdentity(info)
    guard !excludedIdentities.contains(identity) else { return }
    switch info.st_mode & S_IFMT {
    case S_IFDIR:
      guard visitedFolders.insert(identity).inserted else { return }
      let names: [String]
      switch Self.entries(of: path) {
      case .success(let found): names = found
      case .failure(let error):
        skip(path, .unreadableFolder(reason: error.reason))
        return
      }
      let isRoot = path == root
      for name in names.sorted() where !name.hasPrefix(".") {
        visit(
          path: (path as NSString).appendingPathComponent(name), root: root,
          relative: isRoot ? name : (relative as NSString).appendingPathComponent(name))
      }
    case S_IFREG:
      guard access(path, R_OK) == 0 else {
        skip(path, .unreadableFile(reason: String(cString: strerror(errno))))
        return
      }
      if seenFiles.insert(ArchiveWalker.resolved(path)).inserted {
        listing.files.append(ArchiveFile(path: path, relativePath: relative, root: root))
      }
    case S_IFIFO: skip(path, .fifo)
    case S_IFSOCK: skip(path, .socket)
    case S_IFCHR: skip(path, .characterDevice)
    case S_IFBLK: skip(path, .blockDevice)
    default: skip(path, .otherType)
    }
  }

  private mutating func skip(_ path: String, _ reason: SkippedPath.Reason) {
    let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path)
    listing.skipped.append(SkippedPath(path: path, reason: reason, linkTarget: target))
  }

  /// Why a folder cannot be listed, in the system's words.
  struct ListingError: Error {
    let reason: String
  }

  /// The names in a folder; when it cannot be listed, `opendir`'s reason.
  private static func entries(of folder: String) -> Result<[String], ListingError> {
    if let names = try? FileManager.default.contentsOfDirectory(atPath: folder) {
      return .success(names)
    }
    guard let directory = opendir(folder) else {
      return .failure(ListingError(reason: String(cString: strerror(errno))))
    }
    closedir(directory)
    return .failure(ListingError(reason: "the folder could not be listed"))
  }
}

/// Device and inode of a file or folder: the same one reached through two links has one
/// identity.
struct FileIdentity: Hashable, Sendable {
  let device: UInt64
  let inode: UInt64

  init?(path: String) {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    self.init(info)
  }

  init(_ info: stat) {
    device = UInt64(info.st_dev)
    inode = UInt64(info.st_ino)
  }
}
