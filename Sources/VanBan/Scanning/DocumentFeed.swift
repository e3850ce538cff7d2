/// Documents handed to a scan one at a time, whenever a recognition worker is free: a work queue
/// shared with other processes rather than a list known in advance.
///
/// ``DocumentScanner/scan(feed:stop:progress:)`` asks for the next document only when a worker
/// has no page left to read, so a feed that claims work (``PostgresQueue``) claims no more than
/// the scan can start on.
///
/// ```swift
/// struct Paths: DocumentFeed {
///   let iterator: Mutex<IndexingIterator<[String]>>
///   func next() async -> String? { iterator.withLock { $0.next() } }
/// }
/// ```
public protocol DocumentFeed: Sendable {
  /// The path of the next document to read, or `nil` when there are no more. It may wait (for
  /// work that other processes may yet give up), and should return `nil` once a stop is requested.
  func next() async -> String?
}
