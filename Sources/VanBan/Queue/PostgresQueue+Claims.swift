import Foundation
import PostgresNIO

extension PostgresQueue {
  /// Claims the next file under `roots` that is waiting, or whose lease has run out, for
  /// `worker.lease` seconds; `nil` when none can be claimed now.
  public func claim(for worker: Worker, roots: QueueRoots) async throws(CatalogueError)
    -> QueueClaim?
  {
    let rows = try await session.rows(
      """
      UPDATE queue q SET state = 'claimed', worker_id = \(worker.id), claim = q.claim + 1,
        attempts = q.attempts + 1, claimed_at = now(), ready_at = now() + make_interval(secs => \(worker.lease))
      FROM (
        SELECT path FROM queue
        WHERE ready_at <= now() AND (path LIKE ANY(\(roots.patterns)::text[]) OR path = ANY(\(roots.files)::text[]))
        ORDER BY ready_at, size DESC, seq LIMIT 1 FOR UPDATE SKIP LOCKED) AS next
      WHERE q.path = next.path
      RETURNING q.path, q.claim, q.attempts, q.size, q.modified, q.sha256, q.retry
      """)
    guard let row = rows.first else { return nil }
    let (path, token, attempts, size, modified, sha256, retry) = try catalogue.decode(
      row, as: (String, Int64, Int, Int64, Double, String?, Bool).self)
    return QueueClaim(
      path: path, token: token, attempts: attempts, size: size, modified: modified,
      sha256: sha256, retry: retry, claimedAt: Date())
  }

  /// Whether nothing is left under `roots` for anyone but `worker` itself: no file waiting,
  /// none held by another worker (whose lease may yet run out).
  public func isDrained(roots: QueueRoots, worker: Worker) async throws(CatalogueError) -> Bool {
    let rows = try await session.rows(
      """
      SELECT count(*) FROM queue
      WHERE ready_at IS NOT NULL AND (path LIKE ANY(\(roots.patterns)::text[]) OR path = ANY(\(roots.files)::text[]))
        AND NOT (state = 'claimed' AND worker_id = \(worker.id))
      """)
    guard let row = rows.first else { return true }
    return try catalogue.decode(row, as: Int.self) == 0
  }

  /// Settles a claimed file whose content hash is now known (see ``QueueResolution``): one call
  /// of `vanban_resolve` on the server, and a transaction recording the path when the content
  /// is catalogued already.
  public func resolve(_ claim: QueueClaim, as file: FileFingerprint, worker: Worker)
    async throws(CatalogueError) -> QueueResolution
  {
    let rows = try await session.rows(
      """
      SELECT vanban_resolve(\(claim.path), \(claim.token), \(worker.id), \(file.sha256), \(file.size),
        \(file.modified), \(claim.retry))
      """)
    let answer = try rows.first.map { row throws(CatalogueError) in
      try catalogue.decode(row, as: String.self)
    }
    switch answer {
    case "read": return .read
    case "deferred": return .deferred
    case "catalogued": break
    default: return .lost
    }
    return try await session.transaction { connection in
      guard
        let held = try await Self.lock(claim, content: file.sha256, worker: worker, on: connection),
        let status = held.status, status == "done" || !claim.retry,
        let state = try await PostgresCatalogue.recordLocation(file, on: connection)
      else { return .lost }
      try await Self.finish(
        claim, file: file, state: state, pages: nil, worker: worker, copy: true, on: connection)
      return .catalogued(state)
    }
  }

  /// Commits a document read from a claimed file in one transaction with the file's end.
  public func commit(
    _ document: DocumentResult, claim: QueueClaim, file: FileFingerprint, seconds: Double,
    worker: Worker
  ) async throws(CatalogueError) -> QueueCommit {
    try await commit(
      CatalogueEntry(document: document, file: file, aliases: [], seconds: seconds),
      claim: claim, worker: worker)
  }

  /// Commits the failure of a claimed file in one transaction with the file's end.
  public func commit(
    _ failure: DocumentFailure, claim: QueueClaim, file: FileFingerprint, worker: Worker
  ) async throws(CatalogueError) -> QueueCommit {
    try await commit(
      CatalogueEntry(failure: failure, file: file, aliases: []), claim: claim, worker: worker)
  }

  /// Writes `entry` and finishes its file — only while the claim is the worker's, and only when
  /// no other worker committed the same content meanwhile (then the path is recorded as a copy).
  func commit(_ entry: CatalogueEntry, claim: QueueClaim, worker: Worker)
    async throws(CatalogueError) -> QueueCommit
  {
    guard let file = entry.locations.first else { return .lost }
    return try await session.transaction { connection in
      guard
        let held = try await Self.lock(claim, content: entry.sha256, worker: worker, on: connection)
      else { return .lost }
      let existing = held.status
      if existing == "done" || (existing == "failed" && entry.status == .failed && !claim.retry),
        let state = try await PostgresCatalogue.recordLocation(file, on: connection)
      {
        try await Self.finish(
          claim, file: file, state: state, pages: nil, worker: worker, copy: true, on: connection)
        return .copy
      }
      _ = try await PostgresCatalogue.insert(entry, on: connection)
      try await Self.finish(
        claim, file: file, state: entry.status, pages: entry.pageCount, worker: worker,
        copy: false, on: connection)
      return .committed
    }
  }

  /// Gives claims back to the queue at once (a run stopped before reading them).
  public func release(_ claims: [QueueClaim], worker: Worker) async throws(CatalogueError) {
    guard !claims.isEmpty else { return }
    try await session.execute(
      """
      UPDATE queue SET state = 'pending', ready_at = now(), worker_id = NULL, attempts = greatest(attempts - 1, 0)
      WHERE path = ANY(\(claims.map(\.path))::text[]) AND worker_id = \(worker.id) AND state = 'claimed'
      """)
  }

  /// Sets aside a claimed file that no longer exists.
  public func dropMissing(_ claim: QueueClaim, worker: Worker) async throws(CatalogueError) {
    try await session.execute(
      """
      UPDATE queue SET state = 'gone', ready_at = NULL, finished_at = now()
      WHERE path = \(claim.path) AND claim = \(claim.token) AND worker_id = \(worker.id)
      """)
  }

  /// Takes the content's lock (commits of one content run one at a time), checks that the claim
  /// is still the worker's, and reads what is known of the content: its document's status, and
  /// the lease of another file of the same content being read now. `nil` when the claim is lost.
  /// With `durable`, the transaction's commit waits for the disk.
  private static func lock(
    _ claim: QueueClaim, content sha256: String, worker: Worker, durable: Bool = false,
    on connection: PostgresConnection
  ) async throws -> (status: String?, otherLease: Date?)? {
    let logger = PostgresSession.logger
    try await connection.query(
      """
      SELECT pg_advisory_xact_lock(hashtextextended(\(sha256), 0)),
        set_config('synchronous_commit', CASE WHEN \(durable) THEN 'on' ELSE 'off' END, true)
      """, logger: logger)
    let row = try await connection.query(
      """
      SELECT q.claim, q.worker_id, q.state, (SELECT status FROM documents WHERE sha256 = \(sha256)),
        (SELECT max(o.ready_at) FROM queue o
          WHERE o.sha256 = \(sha256) AND o.state = 'claimed' AND o.ready_at > now() AND o.path <> q.path)
      FROM queue q WHERE q.path = \(claim.path) FOR UPDATE OF q
      """, logger: logger
    ).collect().first
    guard
      let (token, owner, state, status, other) = try row?.decode(
        (Int64, Int64?, String, String?, Date?).self),
      token == claim.token, owner == worker.id, state == "claimed"
    else { return nil }
    return (status, other)
  }

  /// Finishes a claimed file and counts it for the worker; after a commit, files of the same
  /// content waiting on it are copies now, with no need to wait for its lease.
  private static func finish(
    _ claim: QueueClaim, file: FileFingerprint, state: CatalogueStatus.State, pages: Int?,
    worker: Worker, copy: Bool, on connection: PostgresConnection
  ) async throws {
    let done = !copy && state == .done ? 1 : 0
    let failed = !copy && state == .failed ? 1 : 0
    try await connection.query(
      """
      WITH finished AS (
        UPDATE queue SET state = \(state.rawValue), ready_at = NULL, finished_at = now(), pages = \(pages),
          sha256 = \(file.sha256), size = \(file.size), modified = \(file.modified), retry = false
        WHERE path = \(claim.path) RETURNING 1),
      woken AS (
        UPDATE queue SET ready_at = now()
        WHERE \(!copy) AND sha256 = \(file.sha256) AND state = 'pending' AND ready_at > now() RETURNING 1)
      UPDATE workers SET documents_done = documents_done + \(done), documents_failed = documents_failed + \(failed),
        pages_done = pages_done + \(pages ?? 0), copies_found = copies_found + \(copy ? 1 : 0), heartbeat_at = now()
      WHERE id = \(worker.id)
      """, logger: PostgresSession.logger)
  }
}
