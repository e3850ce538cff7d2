import Foundation
import TestSupport
import Testing

/// `vanban restore` and `vanban parse` on odd input (issues 15 and 16): one reader, one rule for
/// NUL bytes and encodings, one line and exit 1 for what is not text, legacy text converted.
@Suite("vanban restore and parse on hostile and legacy input")
struct TextInputCommandTests {
  private static func legacy(_ name: String) -> String {
    RepositoryPaths.fixture("legacy/\(name)").path
  }

  private static func temporaryFolder() throws -> URL {
    let folder = TemporaryFolder.root.appendingPathComponent(
      "vanban-text-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  @Test(
    "TCVN3, VNI and VISCII, as bytes or mis-read as Windows-1252, restore like Unicode text",
    arguments: ["tcvn3", "vni", "viscii"])
  func legacyRestore(encoding: String) throws {
    let expected = try CommandRunner.vanban(["restore", Self.legacy("\(encoding).expected.txt")])
    #expect(expected.status == 0, "\(expected.stderr)")
    for kind in ["bytes", "misread"] {
      let file = Self.legacy("\(encoding).\(kind).txt")
      let result = try CommandRunner.vanban(["restore", file])
      #expect(result.status == 0, "\(result.stderr)")
      #expect(result.stdout == expected.stdout, "\(kind)")
      let notes = result.stderr.split(separator: "\n")
      #expect(notes.count == 1 && notes[0].contains(file) && notes[0].contains("converted"))
    }
  }

  @Test("parse reads a TCVN3 dispatch as it reads the Unicode one")
  func legacyParse() throws {
    let expected = try CommandRunner.vanban(["parse", Self.legacy("tcvn3.expected.txt")])
    let legacy = try CommandRunner.vanban(["parse", Self.legacy("tcvn3.bytes.txt")])
    #expect(legacy.status == 0, "\(legacy.stderr)")
    #expect(legacy.stdout == expected.stdout)
    let record = try #require(
      try JSONSerialization.jsonObject(with: Data(legacy.stdout.utf8)) as? [String: Any])
    #expect(record["symbol"] as? String == "365/BC-UBND")
  }

  @Test("parse refuses binary input with one line and exit 1, as the README says")
  func parseRejectsBinary() throws {
    let binary = Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x41, 0x42])
    let result = try CommandRunner.vanban(["parse"], input: binary)
    #expect(result.status == 1)
    #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
    #expect(result.stderr.contains("binary"))
    #expect(result.stdout.isEmpty)
  }

  @Test("restore < /dev/zero and restore /dev/zero end at once with one line and exit 1")
  func devZero() throws {
    let fromStandardInput = try CommandRunner.vanban(
      ["restore"], inputFile: "/dev/zero", timeout: 60)
    #expect(fromStandardInput.status == 1)
    #expect(
      fromStandardInput.stderr.split(separator: "\n")
        == ["Error: standard input looks like binary data (a NUL byte at byte 0), not text"])
    let asFile = try CommandRunner.vanban(["restore", "/dev/zero"], timeout: 60)
    #expect(asFile.status == 1)
    #expect(asFile.stderr.contains("/dev/zero looks like binary data"))
    let parse = try CommandRunner.vanban(["parse"], inputFile: "/dev/zero", timeout: 60)
    #expect(parse.status == 1)
  }

  @Test("parse refuses more than 1 MiB with one line naming the file, before parsing")
  func parseTooLarge() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("huge.txt").path
    let line = Data("Công văn số 12/UBND ngày 01/12/2025 về việc báo cáo.\n".utf8)
    var data = Data()
    while data.count <= 2 << 20 { data.append(line) }
    try data.write(to: URL(fileURLWithPath: path))
    let result = try CommandRunner.vanban(["parse", path], timeout: 60)
    #expect(result.status == 1)
    #expect(
      result.stderr.split(separator: "\n")
        == [
          "Error: \(path) is larger than 1 MiB, more than a dispatch holds; split it into documents (vanban restore reads text of any size)"
        ])
    #expect(result.stdout.isEmpty)
  }

  @Test("restore names the file and the byte of text that is not UTF-8")
  func restoreNotText() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("latin1.txt").path
    try Data([0x61, 0x62, 0x0A, 0xFF, 0xFE, 0x41]).write(to: URL(fileURLWithPath: path))
    let result = try CommandRunner.vanban(["restore", path])
    #expect(result.status == 1)
    #expect(result.stderr.split(separator: "\n").count == 1)
    #expect(result.stderr.contains("\(path) is not valid UTF-8 text (at byte 3)"))
  }
}
