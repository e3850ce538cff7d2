import Foundation
import PostgresNIO

extension PostgresQueue {
  /// The input under `roots` as a batch summary sees it: distinct contents, pages of those read,
  /// failures, and files not finished yet (claimed or waiting).
  func summary(roots: QueueRoots) async throws(CatalogueError) -> (
    documents: Int, pages: Int, failed: Int, remaining: Int
  ) {
    let rows = try await session.rows(
      """
      WITH q AS (
        SELECT sha256, state FROM queue
        WHERE state <> 'gone' AND (path LIKE ANY(\(roots.patterns)::text[]) OR path = ANY(\(roots.files)::text[])))
      SELECT (SELECT count(DISTINCT sha256) FROM q WHERE state IN ('done', 'failed')),
        (SELECT coalesce(sum(page_count), 0) FROM documents
          WHERE status = 'done' AND sha256 IN (SELECT sha256 FROM q WHERE state = 'done')),
        (SELECT count(DISTINCT sha256) FROM q WHERE state = 'failed'),
        (SELECT count(*) FROM q WHERE state IN ('pending', 'claimed'))
      """)
    guard let row = rows.first else { return (0, 0, 0, 0) }
    let (finished, pages, failed, remaining) = try catalogue.decode(
      row, as: (Int, Int, Int, Int).self)
    return (finished + remaining, pages, failed, remaining)
  }

  /// The workers, the files in flight and the pace of the whole queue.
  func fleet() async throws(CatalogueError) -> FleetStatus {
    let totals = try await session.rows(
      """
      SELECT count(*) FILTER (WHERE state = 'pending'), count(*) FILTER (WHERE state = 'claimed'),
        count(*) FILTER (WHERE state = 'done'), count(*) FILTER (WHERE state = 'failed'),
        coalesce(sum(pages) FILTER (WHERE finished_at > now() - interval '10 minutes'), 0),
        coalesce(sum(pages), 0),
        coalesce(extract(epoch FROM now() - greatest(min(claimed_at), now() - interval '10 minutes')), 0)::float8,
        coalesce(extract(epoch FROM max(finished_at) - min(claimed_at)), 0)::float8
      FROM queue
      """)
    guard let totalsRow = totals.first else {
      throw .databaseFailed(path: path, reason: "no queue totals")
    }
    let (pending, claimed, done, failed, recentPages, pages, recentSeconds, seconds) =
      try catalogue.decode(totalsRow, as: (Int, Int, Int, Int, Int, Int, Double, Double).self)
    var workers: [FleetWorker] = []
    for row in try await session.rows(
      """
      SELECT w.id, w.host, w.pid,
        CASE WHEN w.state = 'running' AND w.heartbeat_at < now() - make_interval(secs => w.lease_seconds)
          THEN 'lost' ELSE w.state END,
        w.started_at, w.heartbeat_at, extract(epoch FROM now() - w.heartbeat_at)::float8,
        w.documents_done, w.documents_failed, w.copies_found, w.pages_done,
        extract(epoch FROM w.heartbeat_at - w.started_at)::float8,
        (SELECT count(*) FROM queue q WHERE q.worker_id = w.id AND q.state = 'claimed')
      FROM workers w ORDER BY w.id DESC
      """)
    {
      let worker = try catalogue.decode(
        row,
        as: (
          Int64, String, Int, String, Date, Date, Double, Int, Int, Int, Int, Double, Int
        ).self)
      workers.append(
        FleetWorker(
          id: worker.0, host: worker.1, pid: worker.2, state: worker.3,
          startedAt: Self.timestamp(worker.4), heartbeatAt: Self.timestamp(worker.5),
          secondsSinceHeartbeat: worker.6, done: worker.7, failed: worker.8, copies: worker.9,
          pages: worker.10, pagesPerMinute: Self.perMinute(worker.10, seconds: worker.11),
          inFlight: worker.12))
    }
    let current = workers.filter { $0.state == "running" || $0.state == "lost" }
    let ended = workers.filter { $0.state != "running" && $0.state != "lost" }
    var inFlight: [FleetDocument] = []
    for row in try await session.rows(
      """
      SELECT q.path, q.worker_id, w.host, w.pid, q.claimed_at, q.ready_at, q.attempts
      FROM queue q JOIN workers w ON w.id = q.worker_id WHERE q.state = 'claimed'
      ORDER BY q.claimed_at, q.path COLLATE "C"
      """)
    {
      let document = try catalogue.decode(
        row, as: (String, Int64, String, Int, Date, Date, Int).self)
      inFlight.append(
        FleetDocument(
          path: document.0, worker: document.1, host: document.2, pid: document.3,
          claimedAt: Self.timestamp(document.4), leaseUntil: Self.timestamp(document.5),
          attempts: document.6))
    }
    return FleetStatus(
      pending: pending, claimed: claimed, done: done, failed: failed,
      recentPagesPerMinute: Self.perMinute(recentPages, seconds: recentSeconds),
      pagesPerMinute: Self.perMinute(pages, seconds: seconds),
      workers: current + ended.prefix(20), olderWorkers: max(0, ended.count - 20),
      inFlight: inFlight)
  }

  private static func perMinute(_ pages: Int, seconds: Double) -> Double {
    seconds > 0 ? (Double(pages) / seconds * 60 * 10).rounded() / 10 : 0
  }

  private static func timestamp(_ date: Date) -> String {
    ISO8601DateFormatter().string(from: date)
  }
}
