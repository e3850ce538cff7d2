import Foundation
import TestSupport
import Testing

@testable import VanBan

/// The SHA-256 that identifies documents, against the FIPS 180-4 test vectors and `sha256sum`.
@Suite("SHA-256")
struct BatchSHA256Tests {
  @Test(
    "FIPS 180-4 vectors",
    arguments: [
      ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
      ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
      (
        "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
      ),
      (
        "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
        "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
      ),
    ])
  func vectors(message: String, digest: String) {
    #expect(ContentHash.sha256(of: Array(message.utf8)) == digest)
  }

  @Test("A file of several chunks hashes as its bytes do")
  func chunkedFile() throws {
    let bytes =
      [UInt8](repeating: 0x61, count: 1_000_000) + [UInt8](repeating: 0x62, count: 1_500_000)
    let path = TemporaryFolder.root.appendingPathComponent(
      "vanban-hash-\(UUID().uuidString)"
    ).path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(try ContentHash.sha256(ofFileAt: path) == ContentHash.sha256(of: bytes))
  }

  @Test("A fixture file hashes as sha256sum does")
  func fileMatchesSha256sum() throws {
    let fixtures = try FixtureManifest.scans()
    let path = try #require(fixtures.first { $0.format == "tiff" } ?? fixtures.first).path
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
    process.arguments = [path]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(try ContentHash.sha256(ofFileAt: path) == String(output.prefix(64)))
  }
}
