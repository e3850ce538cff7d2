import Foundation
import GRDB
import TestSupport
import Testing

@testable import VanBan

/// What `vanban` does with a catalogue it must not change: another program's database, a file
/// that is not SQLite, a catalogue of a newer schema — all refused untouched with one line and
/// exit 1 — and a catalogue on read-only media, which search and report read all the same.
@Suite("Catalogue safety")
struct CatalogueSafetyTests {
  /// The commands that open a catalogue, for `catalogue`, over `tree`'s archive; `vanban copy`
  /// from it, and into it from a new empty catalogue.
  private static func commands(_ catalogue: String, tree: BatchTestTree) throws -> [[String]] {
    let empty = tree.root.appendingPathComponent("empty.sqlite").path
    _ = try Catalogue(path: empty)
    return [
      ["batch", tree.archive.path, "--catalog", catalogue],
      ["search", "x", "--catalog", catalogue],
      ["report", "--catalog", catalogue], ["copy", catalogue, catalogue + ".copy"],
      ["copy", empty, catalogue],
    ]
  }

  /// The bytes of `path` and of the files SQLite keeps beside it.
  private static func snapshot(_ path: String) -> [String: Data] {
    var files: [String: Data] = [:]
    for suffix in ["", "-wal", "-shm", "-journal", ".copy"] {
      files[suffix] = FileManager.default.contents(atPath: path + suffix)
    }
    return files
  }

  @Test("Another program's SQLite database is refused untouched, with one line and exit 1")
  func foreignDatabase() throws {
    let tree = try BatchTestTree()
    defer { tree.remove() }
    try tree.add("broken/garbage.jpg", as: "garbage.jpg")
    let path = tree.root.appendingPathComponent("accounts.sqlite").path
    try DatabaseQueue(path: path).write { db in
      try db.execute(
        sql: """
          CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL);
          INSERT INTO invoices VALUES (1, 2.5);
          """)
    }
    let before = Self.snapshot(path)
    for arguments in try Self.commands(path, tree: tree) {
      let result = try CommandRunner.vanban(arguments)
      #expect(result.status == 1, "\(arguments)")
      #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
      #expect(result.stderr.contains("not a VanBan catalogue (it holds other tables: invoices)"))
      #expect(result.stdout.isEmpty)
    }
    #expect(Self.snapshot(path) == before)
    #expect(throws: CatalogueError.self) { try Catalogue(path: path) }
  }

  @Test("A file that is not SQLite is refused untouched")
  func notSQLite() throws {
    let tree = try BatchTestTree()
    defer { tree.remove() }
    try tree.add("broken/garbage.jpg", as: "garbage.jpg")
    let path = try tree.add("dispatches/tb-512-bnv.txt", as: "../notes.txt").path
    let before = Self.snapshot(path)
    for arguments in try Self.commands(path, tree: tree) {
      let result = try CommandRunner.vanban(arguments)
      #expect(result.status == 1, "\(arguments)")
      #expect(
        result.stderr.contains("not a VanBan catalogue (not a SQLite database)"), "\(result.stderr)"
      )
    }
    #expect(Self.snapshot(path) == before)
  }

  @Test("A catalogue of a newer schema is refused, naming both versions")
  func newerSchema() throws {
    let tree = try BatchTestTree()
    defer { tree.remove() }
    try tree.add("broken/garbage.jpg", as: "garbage.jpg")
    let path = tree.root.appendingPathComponent("newer.sqlite").path
    _ = try Catalogue(path: path)
    try DatabaseQueue(path: path).write { db in
      try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v3')")
    }
    let before = Self.snapshot(path)
    for arguments in try Self.commands(path, tree: tree) {
      let result = try CommandRunner.vanban(arguments)
      #expect(result.status == 1, "\(arguments)")
      #expect(
        result.stderr.contains("the catalogue has schema version 3, newer than this vanban's 1"),
        "\(result.stderr)")
    }
    #expect(Self.snapshot(path)[""] == before[""])
  }

  @Test("search and report read a catalogue on read-only media, and write nothing")
  func readOnlyMedia() async throws {
    let run = try await SharedArchive.run()
    let tree = try BatchTestTree()
    defer {
      chmod(tree.root.appendingPathComponent("media").path, 0o755)
      tree.remove()
    }
    // The catalogue as burnt on a disc: one file, checkpointed, in a folder no one may write.
    let media = tree.root.appendingPathComponent("media")
    try FileManager.default.createDirectory(at: media, withIntermediateDirectories: true)
    let path = media.appendingPathComponent("archive.sqlite").path
    try DatabaseQueue(path: run.tree.catalogue).backup(to: DatabaseQueue(path: path))
    try await DatabaseQueue(path: path).writeWithoutTransaction { db in
      try db.execute(sql: "PRAGMA journal_mode = WAL")
    }
    for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    let before = Self.snapshot(path)

    // As root, permissions do not stop writes: read as nobody instead.
    var prefix: [String] = []
    if getuid() == 0 {
      guard FileManager.default.isExecutableFile(atPath: "/usr/sbin/runuser") else { return }
      prefix = ["/usr/sbin/runuser", "-u", "nobody", "--"]
      chmod(tree.root.path, 0o755)
    }
    chmod(media.path, 0o555)
    for arguments in [
      ["search", "van thu", "--catalog", path, "--format", "json"],
      ["report", "--catalog", path], ["report", "--catalog", path, "--format", "csv"],
      ["report", "--catalog", path, "--failed"],
    ] {
      let expected = try CommandRunner.vanban(
        arguments.map { $0 == path ? run.tree.catalogue : $0 })
      let found = try Self.run(prefix, arguments)
      #expect(found.status == 0, "\(arguments): \(found.stderr)")
      #expect(found.stdout == expected.stdout, "\(arguments)")
    }
    #expect(Self.snapshot(path) == before)
    let batch = try Self.run(prefix, ["batch", run.tree.archive.path, "--catalog", path])
    #expect(
      batch.status == 1 && batch.stderr.contains("cannot open the catalogue"), "\(batch.stderr)")
  }

  /// Runs `vanban arguments`, through `prefix` (another user) when given.
  private static func run(_ prefix: [String], _ arguments: [String]) throws
    -> CommandRunner.Output
  {
    try CommandRunner.vanban(arguments, launcher: prefix)
  }
}
