import Foundation
import TestSupport
import Testing
import VanBan

/// The README's library example, compiled and run: the code between the markers is the README's
/// "Library" block after its first line, character for character (a test checks it).
func readmeExample(file: String, folder: String, catalogueFile: String) async throws -> (
  DocumentResult, String, DispatchRecord, BatchSummary, [SearchHit]
) {
  // README example begins
  // Scan one document: cleaned, read by Tesseract, restored and parsed, as `vanban scan` does.
  let scanner = DocumentScanner()
  let document = try await scanner.scanDocument(file)
  print(document.text)
  print(document.record?.symbol ?? "no symbol", document.record?.subject ?? "")
  let json = try JSONEncoder().encode(document)  // the JSON of `vanban scan --format json`

  // Restore and parse text read elsewhere.
  let restorer = try DiacriticRestorer.bundled()
  let restored = restorer.restore("UY BAN NHAN DAN\nPHUONG LE CHAN\nSo: 30/KH-UBND\nKE HOACH")
  let record = DispatchParser().parse(restored.text)  // symbol 30/KH-UBND, issuer, type

  // Digitise a folder into a catalogue (run it again: what is done is skipped), then search it.
  let catalogue = try Catalogue(path: catalogueFile)
  let summary = try await BatchRunner(catalogue: catalogue).run([folder]) { event in
    if case .document(let report) = event {
      print(report.source, report.failure?.message ?? "done")
    }
  }
  let hits = try await catalogue.search("cải cách hành chính")
  for hit in hits { print(hit.source, hit.symbol ?? "", hit.snippet) }
  // README example ends
  _ = json
  return (document, restored.text, record, summary, hits)
}

@Suite("README library example")
struct ReadmeExampleTests {
  @Test("The README shows the example this file compiles")
  func readmeShowsTheCompiledExample() throws {
    let readme = try String(
      contentsOf: RepositoryPaths.root.appendingPathComponent("README.md"), encoding: .utf8)
    let source = try String(contentsOfFile: #filePath, encoding: .utf8)
    let begin = try #require(source.range(of: "  // README example begins\n"))
    let end = try #require(source.range(of: "  // README example ends\n"))
    let example = source[begin.upperBound..<end.lowerBound].split(
      separator: "\n", omittingEmptySubsequences: false
    ).map { $0.hasPrefix("  ") ? String($0.dropFirst(2)) : String($0) }.joined(separator: "\n")
    let library = try #require(readme.range(of: "## Library\n"))
    let block = try #require(readme[library.upperBound...].range(of: "```swift\n"))
    let close = try #require(readme[block.upperBound...].range(of: "```\n"))
    let shown = readme[block.upperBound..<close.lowerBound].split(
      separator: "\n", maxSplits: 2, omittingEmptySubsequences: false)
    try #require(shown.count == 3)
    #expect(shown[0] == "import VanBan")
    #expect(shown[1].hasPrefix("let file = "))
    #expect(String(shown[2]) == example)
  }

  @Test("The example runs: scan, restore, parse, batch and search")
  func exampleRuns() async throws {
    let work = TemporaryFolder.root.appendingPathComponent(
      "vanban-readme-\(UUID().uuidString)")
    let folder = work.appendingPathComponent("Archive")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: work) }
    let scan = RepositoryPaths.fixture("scans/bc-365-lechan-200.jpg")
    try FileManager.default.copyItem(at: scan, to: folder.appendingPathComponent("bc-365.jpg"))
    let (document, restored, record, summary, hits) = try await readmeExample(
      file: scan.path, folder: folder.path,
      catalogueFile: work.appendingPathComponent("archive.sqlite").path)
    #expect(document.record?.symbol == "365/BC-UBND")
    #expect(restored == "ỦY BAN NHÂN DÂN\nPHƯỜNG LÊ CHÂN\nSố: 30/KH-UBND\nKẾ HOẠCH")
    #expect(record.symbol == "30/KH-UBND")
    #expect(record.issuer?.name == "Ủy ban nhân dân phường Lê Chân")
    #expect(summary.processed == 1 && summary.failed == 0)
    #expect(hits.first?.symbol == "365/BC-UBND")
  }
}
