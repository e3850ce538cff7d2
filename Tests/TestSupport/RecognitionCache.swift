import Foundation

/// Shares an expensive per-key computation (recognising a fixture) between tests that run in
/// parallel, so each fixture is read once per test run.
public actor AsyncCache<Key: Hashable & Sendable, Value: Sendable> {
  private var tasks: [Key: Task<Value, any Error>] = [:]

  /// An empty cache.
  public init() {}

  /// The value for `key`, computed by `make` the first time it is asked for.
  public func value(for key: Key, make: @escaping @Sendable () async throws -> Value) async throws
    -> Value
  {
    if let task = tasks[key] { return try await task.value }
    let task = Task { try await make() }
    tasks[key] = task
    return try await task.value
  }
}
