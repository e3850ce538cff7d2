import Foundation

/// A file written under a temporary name beside its final path and renamed into place when
/// complete, so that a reader (or the next run) never finds it half written.
///
/// The temporary file is hidden (`.NAME.vanban-PID`), so a folder walk that meets it leaves
/// it out. Not thread-safe: one writer per file.
final class PartialFile {
  /// Where the file goes when complete.
  let finalPath: String
  /// Where it is written until then.
  let temporaryPath: String
  private var handle: FileHandle?

  /// A file to be written at `final`.
  init(final: String) {
    finalPath = final
    let folder = (final as NSString).deletingLastPathComponent
    let name = (final as NSString).lastPathComponent
    temporaryPath = (folder as NSString).appendingPathComponent(
      ".\(name).vanban-\(ProcessInfo.processInfo.processIdentifier)")
  }

  deinit { try? handle?.close() }

  /// Creates the temporary file (and the folders above it).
  ///
  /// - Throws: ``BatchError/outputNotWritable(path:reason:)``.
  func open() throws(BatchError) {
    let folder = (finalPath as NSString).deletingLastPathComponent
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw .outputNotWritable(path: folder, reason: error.localizedDescription)
    }
    guard FileManager.default.createFile(atPath: temporaryPath, contents: nil),
      let opened = FileHandle(forWritingAtPath: temporaryPath)
    else {
      throw .outputNotWritable(path: finalPath, reason: String(cString: strerror(errno)))
    }
    handle = opened
  }

  /// Appends `text` in UTF-8.
  ///
  /// - Throws: ``BatchError/outputNotWritable(path:reason:)`` (a full disk, say).
  func write(_ text: String) throws(BatchError) {
    do { try handle?.write(contentsOf: Data(text.utf8)) } catch {
      throw .outputNotWritable(path: finalPath, reason: error.localizedDescription)
    }
  }

  /// Closes the file and renames it into place, replacing what was there.
  ///
  /// - Throws: ``BatchError/outputNotWritable(path:reason:)``.
  func commit() throws(BatchError) {
    do { try handle?.close() } catch {
      throw .outputNotWritable(path: finalPath, reason: error.localizedDescription)
    }
    handle = nil
    guard rename(temporaryPath, finalPath) == 0 else {
      let reason = String(cString: strerror(errno))
      discard()
      throw .outputNotWritable(path: finalPath, reason: reason)
    }
  }

  /// Closes and removes the temporary file.
  func discard() {
    try? handle?.close()
    handle = nil
    unlink(temporaryPath)
  }
}
