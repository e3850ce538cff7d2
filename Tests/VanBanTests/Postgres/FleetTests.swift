import Foundation
import PostgresNIO
import TestSupport
import Testing

@testable import VanBan

/// `vanban batch` with a PostgreSQL catalogue as the queue of several workers, as an operator
/// runs it: processes started together, one killed mid-document, and the records, reports and
/// searches compared with SQLite's over the same folder.
@Suite("PostgreSQL fleet", .enabled(if: TestPostgres.isAvailable, TestPostgres.skipped))
struct FleetTests {
  @Test(
    "Three concurrent vanban batch processes over one folder: each document read once, the records, reports and searches of SQLite"
  )
  func threeWorkers() async throws {
    let sqlite = try await InterruptedArchive.run()
    let database = try await TestPostgres.makeDatabase()
    let arguments = [
      "batch", sqlite.tree.archive.path, "--catalog", database.url, "--jobs", "1",
    ]
    let workers = try (1...3).map {
      try BackgroundVanban(arguments, folder: sqlite.tree.root, name: "fleet-\($0)")
    }
    var outputs: [RunOutput] = []
    for worker in workers { outputs.append(try await worker.wait()) }

    for output in outputs {
      // Every worker sums up the whole input, as the SQLite run does.
      #expect(output.status == 2, "\(output.stderr)")
      #expect(output.stdout == sqlite.final.stdout, "\(output.stderr)")
    }
    let reported = outputs.flatMap(\.reportedDocuments)
    #expect(reported.count == InterruptedArchive.total, "\(outputs.map(\.stderr))")
    #expect(Set(reported).count == InterruptedArchive.total, "\(reported)")

    let catalogue = try await Catalogue.open(database.url, access: .readOnly)
    #expect(try await catalogue.rowCounts() == sqlite.finalCounts)
    let attempts = try await database.execute(
      "SELECT count(*), max(attempts) FROM queue WHERE state IN ('done', 'failed')")
    let (files, maximum) = try #require(attempts.first).decode((Int, Int).self)
    #expect(files == InterruptedArchive.total && maximum == 1)
    let fleet = try await catalogue.fleet()
    #expect(fleet.workers.count == 3)
    #expect(fleet.workers.allSatisfy { $0.state == "finished" && $0.inFlight == 0 })
    #expect(fleet.workers.map { $0.done + $0.failed }.reduce(0, +) == InterruptedArchive.total)
    #expect(fleet.workers.map(\.pages).reduce(0, +) == InterruptedArchive.total - 1)
    #expect(fleet.inFlight.isEmpty && fleet.pending == 0 && fleet.done == 4 && fleet.failed == 1)

    let reference = try Catalogue(path: sqlite.tree.catalogue, create: false)
    let expected = try await Self.records(reference)
    #expect(try await Self.records(catalogue) == expected)
    try Self.expectSameReports(sqlite.tree.catalogue, database.url, sameTimes: false)
    try SearchParity.expectSame(sqlite.tree.catalogue, database.url)
    await catalogue.close()
    try await database.drop()
  }

  @Test(
    "A worker killed with SIGKILL in the middle of a document: another takes it after the lease")
  func killedWorker() async throws {
    let tree = try BatchTestTree()
    defer { tree.remove() }
    // Two pages, first in the queue's order: the killed worker is reading it.
    try tree.add("pdf/ttr-27-dienchau-scan.pdf", as: "a/ttr-27.pdf")
    try tree.add("scans/qd-85-thptcva-200.jpg", as: "b/qd-85.jpg")
    let database = try await TestPostgres.makeDatabase()
    let arguments = [
      "batch", tree.archive.path, "--catalog", database.url, "--jobs", "1", "--lease", "3",
    ]
    let pdf = tree.archive.appendingPathComponent("a/ttr-27.pdf").path
    let first = try BackgroundVanban(arguments, folder: tree.root, name: "killed")
    // The watching and the kill are a shell's, beside the test: the test's own tasks may wait
    // long for a thread while other suites restore pages, and the worker would finish meanwhile.
    let watcher = try BackgroundVanban(
      "/bin/sh",
      [
        "-c",
        """
        until [ "$(psql -XAtq "$1" -c "SELECT count(*) FROM queue q JOIN workers w ON w.id = q.worker_id \
          WHERE q.state = 'claimed' AND q.path = '$2' AND w.pid = $3")" = 1 ]; do
          kill -0 "$3" 2>/dev/null || exit 1
          sleep 0.1
        done
        sleep 1
        kill -KILL "$3"
        """,
        "watcher", database.url, pdf, String(first.pid),
      ], folder: tree.root, name: "watcher")
    let watched = try await watcher.wait(timeout: 120)
    #expect(watched.status == 0, "the first worker never claimed \(pdf): \(watched.stderr)")
    let killed = try await first.wait()
    #expect(killed.status != 0)
    // Its claim stays, with its lease running out.
    let claimed = try await database.execute("SELECT state FROM queue WHERE path = '\(pdf)'")
    #expect(try claimed.first?.decode(String.self) == "claimed")

    let second = try BackgroundVanban(arguments, folder: tree.root, name: "second")
    let finished = try await second.wait()
    #expect(finished.status == 0, "\(finished.stderr)")
    #expect(finished.stdout == "2 documents, 3 pages, 0 failed\n", "\(finished.stderr)")
    #expect(Set(finished.reportedDocuments).contains(pdf), "\(finished.stderr)")

    let rows = try await database.execute(
      """
      SELECT q.state, q.attempts, w.pid FROM queue q JOIN workers w ON w.id = q.worker_id
      WHERE q.path = '\(pdf)'
      """)
    let (state, attempts, pid) = try #require(rows.first).decode((String, Int, Int).self)
    #expect(state == "done" && attempts == 2 && pid == Int(second.pid))
    let catalogue = try await Catalogue.open(database.url, access: .readOnly)
    let counts = try await catalogue.rowCounts()
    #expect(counts["documents"] == 2 && counts["distinct_sha256"] == 2 && counts["pages"] == 3)
    let fleet = try await catalogue.fleet()
    #expect(fleet.workers.first { $0.pid == Int(first.pid) }?.state == "lost")
    #expect(fleet.workers.first { $0.pid == Int(second.pid) }?.state == "finished")
    #expect(fleet.workers.first { $0.pid == Int(second.pid) }?.done == 2)
    let report = try CommandRunner.vanban(["report", "--catalog", database.url])
    #expect(report.stdout.contains("Fleet: 0 workers running, 1 lost"), "\(report.stdout)")
    let json = try CommandRunner.vanban([
      "report", "--catalog", database.url, "--fleet", "--format", "json",
    ])
    let decoded = try JSONDecoder().decode(FleetStatus.self, from: Data(json.stdout.utf8))
    #expect(decoded.workers.count == 2 && decoded.done == 2)
    await catalogue.close()
    try await database.drop()
  }

  @Test("Odd files on PostgreSQL: skipped, recorded and summed up as with SQLite, exit 2")
  func oddFiles() async throws {
    let tree = try BatchTestTree()
    defer { tree.remove() }
    try tree.add("broken/empty.png", as: "empty.png")
    let archive = tree.archive.path
    #expect(mkfifo(archive + "/pipe", 0o644) == 0)
    try FileManager.default.createSymbolicLink(
      atPath: archive + "/zero", withDestinationPath: "/dev/zero")
    let database = try await TestPostgres.makeDatabase()
    let result = try CommandRunner.vanban(
      ["batch", archive, "--catalog", database.url], timeout: 60)
    #expect(result.status == 2, "\(result.stderr)")
    #expect(
      result.stdout == "1 documents, 0 pages, 1 failed, 2 skipped (see vanban report --failed)\n",
      "\(result.stderr)")
    #expect(
      result.stderr.contains(
        "vanban: \(archive)/pipe: skipped: a FIFO (named pipe), not a regular file"))
    let report = try CommandRunner.vanban(["report", "--catalog", database.url, "--failed"])
    let kinds = Dictionary(
      uniqueKeysWithValues: report.stdout.split(separator: "\n").map {
        let fields = $0.split(separator: "\t").map(String.init)
        return (fields[0], fields[1])
      })
    #expect(kinds[archive + "/pipe"] == "notRegularFile")
    #expect(kinds[archive + "/zero"] == "notRegularFile")
    #expect(kinds[archive + "/empty.png"] == "emptyFile")
    let again = try CommandRunner.vanban(
      ["batch", archive, "--catalog", database.url], timeout: 60)
    #expect(again.status == 2 && again.stdout == result.stdout, "\(again.stderr)")
    let verify = try CommandRunner.vanban(
      ["batch", archive, "--catalog", database.url, "--verify"])
    #expect(verify.status != 0 && verify.stderr.contains("--verify works with a SQLite catalogue"))
    try await database.drop()
  }

  @Test(
    "SQLite to PostgreSQL and back with vanban copy: the same records, reports and searches; a batch over the folder then reads nothing"
  )
  func copiedCatalogue() async throws {
    let sqlite = try await InterruptedArchive.run()
    let database = try await TestPostgres.makeDatabase()
    let copied = try CommandRunner.vanban(["copy", sqlite.tree.catalogue, database.url])
    #expect(copied.status == 0, "\(copied.stderr)")
    #expect(
      copied.stdout.hasPrefix("5 documents copied from \(sqlite.tree.catalogue) to postgres://"))
    let catalogue = try await Catalogue.open(database.url, access: .readOnly)
    let reference = try await Catalogue(path: sqlite.tree.catalogue, create: false).rowCounts()
    #expect(try await catalogue.rowCounts() == reference)
    try Self.expectSameReports(sqlite.tree.catalogue, database.url, sameTimes: true)
    try SearchParity.expectSame(sqlite.tree.catalogue, database.url)

    let batch = try CommandRunner.vanban([
      "batch", sqlite.tree.archive.path, "--catalog", database.url,
    ])
    #expect(batch.status == 2)
    #expect(batch.stdout == sqlite.final.stdout)
    #expect(batch.stderr.contains("0 to read"), "\(batch.stderr)")

    let back = sqlite.tree.root.appendingPathComponent("back-\(UUID()).sqlite").path
    let returned = try CommandRunner.vanban(["copy", database.url, back])
    #expect(returned.status == 0, "\(returned.stderr)")
    try Self.expectSameReports(sqlite.tree.catalogue, back, sameTimes: true)
    try SearchParity.expectSame(sqlite.tree.catalogue, back)
    await catalogue.close()
    try await database.drop()
  }

  @Test(
    "A database holding other tables is refused untouched; a newer schema is refused naming both versions; an empty one has no catalogue to report"
  )
  func refusals() async throws {
    let tree = try BatchTestTree()
    defer { tree.remove() }
    try tree.add("broken/garbage.jpg", as: "garbage.jpg")
    let other = try await TestPostgres.makeDatabase()
    try await other.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    for arguments in [
      ["batch", tree.archive.path, "--catalog", other.url], ["report", "--catalog", other.url],
      ["search", "x", "--catalog", other.url],
    ] {
      let refused = try CommandRunner.vanban(arguments)
      #expect(refused.status == 1)
      #expect(refused.stderr.contains("not a VanBan catalogue"), "\(refused.stderr)")
      #expect(refused.stderr.contains("invoices"))
      #expect(refused.stderr.split(separator: "\n").count == 1, "\(refused.stderr)")
    }
    let tables = try await other.execute(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
    #expect(try tables.map { try $0.decode(String.self) } == ["invoices"])

    let newer = try await TestPostgres.makeDatabase()
    let empty = try CommandRunner.vanban(["report", "--catalog", newer.url])
    #expect(empty.status == 1 && empty.stderr.contains("no catalogue in this database"))
    #expect(
      try CommandRunner.vanban(["batch", tree.archive.path, "--catalog", newer.url]).status == 2)
    try await newer.execute("INSERT INTO vanban_schema (version) VALUES (7)")
    for arguments in [
      ["batch", tree.archive.path, "--catalog", newer.url], ["report", "--catalog", newer.url],
      ["search", "x", "--catalog", newer.url],
    ] {
      let refused = try CommandRunner.vanban(arguments)
      #expect(refused.status == 1)
      #expect(
        refused.stderr.contains("schema version 7, newer than this vanban's 2"), "\(refused.stderr)"
      )
    }
    try await other.drop()
    try await newer.drop()
  }

  @Test("A file that workers keep dying on is recorded as failed, not handed round the fleet")
  func abandonedDocument() async throws {
    let tree = try BatchTestTree()
    defer { tree.remove() }
    let file = try tree.add("broken/garbage.jpg", as: "garbage.jpg").path
    let database = try await TestPostgres.makeDatabase()
    let arguments = ["batch", tree.archive.path, "--catalog", database.url, "--lease", "1"]
    // A first run queues the file; then three workers took it and died, as far as the queue knows.
    #expect(try CommandRunner.vanban(arguments).status == 2)
    try await database.execute(
      """
      UPDATE queue SET state = 'claimed', attempts = \(PostgresQueue.maximumAttempts), ready_at = now() - interval '1 second',
        sha256 = NULL, retry = true WHERE path = '\(file)';
      """)
    try await database.execute("DELETE FROM documents")
    let run = try CommandRunner.vanban(arguments)
    #expect(run.status == 2, "\(run.stderr)")
    let failures = try CommandRunner.vanban(["report", "--catalog", database.url, "--failed"])
    #expect(
      failures.stdout.contains("\(file)\tother\t\(file): abandoned: 3 workers"),
      "\(failures.stdout)")
    try await database.drop()
  }

  /// Every record, with the processing time left out unless the copies must keep it.
  private static func records(_ catalogue: Catalogue, sameTimes: Bool = false) async throws
    -> [String]
  {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return try await catalogue.records().map { record in
      var record = record
      if !sameTimes { record.processedAt = "" }
      return String(decoding: try encoder.encode(record), as: UTF8.self)
    }
  }

  /// `vanban report` in every format prints the same for both catalogues; the PostgreSQL text
  /// report goes on with its fleet. Processing times differ unless the catalogue was copied.
  private static func expectSameReports(_ sqlite: String, _ other: String, sameTimes: Bool) throws {
    let text = try CommandRunner.vanban(["report", "--catalog", sqlite])
    let otherText = try CommandRunner.vanban(["report", "--catalog", other])
    #expect(otherText.status == 0, "\(otherText.stderr)")
    #expect(otherText.stdout.hasPrefix(text.stdout), "\(otherText.stdout)")
    var formats = [["--failed"], ["--format", "csv"]]
    if sameTimes {
      formats += [
        ["--format", "json"], ["--failed", "--format", "json"], ["--failed", "--format", "csv"],
      ]
    }
    for format in formats {
      let expected = try CommandRunner.vanban(["report", "--catalog", sqlite] + format)
      let found = try CommandRunner.vanban(["report", "--catalog", other] + format)
      #expect(found.stdout == expected.stdout, "report \(format)")
      #expect(found.status == expected.status)
    }
  }
}
