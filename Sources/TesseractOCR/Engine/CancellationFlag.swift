import Synchronization

/// A flag Tesseract's cancel hook polls while it recognises words; set from a task's
/// cancellation handler on another thread.
final class CancellationFlag: Sendable {
  private let cancelled = Atomic<Bool>(false)
  private let polls = Atomic<Int>(0)
  private let cancelAtPoll: Int?

  /// A flag that is set by ``cancel()`` only.
  init() { cancelAtPoll = nil }

  /// A flag that sets itself at Tesseract's `poll`-th poll: cancelling recognition under way,
  /// at a known point, for tests.
  init(cancellingAtPoll poll: Int) { cancelAtPoll = poll }

  /// Whether cancellation was requested.
  var isCancelled: Bool { cancelled.load(ordering: .relaxed) }

  /// Requests cancellation.
  func cancel() { cancelled.store(true, ordering: .relaxed) }

  /// Whether cancellation was requested, counted as one poll of Tesseract's hook: the count
  /// shows that recognition is under way.
  func poll() -> Bool {
    let count = polls.add(1, ordering: .relaxed).newValue
    if let cancelAtPoll, count >= cancelAtPoll { cancel() }
    return isCancelled
  }

  /// How many times Tesseract's hook polled the flag.
  var pollCount: Int { polls.load(ordering: .relaxed) }
}
