/// A path under an archive's folders that is not read as a document, and why: it is not a
/// regular file (a FIFO, socket or device, which could block a run or never end), a link that
/// leads nowhere, or a folder or file that cannot be read. Batch runs report each one, in the
/// summary and in `vanban report --failed`.
public struct SkippedPath: Sendable, Hashable, CustomStringConvertible {
  /// Why a path is skipped.
  public enum Reason: Sendable, Hashable {
    /// A FIFO (named pipe): opening it waits for a writer.
    case fifo
    /// A Unix-domain socket.
    case socket
    /// A character device (`/dev/zero`, a terminal): reading may never end.
    case characterDevice
    /// A block device (a disk).
    case blockDevice
    /// A symbolic link whose target does not exist (or that loops).
    case brokenLink
    /// A file the system describes as none of the above.
    case otherType
    /// A folder whose entries cannot be listed; `reason` is the system's.
    case unreadableFolder(reason: String)
    /// A file that cannot be opened for reading; `reason` is the system's.
    case unreadableFile(reason: String)

    /// The words for the reason: "a FIFO (named pipe), not a regular file".
    public var explanation: String {
      switch self {
      case .fifo: "a FIFO (named pipe), not a regular file"
      case .socket: "a socket, not a regular file"
      case .characterDevice: "a character device, not a regular file"
      case .blockDevice: "a block device, not a regular file"
      case .brokenLink: "a symbolic link to nothing (missing target or a loop)"
      case .otherType: "not a regular file"
      case .unreadableFolder(let reason):
        "folder cannot be read (\(reason)); its files are left out"
      case .unreadableFile(let reason): "cannot be read (\(reason))"
      }
    }
  }

  /// The path as found.
  public var path: String
  /// Why it is skipped.
  public var reason: Reason
  /// Where a symbolic link at ``path`` leads, when it is one.
  public var linkTarget: String?

  /// A skipped path from its parts.
  public init(path: String, reason: Reason, linkTarget: String? = nil) {
    self.path = path
    self.reason = reason
    self.linkTarget = linkTarget
  }

  /// One line: "in/pipe: skipped: a FIFO (named pipe), not a regular file".
  public var description: String {
    let link = linkTarget.map { " (a link to \($0))" } ?? ""
    return "\(path): skipped\(link): \(reason.explanation)"
  }

  /// The failure a catalogue records for it.
  public var failure: DocumentFailure {
    let kind: DocumentFailure.Kind
    switch reason {
    case .unreadableFolder, .unreadableFile: kind = .unreadable
    default: kind = .notRegularFile
    }
    return DocumentFailure(source: path, kind: kind, message: description)
  }
}
