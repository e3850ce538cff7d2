import Synchronization

/// A flag Tesseract's cancel hook polls while it recognises words; set from a task's
/// cancellation handler on another thread.
final class CancellationFlag: Sendable {
  private let cancelled = Atomic<Bool>(false)

  /// Whether cancellation was requested.
  var isCancelled: Bool { cancelled.load(ordering: .relaxed) }

  /// Requests cancellation.
  func cancel() { cancelled.store(true, ordering: .relaxed) }
}
