import Foundation

extension OutputTree {
  /// The path below the output folder each file's outputs take, in the order of `files`.
  ///
  /// With one root the output mirrors the root's tree (`root/a/b.pdf` → `a/b.pdf`). With several
  /// roots each folder's tree goes under the folder's name (`in/2019/a.pdf` → `2019/a.pdf`), so
  /// that `2019/001.pdf` and `2020/001.pdf` do not meet; a root that is a file keeps its name.
  ///
  /// - Throws: ``BatchError/outputIsInput(path:)`` when `output` is one of `roots`, and
  ///   ``BatchError/outputCollision(first:second:output:)`` when two files would still write one
  ///   output file (two roots of one name, or a file whose `.txt` is another's folder), before
  ///   anything is read.
  package static func relativePaths(
    for files: [ArchiveFile], roots: [String], output: String
  ) throws(BatchError) -> [String] {
    if let outputIdentity = FileIdentity(path: output),
      let root = roots.first(where: { FileIdentity(path: $0) == outputIdentity })
    {
      throw .outputIsInput(path: root)
    }
    let folderRoots = Set(
      roots.filter { root in
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: root, isDirectory: &isFolder)
          && isFolder.boolValue
      })
    let paths = files.map { file in
      guard roots.count > 1, folderRoots.contains(file.root) else { return file.relativePath }
      let name = URL(fileURLWithPath: file.root).standardizedFileURL.lastPathComponent
      return (name as NSString).appendingPathComponent(file.relativePath)
    }
    var owners: [String: String] = [:]
    var folders: [String: String] = [:]
    for (file, path) in zip(files, paths) {
      if let other = owners.updateValue(file.path, forKey: path) {
        throw .outputCollision(first: other, second: file.path, output: path + ".txt")
      }
      var folder = (path as NSString).deletingLastPathComponent
      while !folder.isEmpty, folder != "/", folders[folder] == nil {
        folders[folder] = file.path
        folder = (folder as NSString).deletingLastPathComponent
      }
    }
    for (file, path) in zip(files, paths) {
      for suffix in [".txt", ".json", ".alto.xml"] {
        if let other = folders[path + suffix] {
          throw .outputCollision(first: file.path, second: other, output: path + suffix)
        }
      }
    }
    return paths
  }
}
