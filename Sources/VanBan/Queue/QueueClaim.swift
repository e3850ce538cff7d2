import Foundation

/// A file of the queue claimed by one worker: the lease is the worker's until it expires, unless
/// renewed. The claim's token changes whenever another worker takes the file over, so a worker
/// whose lease ran out cannot commit it.
public struct QueueClaim: Sendable, Hashable {
  /// The file's absolute path.
  public var path: String
  /// Bumped at each claim of the file: what commits check.
  public var token: Int64
  /// How many times the file was claimed without being finished or given back, this one included.
  public var attempts: Int
  /// Size and modification time when the file was queued.
  public var size: Int64
  /// Seconds since 1970.
  public var modified: Double
  /// The content hash, when already known for this size and time.
  public var sha256: String?
  /// Whether the file failed before and is tried again (`--retry-failed`).
  public var retry: Bool
  /// When this worker claimed it, by its own clock.
  public var claimedAt: Date
}

/// What the queue found when a claimed file's content hash was known.
public enum QueueResolution: Sendable, Hashable {
  /// The content is new: read it.
  case read
  /// The content is catalogued already (a copy, or a file moved): its path was recorded and the
  /// file is finished, done or failed as the content is.
  case catalogued(CatalogueStatus.State)
  /// Another worker is reading the same content under another path: the file goes back to the
  /// queue until that lease ends, when it will be a known copy.
  case deferred
  /// The claim was lost: the lease expired and another worker took the file.
  case lost
}

/// What became of a commit.
public enum QueueCommit: Sendable, Hashable {
  /// The document was written, and the file finished.
  case committed
  /// The content was catalogued meanwhile by another worker, under another path: this path was
  /// recorded as a copy and the document not written again.
  case copy
  /// The claim was lost (another worker took the file after the lease expired): nothing was
  /// written; the other worker commits the file.
  case lost
}
