import Dispatch

/// A piece of a model's load run on another thread while the caller loads the rest: a
/// restorer is loaded where someone waits for it (`vanban restore`, a scan's start), and the
/// machine has a second core.
///
/// ```swift
/// let english = BackgroundLoad { () throws(RestorerError) in try ConfusionModel(path: p, alphabet: a) }
/// let generic = try ConfusionModel(path: q, alphabet: a)  // meanwhile
/// let table = try english.value()                          // waits, and rethrows its error
/// ```
final class BackgroundLoad<Value: Sendable>: @unchecked Sendable {
  // Written once by the worker before it signals `done`; read only after waiting for it.
  private var result: Result<Value, RestorerError>?
  private let done = DispatchSemaphore(value: 0)
  /// Whether ``value()`` waited already: the semaphore is signalled once.
  private var waited = false

  /// Starts `load` on another thread.
  init(_ load: @escaping @Sendable () throws(RestorerError) -> Value) {
    DispatchQueue.global(qos: .userInitiated).async { [self] in
      do throws(RestorerError) {
        result = .success(try load())
      } catch {
        result = .failure(error)
      }
      done.signal()
    }
  }

  /// The value loaded, once the load is over, or the error it threw. Called from one thread.
  func value() throws(RestorerError) -> Value {
    if !waited {
      done.wait()
      waited = true
    }
    guard let result else { preconditionFailure("the load signalled without a result") }
    return try result.get()
  }
}
