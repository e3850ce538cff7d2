import Foundation
import TestSupport
import Testing

@testable import VanBan

/// Odd things in a batch folder (issue 16): a FIFO, a link to `/dev/zero`, a link to nothing,
/// a folder the user cannot read, two roots holding the same name, an output folder inside the
/// input, a file replaced by another of the same size and time. Nothing hangs, nothing is lost
/// in silence.
@Suite("Batch input: odd files, output names, identity")
struct HostileBatchInputTests {
  /// A tree with one broken file (read and failed quickly, no OCR) and the odd entries.
  private static func oddTree() throws -> BatchTestTree {
    let tree = try BatchTestTree()
    try tree.add("broken/empty.png", as: "empty.png")
    let archive = tree.archive.path
    #expect(mkfifo(archive + "/pipe", 0o644) == 0)
    try FileManager.default.createSymbolicLink(
      atPath: archive + "/zero", withDestinationPath: "/dev/zero")
    try FileManager.default.createSymbolicLink(
      atPath: archive + "/dangling", withDestinationPath: archive + "/no-such-file")
    return tree
  }

  @Test("FIFOs, devices and links to nothing are skipped with the reason, in 60 s, exit 2")
  func oddFilesFromTheCommandLine() throws {
    let tree = try Self.oddTree()
    defer { tree.remove() }
    let archive = tree.archive.path
    let result = try CommandRunner.vanban(
      ["batch", archive, "--catalog", tree.catalogue], timeout: 60)
    #expect(result.status == 2, "\(result.stderr)")
    #expect(
      result.stdout == "1 documents, 0 pages, 1 failed, 3 skipped (see vanban report --failed)\n")
    let lines = result.stderr.split(separator: "\n").map(String.init)
    #expect(
      lines.contains("vanban: \(archive)/pipe: skipped: a FIFO (named pipe), not a regular file"))
    #expect(
      lines.contains(
        "vanban: \(archive)/zero: skipped (a link to /dev/zero): a character device, not a regular file"
      ))
    #expect(
      lines.contains {
        $0.hasPrefix("vanban: \(archive)/dangling: skipped") && $0.contains("link to nothing")
      })

    let report = try CommandRunner.vanban(["report", "--catalog", tree.catalogue, "--failed"])
    #expect(report.status == 0)
    let rows = report.stdout.split(separator: "\n").map {
      $0.split(separator: "\t").map(String.init)
    }
    let kinds = Dictionary(uniqueKeysWithValues: rows.map { ($0[0], $0[1]) })
    #expect(kinds[archive + "/pipe"] == "notRegularFile")
    #expect(kinds[archive + "/zero"] == "notRegularFile")
    #expect(kinds[archive + "/dangling"] == "notRegularFile")
    #expect(kinds[archive + "/empty.png"] == "emptyFile")

    // Again: the same summary, nothing recorded twice.
    let again = try CommandRunner.vanban(
      ["batch", archive, "--catalog", tree.catalogue], timeout: 60)
    #expect(again.status == 2)
    #expect(again.stdout == result.stdout)
    let reportAgain = try CommandRunner.vanban(["report", "--catalog", tree.catalogue, "--failed"])
    #expect(reportAgain.stdout.split(separator: "\n").count == 4)
  }

  /// Whether this process reads what permissions forbid (root, or CAP_DAC_OVERRIDE).
  private static func ignoresPermissions(_ path: String) -> Bool {
    access(path, R_OK) == 0
  }

  @Test("A folder the user cannot read is reported as skipped, never left out in silence")
  func unreadableFolder() throws {
    let tree = try Self.oddTree()
    defer {
      chmod(tree.archive.path + "/closed", 0o755)
      tree.remove()
    }
    let closed = tree.archive.appendingPathComponent("closed")
    try FileManager.default.createDirectory(at: closed, withIntermediateDirectories: true)
    try Data("x".utf8).write(to: closed.appendingPathComponent("inside.png"))
    chmod(closed.path, 0)
    var launcher: [String] = []
    if Self.ignoresPermissions(closed.path) {
      // Root reads a folder of mode 000. Run vanban as nobody instead, when setpriv allows it.
      guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
        print("unreadable folder: skipped, running as root without setpriv to drop privileges")
        return
      }
      launcher = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
      chmod(tree.root.path, 0o777)
      chmod(tree.archive.path, 0o777)
    }
    let result = try CommandRunner.vanban(
      ["batch", tree.archive.path, "--catalog", tree.catalogue], timeout: 60, launcher: launcher)
    #expect(result.status == 2, "\(result.stderr)")
    #expect(
      result.stderr.contains(
        "\(closed.path): skipped: folder cannot be read (Permission denied); its files are left out"
      ),
      "\(result.stderr)")
    #expect(result.stdout.contains("4 skipped"), "\(result.stdout)")
  }

  @Test("Two roots holding the same names write separate --out files; one name twice is refused")
  func outputNames() throws {
    let tree = try BatchTestTree()
    defer { tree.remove() }
    let first = try tree.add("broken/empty.png", as: "2019/x.png")
    let second = try tree.add("broken/notes.tiff", as: "2020/x.png")
    let roots = [first, second].map { $0.deletingLastPathComponent().path }
    let files = try ArchiveWalker().files(under: roots)
    #expect(
      try OutputTree.relativePaths(for: files, roots: roots, output: tree.output.path)
        == ["2019/x.png", "2020/x.png"])
    // One root: the tree as it is.
    #expect(
      try OutputTree.relativePaths(
        for: try ArchiveWalker().files(under: [tree.archive.path]), roots: [tree.archive.path],
        output: tree.output.path) == ["2019/x.png", "2020/x.png"])

    // Two roots of the same name: refused before anything is read.
    let other = try tree.add("broken/empty.png", as: "copy/2019/x.png")
    let sameName = [roots[0], other.deletingLastPathComponent().path]
    let result = try CommandRunner.vanban(
      ["batch"] + sameName + ["--catalog", tree.catalogue, "--out", tree.output.path],
      timeout: 60)
    #expect(result.status == 1)
    #expect(
      result.stderr.contains(
        "\(first.path) and \(other.path) would both be written to 2019/x.png.txt under --out"),
      "\(result.stderr)")
    #expect(result.stdout.isEmpty)
    // --out naming an input folder is refused too.
    let into = try CommandRunner.vanban(
      ["batch", roots[0], "--catalog", tree.catalogue, "--out", roots[0]], timeout: 60)
    #expect(into.status == 1)
    #expect(into.stderr.contains("--out is an input folder"))
  }

  @Test("An output folder inside the input is never read, under its name or through a link")
  func outputInsideInput() throws {
    let tree = try BatchTestTree()
    defer { tree.remove() }
    try tree.add("broken/empty.png", as: "a.png")
    let output = tree.archive.appendingPathComponent("out")
    try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
    try Data("old output".utf8).write(to: output.appendingPathComponent("a.png.txt"))
    try FileManager.default.createSymbolicLink(
      atPath: tree.archive.appendingPathComponent("link-to-out").path,
      withDestinationPath: output.path)
    let files = try ArchiveWalker(excluded: [output.path]).files(under: [tree.archive.path])
    #expect(files.map(\.relativePath) == ["a.png"])
  }

  @Test("--verify catches a file replaced by another of the same size and modification time")
  func verify() async throws {
    let tree = try BatchTestTree()
    defer { tree.remove() }
    let file = tree.archive.appendingPathComponent("notes.png")
    try Data("first version of a text".utf8).write(to: file)
    let time = Date(timeIntervalSince1970: 1_700_000_000)
    try FileManager.default.setAttributes([.modificationDate: time], ofItemAtPath: file.path)
    var options = try BatchTestTree.options()
    _ = try await tree.run(options)
    let firstHash = try ContentHash.sha256(ofFileAt: file.path)

    try Data("other version of a text".utf8).write(to: file)
    try FileManager.default.setAttributes([.modificationDate: time], ofItemAtPath: file.path)
    let secondHash = try ContentHash.sha256(ofFileAt: file.path)
    #expect(firstHash != secondHash)
    let catalogue = try Catalogue(path: tree.catalogue)
    let (cheap, _) = try await tree.run(options)
    #expect(cheap.processed == 0)
    #expect(try await catalogue.failures().map(\.sha256) == [firstHash])

    options.verify = true
    let (verified, _) = try await tree.run(options)
    #expect(verified.processed == 1)
    #expect(try await catalogue.failures().map(\.sha256) == [secondHash])
  }

  @Test("The library run reports skipped paths as events, in the summary and the catalogue")
  func runnerEvents() async throws {
    let tree = try Self.oddTree()
    defer { tree.remove() }
    let (summary, events) = try await tree.run(try BatchTestTree.options())
    #expect(summary.skipped == 3)
    #expect(summary.line.hasSuffix("1 failed, 3 skipped (see vanban report --failed)"))
    let skipped = events.compactMap { if case .skipped(let path) = $0 { path } else { nil } }
    #expect(Set(skipped.map(\.reason)) == [.fifo, .characterDevice, .brokenLink])
    #expect(skipped.first { $0.reason == .characterDevice }?.linkTarget == "/dev/zero")
    let failures = try await Catalogue(path: tree.catalogue).failures()
    #expect(failures.count == 4)
    #expect(failures.allSatisfy { $0.error.contains($0.source) })
  }
}
