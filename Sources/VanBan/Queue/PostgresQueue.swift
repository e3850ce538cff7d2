import Foundation
import PostgresNIO

/// The work queue of a PostgreSQL catalogue, shared by every `vanban batch` process on every
/// machine that points at it.
///
/// Each worker walks its folders and adds the files it finds (`enqueue`); a file already known
/// at the same size and time keeps its state, so nothing is hashed twice. Workers then claim one
/// file at a time (`SELECT … FOR UPDATE SKIP LOCKED`) with a lease naming the worker — host and
/// process — that a heartbeat renews while the document is read. A file whose lease runs out
/// (the worker was killed, lost power or network) is claimed again by another worker; after
/// ``maximumAttempts`` such claims it is recorded as failed rather than crash the fleet in turn.
///
/// The claimer hashes the file: content already catalogued is recorded as a copy, content read
/// by another worker right now waits, new content is read and committed in one transaction that
/// also finishes the file — only while the claim is still this worker's, and only once per
/// content, so each document is committed exactly once.
public struct PostgresQueue: Sendable {
  let catalogue: PostgresCatalogue

  /// Claims of one file that end without a commit (the worker died) before it is recorded as
  /// failed: a document that kills every worker that reads it must not go round the fleet.
  public static let maximumAttempts = 3

  var session: PostgresSession { catalogue.session }
  var path: String { catalogue.path }

  /// A `vanban batch` process registered in the `workers` table.
  public struct Worker: Sendable, Hashable {
    /// Its row id.
    public let id: Int64
    /// The machine's host name.
    public let host: String
    /// The process id.
    public let pid: Int32
    /// Seconds a claim lasts without renewal.
    public let lease: Double
  }

  /// Registers this process as a worker over `roots`.
  public func join(roots: QueueRoots, jobs: Int, lease: Double) async throws(CatalogueError)
    -> Worker
  {
    guard !catalogue.readOnly else { throw catalogue.readOnlyError }
    let host = ProcessInfo.processInfo.hostName
    let pid = getpid()
    let rows = try await session.rows(
      """
      INSERT INTO workers (host, pid, roots, jobs, lease_seconds)
      VALUES (\(host), \(Int(pid)), \(roots.paths.joined(separator: "\n")), \(jobs), \(lease)) RETURNING id
      """)
    guard let row = rows.first else {
      throw .databaseFailed(path: path, reason: "no worker id returned")
    }
    let id = try catalogue.decode(row, as: Int64.self)
    return Worker(id: id, host: host, pid: pid, lease: lease)
  }

  /// Adds the files found under the worker's roots: a new file is pending unless the catalogue
  /// knows its path at the same size and time; a changed file is pending again; a file no longer
  /// found is set aside. With `retryFailed`, files that failed before this worker started are
  /// pending again. Returns the counts of the work under the roots.
  ///
  /// - Parameters:
  ///   - files: the paths of the regular files found under `roots`.
  ///   - roots: the folders and files the worker was given.
  ///   - retryFailed: whether files that failed before are tried again.
  ///   - worker: the worker queueing them.
  public func enqueue(
    _ files: [String], roots: QueueRoots, retryFailed: Bool, worker: Worker
  ) async throws(CatalogueError) -> BatchPlan {
    let logger = PostgresSession.logger
    let patterns = roots.patterns
    let rootFiles = roots.files
    let fingerprints = files.map { path -> (String, Int64, Double) in
      let attributes = try? FileManager.default.attributesOfItem(atPath: path)
      return (
        ArchiveWalker.standardised(path),
        (attributes?[.size] as? NSNumber)?.int64Value ?? 0,
        (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
      )
    }
    do {
      return try await session.client.withConnection { connection in
        try await connection.query(
          """
          CREATE TEMPORARY TABLE IF NOT EXISTS vanban_walk (
            path TEXT PRIMARY KEY, size BIGINT NOT NULL, modified DOUBLE PRECISION NOT NULL)
          """, logger: logger)
        try await connection.query("TRUNCATE vanban_walk", logger: logger)
        var start = 0
        while start < fingerprints.count {
          let chunk = fingerprints[start..<min(start + 2000, fingerprints.count)]
          start += chunk.count
          let paths = chunk.map(\.0)
          let sizes = chunk.map(\.1)
          let times = chunk.map(\.2)
          try await connection.query(
            """
            INSERT INTO vanban_walk SELECT * FROM unnest(\(paths)::text[], \(sizes)::int8[], \(times)::float8[])
            ON CONFLICT DO NOTHING
            """, logger: logger)
          // Known at this size and time: finished as the catalogue has it, not hashed again.
          try await connection.query(
            """
            INSERT INTO queue (path, size, modified, sha256, state, ready_at, finished_at)
            SELECT w.path, w.size, w.modified, d.sha256, coalesce(d.status, 'pending'),
              CASE WHEN d.status IS NULL THEN now() END, CASE WHEN d.status IS NOT NULL THEN now() END
            FROM unnest(\(paths)::text[], \(sizes)::int8[], \(times)::float8[]) AS w (path, size, modified)
            LEFT JOIN sources s ON s.path = w.path AND s.size = w.size AND s.modified = w.modified
            LEFT JOIN documents d ON d.id = s.document_id
            ORDER BY w.path
            ON CONFLICT (path) DO NOTHING
            """, logger: logger)
        }
        try await connection.query(
          """
          UPDATE queue q SET size = w.size, modified = w.modified, sha256 = NULL, state = 'pending',
            ready_at = now(), finished_at = NULL, retry = false, attempts = 0, worker_id = NULL
          FROM vanban_walk w
          WHERE q.path = w.path AND q.state <> 'claimed'
            AND (q.size <> w.size OR q.modified <> w.modified OR q.state = 'gone')
          """, logger: logger)
        try await connection.query(
          """
          UPDATE queue q SET state = 'gone', ready_at = NULL, finished_at = now()
          WHERE (q.path LIKE ANY(\(patterns)::text[]) OR q.path = ANY(\(rootFiles)::text[]))
            AND q.state IN ('pending', 'done', 'failed')
            AND NOT EXISTS (SELECT 1 FROM vanban_walk w WHERE w.path = q.path)
          """, logger: logger)
        if retryFailed {
          try await connection.query(
            """
            UPDATE queue q SET state = 'pending', ready_at = now(), retry = true, attempts = 0, worker_id = NULL
            FROM vanban_walk w
            WHERE q.path = w.path AND q.state = 'failed'
              AND q.finished_at < (SELECT started_at FROM workers WHERE id = \(worker.id))
            """, logger: logger)
        }
        let counts = try await connection.query(
          """
          SELECT count(*) FILTER (WHERE q.state IN ('pending', 'claimed')),
            count(DISTINCT q.sha256) FILTER (WHERE q.state = 'done'),
            count(DISTINCT q.sha256) FILTER (WHERE q.state = 'failed')
          FROM vanban_walk w JOIN queue q ON q.path = w.path
          """, logger: logger
        ).collect().first?.decode((Int, Int, Int).self)
        try await connection.query("DROP TABLE vanban_walk", logger: logger)
        let (pending, done, failed) = counts ?? (0, 0, 0)
        return BatchPlan(
          files: files.count, documents: pending + done + failed, pending: pending,
          alreadyDone: done, alreadyFailed: failed)
      }
    } catch let error as CatalogueError {
      throw error
    } catch {
      throw .databaseFailed(path: path, reason: PostgresSession.reason(error))
    }
  }

  /// Renews the leases of the files the worker holds, and its heartbeat.
  public func renew(_ worker: Worker) async throws(CatalogueError) {
    try await session.execute(
      """
      WITH renewed AS (
        UPDATE queue SET ready_at = now() + make_interval(secs => \(worker.lease))
        WHERE worker_id = \(worker.id) AND state = 'claimed' RETURNING 1)
      UPDATE workers SET heartbeat_at = now() WHERE id = \(worker.id)
      """)
  }

  /// Gives the worker's claims back to the queue, to be claimed at once by another worker, and
  /// notes how the worker ended: `finished`, `interrupted` or `failed`.
  public func leave(_ worker: Worker, state: String) async throws(CatalogueError) {
    try await session.execute(
      """
      WITH released AS (
        UPDATE queue SET state = 'pending', ready_at = now(), worker_id = NULL,
          attempts = greatest(attempts - 1, 0)
        WHERE worker_id = \(worker.id) AND state = 'claimed' RETURNING 1)
      UPDATE workers SET state = \(state), finished_at = now(), heartbeat_at = now() WHERE id = \(worker.id)
      """)
  }
}
