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
        ORDER BY ready_at, seq LIMIT 1 FOR UPDATE SKIP LOCKED) AS next
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

  /// Settles a claimed file whose content hash is now known (see ``QueueResolution``).
  public func resolve(_ claim: QueueClaim, as file: FileFingerprint, worker: Worker)
    async throws(CatalogueError) -> QueueResolution
  {
    try await session.transaction { connection in
      let logger = PostgresSession.logger
      guard try await Self.lock(claim, content: file.sha256, worker: worker, on: connection) else {
        return .lost
      }
      let status = try await connection.query(
        "SELECT status FROM documents WHERE sha256 = \(file.sha256)", logger: logger
      ).collect().first?.decode(String.self)
      if let status, status == "done" || !claim.retry,
        let state = try await PostgresCatalogue.recordLocation(file, on: connection)
      {
        try await Self.finish(
          claim, file: file, state: state, pages: nil, worker: worker, copy: true, on: connection)
        return .catalogued(state)
      }
      let other = try await connection.query(
        """
        SELECT max(ready_at) FROM queue
        WHERE sha256 = \(file.sha256) AND state = 'claimed' AND ready_at > now() AND path <> \(claim.path)
        """, logger: logger
      ).collect().first?.decode(Date?.self)
      if let other {
        try await connection.query(
          """
          UPDATE queue SET state = 'pending', ready_at = \(other) + interval '1 second', sha256 = \(file.sha256),
            size = \(file.size), modified = \(file.modified), worker_id = NULL, attempts = greatest(attempts - 1, 0)
          WHERE path = \(claim.path)
          """, logger: logger)
        return .deferred
      }
      try await connection.query(
        """
        UPDATE queue SET sha256 = \(file.sha256), size = \(file.size), modified = \(file.modified)
        WHERE path = \(claim.path)
        """, logger: logger)
      return .read
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
      guard try await Self.lock(claim, content: entry.sha256, worker: worker, on: connection) else {
        return .lost
      }
      let existing = try await connection.query(
        "SELECT status FROM documents WHERE sha256 = \(entry.sha256)",
        logger: PostgresSession.logger
      ).collect().first?.decode(String.self)
      if existing == "done" || (existing == "failed" && entry.status == .failed && !claim.retry),
        let state = try await PostgresCatalogue.recordLocation(file, on: connection)
      {
        try await Self.finish(
          claim, file: file, state: state, pages: nil, worker: worker, copy: true, on: connection)
        return .copy
      }
      _ = try await PostgresCatalogue.insert(entry, on: connection)
      // Files of the same content waiting on this commit are copies now: no need to wait longer.
      try await connection.query(
        """
        UPDATE queue SET ready_at = now()
        WHERE sha256 = \(entry.sha256) AND state = 'pending' AND ready_at > now()
        """, logger: PostgresSession.logger)
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

  /// Takes the content's lock (commits of one content run one at a time) and checks that the
  /// claim is still the worker's.
  private static func lock(
    _ claim: QueueClaim, content sha256: String, worker: Worker, on connection: PostgresConnection
  ) async throws -> Bool {
    let logger = PostgresSession.logger
    try await connection.query(
      "SELECT pg_advisory_xact_lock(hashtextextended(\(sha256), 0))", logger: logger)
    let row = try await connection.query(
      "SELECT claim, worker_id, state FROM queue WHERE path = \(claim.path) FOR UPDATE",
      logger: logger
    ).collect().first
    guard let (token, owner, state) = try row?.decode((Int64, Int64?, String).self) else {
      return false
    }
    return token == claim.token && owner == worker.id && state == "claimed"
  }

  /// Finishes a claimed file and counts it for the worker.
  private static func finish(
    _ claim: QueueClaim, file: FileFingerprint, state: CatalogueStatus.State, pages: Int?,
    worker: Worker, copy: Bool, on connection: PostgresConnection
  ) async throws {
    let logger = PostgresSession.logger
    try await connection.query(
      """
      UPDATE queue SET state = \(state.rawValue), ready_at = NULL, finished_at = now(), pages = \(pages),
        sha256 = \(file.sha256), size = \(file.size), modified = \(file.modified), retry = false
      WHERE path = \(claim.path)
      """, logger: logger)
    let done = !copy && state == .done ? 1 : 0
    let failed = !copy && state == .failed ? 1 : 0
    try await connection.query(
      """
      UPDATE workers SET documents_done = documents_done + \(done), documents_failed = documents_failed + \(failed),
        pages_done = pages_done + \(pages ?? 0), copies_found = copies_found + \(copy ? 1 : 0), heartbeat_at = now()
      WHERE id = \(worker.id)
      """, logger: logger)
  }
}
