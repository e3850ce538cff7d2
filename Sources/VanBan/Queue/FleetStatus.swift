/// The fleet of a shared PostgreSQL catalogue: the `vanban batch` processes that took work from
/// its queue, the documents in flight, and the pace. What `vanban report` adds for PostgreSQL.
public struct FleetStatus: Sendable, Hashable, Codable {
  /// Files waiting in the queue, claimed, done and failed.
  public var pending: Int
  /// Files claimed by a worker now (`inFlight` lists them).
  public var claimed: Int
  /// Files finished as read.
  public var done: Int
  /// Files finished as failed.
  public var failed: Int
  /// Pages committed per minute over the last ten minutes (or since the first claim, if sooner).
  public var recentPagesPerMinute: Double
  /// Pages committed per minute from the first claim to the last commit.
  public var pagesPerMinute: Double
  /// Every worker that is running, then the most recent others, newest first.
  public var workers: [FleetWorker]
  /// Workers that ended longer ago and are left out of ``workers``.
  public var olderWorkers: Int
  /// The files claimed now, oldest claim first.
  public var inFlight: [FleetDocument]
}

/// One `vanban batch` process of a fleet.
public struct FleetWorker: Sendable, Hashable, Codable {
  /// Its number in the catalogue.
  public var id: Int64
  /// The machine's host name.
  public var host: String
  /// The process id on that machine.
  public var pid: Int
  /// `running`, `lost` (running, but no heartbeat for longer than its lease: killed, cut off or
  /// powered down), `finished`, `interrupted` or `failed`.
  public var state: String
  /// When it started, ISO 8601.
  public var startedAt: String
  /// Its last heartbeat, ISO 8601.
  public var heartbeatAt: String
  /// Seconds since its last heartbeat.
  public var secondsSinceHeartbeat: Double
  /// Documents it committed as read.
  public var done: Int
  /// Documents it committed as failed.
  public var failed: Int
  /// Files it found to be copies of catalogued documents.
  public var copies: Int
  /// Pages it committed.
  public var pages: Int
  /// Its pages per minute, from its start to its last heartbeat.
  public var pagesPerMinute: Double
  /// Files it holds claimed now.
  public var inFlight: Int
}

/// A file claimed by a worker now.
public struct FleetDocument: Sendable, Hashable, Codable {
  /// The file.
  public var path: String
  /// The worker holding it.
  public var worker: Int64
  /// That worker's host.
  public var host: String
  /// That worker's process id.
  public var pid: Int
  /// When it was claimed, ISO 8601.
  public var claimedAt: String
  /// When the lease ends unless renewed, ISO 8601.
  public var leaseUntil: String
  /// Claims of the file so far, this one included.
  public var attempts: Int
}
