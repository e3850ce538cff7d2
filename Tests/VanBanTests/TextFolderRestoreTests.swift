import DiacriticRestorer
import Foundation
import Synchronization
import TestSupport
import Testing

@testable import VanBan

/// `vanban restore IN… --out FOLDER` and ``TextFolderRestorer``: an archive of earlier OCR text
/// restored file by file into a mirrored tree, bad files reported and left out, runs resumed.
@Suite("vanban restore --out: folders of text files")
struct TextFolderRestoreTests {
  /// A temporary input tree: the first 20 lines of the seed dispatch's English-model OCR, a
  /// TCVN3 dispatch nested in a folder, a JPEG scan (not text), a hidden file; and where the
  /// output goes. Small, since every run restores it in a debug build beside other tests.
  private struct Tree {
    let root = TemporaryFolder.root.appendingPathComponent("vanban-restore-\(UUID().uuidString)")
    var input: URL { root.appendingPathComponent("in") }
    var output: URL { root.appendingPathComponent("out") }

    init() throws {
      try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
      let seed = try RepositoryPaths.fixtureText("restorer/seed-dispatch-ocr.txt")
      try Data((seed.split(separator: "\n").prefix(20).joined(separator: "\n") + "\n").utf8)
        .write(to: input.appendingPathComponent("seed.txt"))
      for (fixture, path) in [
        ("legacy/tcvn3.bytes.txt", "2019/tcvn3.txt"),
        ("scans/bc-365-lechan-200.jpg", "scan.jpg"),
        ("legacy/tcvn3.expected.txt", ".hidden.txt"),
      ] {
        let target = input.appendingPathComponent(path)
        try FileManager.default.createDirectory(
          at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: RepositoryPaths.fixture(fixture), to: target)
      }
    }

    func output(_ path: String) -> URL { output.appendingPathComponent(path) }

    func remove() { try? FileManager.default.removeItem(at: root) }
  }

  private static func modified(_ url: URL) throws -> Date {
    try #require(
      try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date)
  }

  @Test(
    "every text file is restored as `vanban restore FILE` restores it, its record as `vanban parse` prints it; the scan is reported"
  )
  func restoresTree() throws {
    let tree = try Tree()
    defer { tree.remove() }
    let run = try CommandRunner.vanban(
      ["restore", tree.input.path, "--out", tree.output.path, "--jobs", "2", "--records"])
    #expect(run.status == 2, "a file failed: \(run.stderr)")
    #expect(run.stdout.isEmpty)
    for (input, output) in [("seed.txt", "seed.txt"), ("2019/tcvn3.txt", "2019/tcvn3.txt")] {
      let alone = try CommandRunner.vanban([
        "restore", tree.input.appendingPathComponent(input).path,
      ])
      #expect(alone.status == 0, "\(alone.stderr)")
      let written = try String(contentsOf: tree.output(output), encoding: .utf8)
      #expect(written == alone.stdout, "\(output)")
      let parsed = try CommandRunner.vanban([
        "parse", tree.input.appendingPathComponent(input).path,
      ])
      #expect(parsed.status == 0, "\(parsed.stderr)")
      let record = try String(contentsOf: tree.output(output + ".json"), encoding: .utf8)
      #expect(record == parsed.stdout, "\(output).json")
    }
    let record = try String(contentsOf: tree.output("2019/tcvn3.txt.json"), encoding: .utf8)
    #expect(record.contains("\"symbol\" : \"365/BC-UBND\""), "\(record.prefix(300))")
    // The TCVN3 file reads as the Unicode dispatch restored.
    let unicode = try CommandRunner.vanban(
      ["restore", RepositoryPaths.fixture("legacy/tcvn3.expected.txt").path])
    #expect(
      try String(contentsOf: tree.output("2019/tcvn3.txt"), encoding: .utf8) == unicode.stdout)
    #expect(
      try String(contentsOf: tree.output("seed.txt"), encoding: .utf8).contains("phường Lê Chân"))
    let names = try FileManager.default.subpathsOfDirectory(atPath: tree.output.path).sorted()
    #expect(
      names == ["2019", "2019/tcvn3.txt", "2019/tcvn3.txt.json", "seed.txt", "seed.txt.json"],
      "no scan, no hidden file, no partial")
    let lines = run.stderr.split(separator: "\n")
    #expect(lines.contains { $0.contains("scan.jpg: not restored") && $0.contains("binary") })
    #expect(lines.contains { $0.contains("tcvn3.txt: TCVN3 text") })
    #expect(lines.last?.contains("3 files: 2 restored") == true, "\(run.stderr)")
    #expect(lines.last?.contains("1 failed") == true)
  }

  @Test("a second run leaves up-to-date outputs alone; a changed file or --force restores again")
  func resumes() throws {
    let tree = try Tree()
    defer { tree.remove() }
    try FileManager.default.removeItem(at: tree.input.appendingPathComponent("scan.jpg"))
    let first = try CommandRunner.vanban(["restore", tree.input.path, "--out", tree.output.path])
    #expect(first.status == 0, "\(first.stderr)")
    let seed = tree.output("seed.txt")
    let written = try Self.modified(seed)
    let again = try CommandRunner.vanban(["restore", tree.input.path, "--out", tree.output.path])
    #expect(again.status == 0)
    #expect(again.stderr.contains("2 files: 0 restored"), "\(again.stderr)")
    #expect(again.stderr.contains("2 up to date"))
    #expect(try Self.modified(seed) == written)
    // A newer input is restored again, and only it.
    try FileManager.default.setAttributes(
      [.modificationDate: Date().addingTimeInterval(5)],
      ofItemAtPath: tree.input.appendingPathComponent("seed.txt").path)
    let changed = try CommandRunner.vanban(["restore", tree.input.path, "--out", tree.output.path])
    #expect(changed.stderr.contains("1 restored") && changed.stderr.contains("1 up to date"))
    let forced = try CommandRunner.vanban(
      ["restore", tree.input.path, "--out", tree.output.path, "--force"])
    #expect(forced.stderr.contains("2 files: 2 restored"), "\(forced.stderr)")
  }

  @Test("a stop finishes the file being restored and starts no other; the next run does the rest")
  func stopsBetweenFiles() async throws {
    let tree = try Tree()
    defer { tree.remove() }
    try FileManager.default.removeItem(at: tree.input.appendingPathComponent("scan.jpg"))
    for number in 0..<4 {
      try Data("Ke hoach so \(number) ve cai cach hanh chinh\n".utf8)
        .write(to: tree.input.appendingPathComponent("more-\(number).txt"))
    }
    let folder = TextFolderRestorer(restorer: try DiacriticRestorer.bundled(), jobs: 1)
    let stop = ScanStop()
    // Asked to stop as the first file is reported: one worker, so no other file starts.
    let stopped = try await folder.restore([tree.input.path], into: tree.output.path, stop: stop) {
      _ in stop.request()
    }
    #expect(stopped.restored == 1 && stopped.notStarted == 5, "\(stopped)")
    let written = try FileManager.default.contentsOfDirectory(atPath: tree.output.path)
    #expect(written.count == 1, "one whole output, no partial: \(written)")
    let rest = try await folder.restore([tree.input.path], into: tree.output.path)
    #expect(rest.restored == 5 && rest.upToDate == 1 && rest.notStarted == 0, "\(rest)")
  }

  @Test("--changes writes each file's changes beside its output, numbered from its first line")
  func writesChanges() async throws {
    let tree = try Tree()
    defer { tree.remove() }
    let restorer = try DiacriticRestorer.bundled()
    let folder = TextFolderRestorer(restorer: restorer, jobs: 2, writesChanges: true)
    let seedPath = tree.input.appendingPathComponent("seed.txt").path
    let summary = try await folder.restore([seedPath], into: tree.output.path)
    #expect(summary.restored == 1 && summary.total == 1)
    #expect(summary.words > 150)
    let changes = try String(contentsOf: tree.output("seed.txt.changes.txt"), encoding: .utf8)
    let seed = try String(contentsOfFile: seedPath, encoding: .utf8)
    let expected = restorer.restore(seed).changes
    #expect(changes == ChangeReport.lines(expected))
    #expect(changes.hasPrefix("line 1: "), "\(changes.prefix(80))")
  }

  @Test("an output that would be its own input, two inputs without --out, a folder without it")
  func refusesUnsafeCalls() async throws {
    let tree = try Tree()
    defer { tree.remove() }
    let folder = TextFolderRestorer(restorer: try DiacriticRestorer.bundled())
    let seed = tree.input.appendingPathComponent("seed.txt").path
    let before = try String(contentsOfFile: seed, encoding: .utf8)
    let log = Mutex<[TextFileOutcome]>([])
    _ = try await folder.restore([seed], into: tree.input.path) { outcome in
      log.withLock { $0.append(outcome) }
    }
    let outcomes = log.withLock { $0 }
    #expect(outcomes.count == 1)
    guard case .failed(let message) = outcomes.first?.status else {
      Issue.record("the file itself was overwritten: \(outcomes)")
      return
    }
    #expect(message.contains("outside the input"))
    #expect(try String(contentsOfFile: seed, encoding: .utf8) == before)
    let two = try CommandRunner.vanban(["restore", seed, seed])
    #expect(two.status == 64 && two.stderr.contains("--out"), "\(two.stderr)")
    let wholeFolder = try CommandRunner.vanban(["restore", tree.input.path])
    #expect(wholeFolder.status == 64 && wholeFolder.stderr.contains("is a folder"))
    let inside = try CommandRunner.vanban(["restore", tree.input.path, "--out", tree.input.path])
    #expect(inside.status == 1 && inside.stderr.contains("--out is an input folder"))
  }
}
