import Synchronization

/// A request to stop a run gracefully: no new page is started, the pages being recognised are
/// finished and their documents delivered when complete.
///
/// Unlike cancelling the task that consumes a scan — which abandons the pages in flight — a
/// stop keeps the work already under way. `vanban batch` requests one on the first Ctrl-C.
///
/// ```swift
/// let stop = ScanStop()
/// for await outcome in DocumentScanner().scan(paths, stop: stop) { … }
/// // elsewhere, e.g. from a signal handler:
/// stop.request()
/// ```
public final class ScanStop: Sendable {
  private let requested = Atomic<Bool>(false)

  /// A stop that has not been requested yet.
  public init() {}

  /// Asks the run to stop after the pages in flight. Safe to call from any thread, more than once.
  public func request() {
    requested.store(true, ordering: .releasing)
  }

  /// Whether ``request()`` has been called.
  public var isRequested: Bool {
    requested.load(ordering: .acquiring)
  }
}
