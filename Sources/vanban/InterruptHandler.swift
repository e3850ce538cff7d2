import Dispatch
import Foundation
import Synchronization
import VanBan

/// Turns the first Ctrl-C (SIGINT) into a call to `onInterrupt`, so a run (`batch`, `restore
/// --out`) can stop cleanly; a second Ctrl-C ends the process at once.
final class InterruptHandler {
  private let source: any DispatchSourceSignal

  init(onInterrupt: @escaping @Sendable () -> Void) {
    signal(SIGINT, SIG_IGN)
    let source = DispatchSource.makeSignalSource(
      signal: SIGINT, queue: DispatchQueue(label: "vanban.interrupt"))
    let count = InterruptCount()
    source.setEventHandler {
      if count.increment() > 1 { _exit(130) }
      onInterrupt()
    }
    source.resume()
    self.source = source
  }

  /// A handler that requests `stop` on the first Ctrl-C, after telling the user through `note`
  /// that the work under way (`finishing`, "the pages in flight") is finished first.
  convenience init(
    requesting stop: ScanStop, finishing work: String,
    note: @escaping @Sendable (String) -> Void
  ) {
    self.init {
      note("vanban: interrupted; finishing \(work), then stopping (Ctrl-C again to quit now)")
      stop.request()
    }
  }

  /// Restores the default Ctrl-C behaviour.
  func stop() {
    source.cancel()
    signal(SIGINT, SIG_DFL)
  }
}

/// How many interrupts arrived.
private final class InterruptCount: Sendable {
  private let value = Atomic<Int>(0)

  func increment() -> Int { value.add(1, ordering: .relaxed).newValue }
}
