import DispatchParser
import Foundation
import TestSupport
import Testing

@testable import VanBan

/// `BatchRunner` over a real fixture tree: good and broken files, duplicates, a link loop,
/// output files, and what a second run does with renamed, changed and failed files.
@Suite("Batch runs into a catalogue")
struct BatchRunnerTests {
  @Test("Good files are read, broken files recorded as failed, duplicates and link loops read once")
  func mixedTree() async throws {
    let run = try await SharedArchive.run()
    let plan = try #require(BatchTestTree.plan(in: run.events))
    // 3 good files (one a copy) + 4 broken; the link loop adds nothing.
    #expect(plan.files == 7)
    #expect(plan.documents == 6)
    #expect(run.summary.documents == 6)
    #expect(run.summary.failed == SharedArchive.broken.count)
    #expect(run.summary.pages == 2)
    #expect(!run.summary.interrupted)
    #expect(run.summary.line == "6 documents, 2 pages, 4 failed (see vanban report --failed)")

    let catalogue = try Catalogue(path: run.tree.catalogue, create: false)
    let failures = try await catalogue.failures()
    let kinds = Dictionary(
      uniqueKeysWithValues: failures.map { (($0.source as NSString).lastPathComponent, $0.kind) })
    #expect(kinds["empty.png"] == "emptyFile")
    #expect(kinds["truncated.pdf"] == "damagedPDF")
    #expect(kinds["notes.tiff"] == "unsupportedFormat")
    #expect(kinds["encrypted.pdf"] == "encryptedPDF")
    for failure in failures { #expect(failure.error.contains(failure.source)) }

    let counts = try await catalogue.rowCounts()
    #expect(counts["documents"] == 6)
    #expect(counts["pages"] == 2)
    #expect(counts["documents_fts"] == 2)
    // The duplicate is recorded as a second location of the same document.
    #expect(counts["sources"] == 7)

    let records = try await catalogue.records()
    let report = try #require(records.first { $0.record?.symbol == "365/BC-UBND" })
    #expect(report.record?.documentType?.code == "BC")
    #expect(report.pageCount == 1)
    // The catalogue keeps the record exactly as the pipeline produced it (see the --out JSON).
    for record in records {
      let relative = String(record.source.dropFirst(run.tree.archive.path.count + 1))
      let json = try Data(contentsOf: run.tree.output.appendingPathComponent(relative + ".json"))
      let written = try JSONDecoder().decode(WrittenDocument.self, from: json)
      #expect(written.record == record.record)
    }
  }

  @Test("Every document's sha256 is the SHA-256 of its file")
  func hashesIdentifyContent() async throws {
    let run = try await SharedArchive.run()
    let catalogue = try Catalogue(path: run.tree.catalogue, create: false)
    for record in try await catalogue.records() {
      #expect(record.sha256 == (try ContentHash.sha256(ofFileAt: record.source)))
    }
  }

  @Test("--out mirrors the tree with .txt, .json and ALTO files")
  func outputTree() async throws {
    let run = try await SharedArchive.run()
    let base = run.tree.output.appendingPathComponent("2025/bao-cao/bc-365.jpg").path
    let text = try String(contentsOfFile: base + ".txt", encoding: .utf8)
    #expect(text.contains("365/BC-UBND"))
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: base + ".json")))
        as? [String: Any])
    #expect((json["record"] as? [String: Any])?["symbol"] as? String == "365/BC-UBND")
    #expect((json["pages"] as? [Any])?.count == 1)
    #expect(
      FileManager.default.fileExists(
        atPath: run.tree.output.path + "/2025/cong-van/cv-2207.jpg.alto.xml"))
    // Broken files get no output.
    #expect(!FileManager.default.fileExists(atPath: run.tree.output.path + "/loi/empty.png.txt"))
  }

  @Test(
    "A second run reads nothing; --retry-failed tries the failed files again without duplicates")
  func rerunAndRetry() async throws {
    let shared = try await SharedArchive.run()
    // Work on a copy of the catalogue, so other tests see the first run's state.
    let tree = try BatchTestTree()
    defer { tree.remove() }
    for suffix in ["", "-wal", "-shm"]
    where FileManager.default.fileExists(atPath: shared.tree.catalogue + suffix) {
      try FileManager.default.copyItem(
        atPath: shared.tree.catalogue + suffix, toPath: tree.catalogue + suffix)
    }
    var options = try BatchTestTree.options()
    let catalogue = try Catalogue(path: tree.catalogue)
    let before = try await catalogue.rowCounts()

    let again = try await BatchRunner(catalogue: catalogue, options: options).run([
      shared.tree.archive.path
    ]) { _ in }
    #expect(again.processed == 0)
    #expect(again.line == shared.summary.line)

    options.retryFailed = true
    let events = EventLog()
    let retried = try await BatchRunner(catalogue: catalogue, options: options).run([
      shared.tree.archive.path
    ]) {
      events.append($0)
    }
    #expect(BatchTestTree.plan(in: events.events)?.pending == SharedArchive.broken.count)
    #expect(retried.processed == SharedArchive.broken.count)
    #expect(retried.failed == SharedArchive.broken.count)
    #expect(try await catalogue.rowCounts() == before)
  }

  @Test(
    "A renamed file is not read again; a file changed in place is, and replaces its old version")
  func renamedAndChangedFiles() async throws {
    let tree = try BatchTestTree()
    defer { tree.remove() }
    let original = try tree.add("scans/qd-85-thptcva-200.jpg", as: "qd.jpg")
    let options = try BatchTestTree.options()
    let (first, _) = try await tree.run(options)
    #expect(first.processed == 1 && first.failed == 0)

    let renamed = tree.archive.appendingPathComponent("sub/quyet-dinh-85.jpg")
    try FileManager.default.createDirectory(
      at: renamed.deletingLastPathComponent(), withIntermediateDirectories: true)
    try FileManager.default.moveItem(at: original, to: renamed)
    let (second, events) = try await tree.run(options)
    #expect(BatchTestTree.plan(in: events)?.pending == 0)
    #expect(second.processed == 0)
    let catalogue = try Catalogue(path: tree.catalogue)
    #expect(try await catalogue.records().map(\.source) == [renamed.path])

    try FileManager.default.removeItem(at: renamed)
    try FileManager.default.copyItem(
      at: RepositoryPaths.fixture("scans/tb-512-bnv-200.jpg"), to: renamed)
    let (third, _) = try await tree.run(options)
    #expect(third.processed == 1)
    let records = try await catalogue.records()
    #expect(records.count == 1)
    #expect(records.first?.sha256 == (try ContentHash.sha256(ofFileAt: renamed.path)))
    #expect(try await catalogue.rowCounts()["pages"] == 1)
  }
}

/// The part of an `--out` JSON file the tests compare with the catalogue.
private struct WrittenDocument: Decodable {
  var record: DispatchRecord?
}
