import Foundation
import TestSupport
import Testing
import VietnameseText

/// `vanban restore` and `vanban parse` as a user runs them, and the record in `scan`'s JSON.
@Suite("vanban restore and parse")
struct TextCommandTests {
  @Test("restore repairs English-model OCR read from stdin")
  func restoreFromStandardInput() throws {
    let input = "Ké hoach s6 30/KH-UBND ngay 28/7/2025 vé thyc hién cai cach hanh chinh\n"
    let result = try CommandRunner.vanban(["restore"], input: Data(input.utf8))
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Kế hoạch số 30/KH-UBND ngày 28/7/2025"), "\(result.stdout)")
    #expect(result.stdout.contains("cải cách hành chính"), "\(result.stdout)")
  }

  @Test("restore refuses binary input with one line and exit 1")
  func restoreRejectsBinary() throws {
    let binary = Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0xFF, 0xFE, 0x00, 0x01])
    let result = try CommandRunner.vanban(["restore"], input: binary)
    #expect(result.status == 1)
    #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
    #expect(result.stdout.isEmpty)
  }

  @Test("parse reads a fixture dispatch's symbol, date and signer")
  func parseFixtureText() throws {
    let path = RepositoryPaths.fixture("dispatches/bc-365-lechan.txt").path
    let result = try CommandRunner.vanban(["parse", path])
    #expect(result.status == 0, "\(result.stderr)")
    let record = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(record["symbol"] as? String == "365/BC-UBND")
    #expect(record["date"] as? String == "2025-12-01")
    #expect((record["signer"] as? [String: Any])?["name"] as? String == "Phạm Việt Anh")
  }

  static let seed = RepositoryPaths.root.deletingLastPathComponent()
    .appendingPathComponent("shared/seed/000_168e2d2b68016eeb.txt")

  @Test(
    "parse reads the seed dispatch (English-model OCR) as the issue names it, signer included",
    .enabled(if: FileManager.default.fileExists(atPath: seed.path)))
  func parseSeedDispatch() throws {
    let seed = Self.seed
    let result = try CommandRunner.vanban(["parse", seed.path])
    #expect(result.status == 0, "\(result.stderr)")
    let record = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(record["symbol"] as? String == "365/BC-UBND")
    #expect(record["date"] as? String == "2025-12-01")
    #expect(
      (record["issuer"] as? [String: Any])?["name"] as? String == "Ủy ban nhân dân phường Lê Chân")
    let references = try #require(record["references"] as? [[String: Any]])
    #expect(
      references.compactMap { $0["symbol"] as? String }
        == ["6121/SVHTTDL-TTBCXB", "30/KH-UBND", "44/KH-UBND", "143/KH-UBND"])
    #expect(references.allSatisfy { $0["date"] is String })
    // Restoration reads "Pham Viét Anh" as words ("Phạm Viết Ảnh"); the parser reads it as a name.
    #expect((record["signer"] as? [String: Any])?["name"] as? String == "Phạm Việt Anh")
  }

  @Test("scan --format json carries the restored text, Tesseract's text and the record")
  func scanJSONHasRecord() throws {
    let fixture = try #require(
      try FixtureManifest.scans(inSet: "ppi200").first { $0.dispatch == "bc-365-lechan" })
    let result = try CommandRunner.vanban(["scan", "--format", "json", fixture.path])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let page = try #require((object["pages"] as? [[String: Any]])?.first)
    #expect(page["rawText"] is String && page["text"] is String)
    let record = try #require(object["record"] as? [String: Any])
    #expect(record["symbol"] as? String == "365/BC-UBND")
    // Restoration must not make the page worse than Tesseract read it.
    let truth = fixture.pages[0].body
    let restored = ErrorRate.passageCharacterErrorRate(passage: truth, in: page["text"] as! String)
    let raw = ErrorRate.passageCharacterErrorRate(passage: truth, in: page["rawText"] as! String)
    #expect(restored <= raw, "restored \(restored) vs raw \(raw)")
  }
}
