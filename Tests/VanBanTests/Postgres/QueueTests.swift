import Foundation
import TestSupport
import Testing

@testable import VanBan

/// The queue itself, through its public API, with small text files standing for documents:
/// claims under contention, leases that run out, and one content under two paths.
@Suite("PostgreSQL queue", .enabled(if: TestPostgres.isAvailable, TestPostgres.skipped))
struct QueueTests {
  /// A queue over `count` text files (`copies` of them with the first one's content).
  private struct Fixture {
    let tree: BatchTestTree
    let database: TestDatabase
    let catalogue: Catalogue
    let queue: PostgresQueue
    let roots: QueueRoots

    init(files count: Int, copies: Int = 0, connections: Int = 4) async throws {
      tree = try BatchTestTree()
      for index in 0..<count {
        let content = index < copies + 1 ? "văn bản 0" : "văn bản \(index)"
        try Data(content.utf8).write(
          to: tree.archive.appendingPathComponent(String(format: "doc-%04d.txt", index)))
      }
      database = try await TestPostgres.makeDatabase()
      catalogue = try await Catalogue.open(database.url, connections: connections)
      queue = try #require(catalogue.queue)
      roots = QueueRoots([tree.archive.path])
    }

    /// Queues the files, as a worker's walk does; returns the plan.
    func enqueue() async throws -> BatchPlan {
      let worker = try await queue.join(roots: roots, jobs: 1, lease: 60)
      let files = try ArchiveWalker().files(under: roots.paths).map(\.path)
      let plan = try await queue.enqueue(files, roots: roots, retryFailed: false, worker: worker)
      try await queue.leave(worker, state: "finished")
      return plan
    }

    func fingerprint(_ claim: QueueClaim) throws -> FileFingerprint {
      FileFingerprint(
        path: claim.path, sha256: try ContentHash.sha256(ofFileAt: claim.path), size: claim.size,
        modified: claim.modified)
    }

    /// A document of no pages standing for the file.
    func document(_ claim: QueueClaim) -> DocumentResult {
      DocumentResult(source: claim.path, format: .png, pages: [])
    }

    func remove() async throws {
      await catalogue.close()
      try await database.drop()
      tree.remove()
    }
  }

  @Test("Twenty claimers over 300 files: each file claimed and committed once")
  func concurrentClaims() async throws {
    let fixture = try await Fixture(files: 300, connections: 20)
    #expect(try await fixture.enqueue().pending == 300)
    let claimed = try await withThrowingTaskGroup(of: [String].self) { group in
      for _ in 0..<20 {
        group.addTask {
          let worker = try await fixture.queue.join(roots: fixture.roots, jobs: 1, lease: 60)
          var mine: [String] = []
          while let claim = try await fixture.queue.claim(for: worker, roots: fixture.roots) {
            let file = try fixture.fingerprint(claim)
            #expect(try await fixture.queue.resolve(claim, as: file, worker: worker) == .read)
            let committed = try await fixture.queue.commit(
              fixture.document(claim), claim: claim, file: file, seconds: 0, worker: worker)
            #expect(committed == .committed)
            mine.append(claim.path)
          }
          try await fixture.queue.leave(worker, state: "finished")
          return mine
        }
      }
      return try await group.reduce(into: []) { $0 += $1 }
    }
    #expect(claimed.count == 300)
    #expect(Set(claimed).count == 300)
    let late = try await fixture.queue.join(roots: fixture.roots, jobs: 1, lease: 60)
    #expect(try await fixture.queue.isDrained(roots: fixture.roots, worker: late))
    let counts = try await fixture.catalogue.rowCounts()
    #expect(counts["documents"] == 300 && counts["sources"] == 300)
    let fleet = try await fixture.catalogue.fleet()
    #expect(fleet.done == 300 && fleet.pending == 0 && fleet.claimed == 0)
    #expect(fleet.workers.map(\.done).reduce(0, +) == 300)
    try await fixture.remove()
  }

  @Test(
    "A lease that runs out: another worker takes the file, and the first one's commit is refused")
  func expiredLease() async throws {
    let fixture = try await Fixture(files: 1)
    _ = try await fixture.enqueue()
    let slow = try await fixture.queue.join(roots: fixture.roots, jobs: 1, lease: 1)
    let other = try await fixture.queue.join(roots: fixture.roots, jobs: 1, lease: 60)
    let first = try #require(try await fixture.queue.claim(for: slow, roots: fixture.roots))
    let file = try fixture.fingerprint(first)
    #expect(try await fixture.queue.resolve(first, as: file, worker: slow) == .read)
    // Held: nothing to claim, and the other worker must wait rather than end.
    #expect(try await fixture.queue.claim(for: other, roots: fixture.roots) == nil)
    #expect(try await !fixture.queue.isDrained(roots: fixture.roots, worker: other))
    try await Task.sleep(for: .seconds(1.5))
    let second = try #require(try await fixture.queue.claim(for: other, roots: fixture.roots))
    #expect(second.path == first.path && second.attempts == 2 && second.token != first.token)
    let late = try await fixture.queue.commit(
      fixture.document(first), claim: first, file: file, seconds: 0, worker: slow)
    #expect(late == .lost)
    #expect(try await fixture.queue.resolve(second, as: file, worker: other) == .read)
    let committed = try await fixture.queue.commit(
      fixture.document(second), claim: second, file: file, seconds: 0, worker: other)
    #expect(committed == .committed)
    #expect(try await fixture.catalogue.rowCounts()["documents"] == 1)
    try await fixture.remove()
  }

  @Test("A renewed lease keeps the file; released claims go back to the queue at once")
  func renewAndRelease() async throws {
    let fixture = try await Fixture(files: 2)
    _ = try await fixture.enqueue()
    // A lease of 4 s renewed every 0.4 s, for 4.8 s: longer than the lease, with room for a
    // machine busy with the rest of the suite (leases of 1 s and 2 s ran out under that load,
    // when a renewal came seconds late).
    let worker = try await fixture.queue.join(roots: fixture.roots, jobs: 1, lease: 4)
    let other = try await fixture.queue.join(roots: fixture.roots, jobs: 1, lease: 60)
    let held = try #require(try await fixture.queue.claim(for: worker, roots: fixture.roots))
    for _ in 0..<12 {
      try await Task.sleep(for: .milliseconds(400))
      try await fixture.queue.renew(worker)
    }
    let next = try #require(try await fixture.queue.claim(for: other, roots: fixture.roots))
    #expect(next.path != held.path)
    #expect(try await fixture.queue.claim(for: other, roots: fixture.roots) == nil)
    try await fixture.queue.release([held], worker: worker)
    let released = try #require(try await fixture.queue.claim(for: other, roots: fixture.roots))
    #expect(released.path == held.path && released.attempts == 1)
    try await fixture.remove()
  }

  @Test(
    "One content under two paths, claimed at once: one worker reads it, the other's file becomes its copy"
  )
  func sameContent() async throws {
    let fixture = try await Fixture(files: 2, copies: 1)
    _ = try await fixture.enqueue()
    let first = try await fixture.queue.join(roots: fixture.roots, jobs: 1, lease: 60)
    let second = try await fixture.queue.join(roots: fixture.roots, jobs: 1, lease: 60)
    let a = try #require(try await fixture.queue.claim(for: first, roots: fixture.roots))
    let b = try #require(try await fixture.queue.claim(for: second, roots: fixture.roots))
    let fileA = try fixture.fingerprint(a)
    let fileB = try fixture.fingerprint(b)
    #expect(fileA.sha256 == fileB.sha256)
    #expect(try await fixture.queue.resolve(a, as: fileA, worker: first) == .read)
    #expect(try await fixture.queue.resolve(b, as: fileB, worker: second) == .deferred)
    #expect(try await !fixture.queue.isDrained(roots: fixture.roots, worker: second))
    let committed = try await fixture.queue.commit(
      fixture.document(a), claim: a, file: fileA, seconds: 0, worker: first)
    #expect(committed == .committed)
    let again = try #require(try await fixture.queue.claim(for: second, roots: fixture.roots))
    #expect(again.path == b.path)
    #expect(try await fixture.queue.resolve(again, as: fileB, worker: second) == .catalogued(.done))
    #expect(try await fixture.queue.isDrained(roots: fixture.roots, worker: second))
    let counts = try await fixture.catalogue.rowCounts()
    #expect(counts["documents"] == 1 && counts["sources"] == 2)
    try await fixture.remove()
  }
}
