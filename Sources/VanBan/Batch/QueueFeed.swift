import Foundation
import Synchronization

/// The documents of a shared queue as a scan asks for them: each call claims a file, hashes it
/// and hands out its path only when its content is new. Files whose content is catalogued
/// already, or being read elsewhere, are settled on the way. When nothing is left to claim but
/// other workers still hold files, it waits, since their leases may run out.
///
/// A database error ends the feed; ``error`` keeps it for the run to report.
final class QueueFeed: DocumentFeed {
  private struct State {
    var claims: [String: (claim: QueueClaim, file: FileFingerprint)] = [:]
    var pendingClaims: [String: QueueClaim] = [:]
    var error: CatalogueError?
  }

  let queue: PostgresQueue
  let worker: PostgresQueue.Worker
  let roots: QueueRoots
  let stop: ScanStop?
  /// Called for a file recorded as failed without being read (abandoned by too many workers).
  let abandoned: @Sendable (DocumentFailure) -> Void
  private let state = Mutex(State())

  init(
    queue: PostgresQueue, worker: PostgresQueue.Worker, roots: QueueRoots, stop: ScanStop?,
    abandoned: @escaping @Sendable (DocumentFailure) -> Void
  ) {
    self.queue = queue
    self.worker = worker
    self.roots = roots
    self.stop = stop
    self.abandoned = abandoned
  }

  /// The database error that ended the feed, if one did.
  var error: CatalogueError? { state.withLock { $0.error } }

  /// How long to wait before looking again when other workers hold the last files.
  private var pollInterval: Duration {
    .milliseconds(Int(min(2, max(0.2, worker.lease / 4)) * 1000))
  }

  func next() async -> String? {
    while stop?.isRequested != true, error == nil {
      do {
        guard let claim = try await queue.claim(for: worker, roots: roots) else {
          if try await queue.isDrained(roots: roots, worker: worker) { return nil }
          try? await Task.sleep(for: pollInterval)
          continue
        }
        state.withLock { $0.pendingClaims[claim.path] = claim }
        defer { state.withLock { _ = $0.pendingClaims.removeValue(forKey: claim.path) } }
        guard FileManager.default.fileExists(atPath: claim.path) else {
          try await queue.dropMissing(claim, worker: worker)
          continue
        }
        let file = Self.fingerprint(claim)
        guard try await queue.resolve(claim, as: file, worker: worker) == .read else { continue }
        if claim.attempts > PostgresQueue.maximumAttempts {
          let failure = DocumentFailure(
            source: claim.path, kind: .other,
            message:
              "\(claim.path): abandoned: \(claim.attempts - 1) workers took it and stopped before finishing (crashed, killed or cut off)"
          )
          if try await queue.commit(failure, claim: claim, file: file, worker: worker)
            == .committed
          {
            abandoned(failure)
          }
          continue
        }
        state.withLock { $0.claims[claim.path] = (claim, file) }
        return claim.path
      } catch {
        state.withLock { $0.error = $0.error ?? error }
        return nil
      }
    }
    return nil
  }

  /// The claim of a document handed out, removed from those held.
  func take(_ path: String) -> (claim: QueueClaim, file: FileFingerprint)? {
    state.withLock { $0.claims.removeValue(forKey: path) }
  }

  /// The claims still held: documents handed out but not delivered, and a claim being settled.
  var outstanding: [QueueClaim] {
    state.withLock { $0.claims.values.map(\.claim) + $0.pendingClaims.values }
  }

  /// The file's fingerprint: the queue's hash when size and time are unchanged, else a new one.
  private static func fingerprint(_ claim: QueueClaim) -> FileFingerprint {
    let known = claim.sha256.map {
      FileFingerprint(path: claim.path, sha256: $0, size: claim.size, modified: claim.modified)
    }
    return BatchRunner.fingerprint(claim.path, known: known)
  }
}
