import Foundation
import TestSupport
import Testing

/// `vanban scan` as a user runs it: output formats, error lines and exit codes.
@Suite("vanban scan")
struct ScanCommandTests {
  @Test("JSON Lines: one object per document with the contract keys")
  func jsonOutput() throws {
    let fixtures = try FixtureManifest.scans(inSet: "format").prefix(2)
    let result = try CommandRunner.vanban(
      ["scan", "--format", "json", "--raw"] + fixtures.map(\.path))
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == fixtures.count)
    for (line, fixture) in zip(lines, fixtures) {
      let object = try #require(
        try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      #expect(object["source"] as? String == fixture.path)
      #expect(object["text"] is String)
      let pages = try #require(object["pages"] as? [[String: Any]])
      #expect(pages.count == fixture.pages.count)
      let page = try #require(pages.first)
      #expect(page["number"] as? Int == 1)
      #expect(page["text"] is String)
      let lines = try #require(page["lines"] as? [[String: Any]])
      let word = try #require((lines.first?["words"] as? [[String: Any]])?.first)
      #expect(word["text"] is String && word["confidence"] is Double)
      let box = try #require(word["box"] as? [String: Any])
      #expect(Set(box.keys) == ["x", "y", "width", "height"])
    }
  }

  @Test("Every bad file gets one line on stderr naming it; good files still print; exit 2")
  func errorsAreReportedPerFile() throws {
    let broken = try FixtureManifest.broken()
    let good = try #require(try FixtureManifest.scans(inSet: "ppi200").first)
    let result = try CommandRunner.vanban(
      ["scan", "--raw"] + broken.map(\.path) + ["/no/such/file.jpg", good.path])
    #expect(result.status == 2)
    let errorLines = result.stderr.split(separator: "\n")
    #expect(errorLines.count == broken.count + 1, "\(result.stderr)")
    for fixture in broken {
      #expect(
        errorLines.contains { $0.contains(fixture.path) }, "no error line for \(fixture.file)")
    }
    #expect(result.stdout.contains(good.pages[0].signer ?? "Số"))
  }

  @Test("Missing language data: one clear line naming the package, exit 1")
  func missingLanguage() throws {
    let good = try #require(try FixtureManifest.scans(inSet: "ppi200").first)
    let result = try CommandRunner.vanban(["scan", "--lang", "xyz", good.path])
    #expect(result.status == 1)
    #expect(result.stderr.contains("tesseract-ocr-xyz"))
    #expect(result.stdout.isEmpty)
  }

  @Test("Usage errors exit 64")
  func usage() throws {
    #expect(try CommandRunner.vanban(["scan"]).status == 64)
    #expect(try CommandRunner.vanban(["scan", "--jobs", "0", "x.png"]).status == 64)
  }
}
