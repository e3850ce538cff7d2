import Crypto
import Foundation

/// The SHA-256 of a file's contents, lower-case hex: a document's identity in the catalogue.
///
/// Hashing streams the file in 1 MB chunks, so a file of any size is hashed in constant memory.
///
/// ```swift
/// let identity = try ContentHash.sha256(ofFileAt: "scan.pdf")  // "ba7816bf…"
/// ```
package enum ContentHash {
  /// The digest of `bytes`.
  package static func sha256(of bytes: some DataProtocol) -> String {
    hex(SHA256.hash(data: bytes))
  }

  /// The digest of the file at `path`.
  ///
  /// - Throws: the file system's error when the file cannot be opened or read.
  package static func sha256(ofFileAt path: String) throws -> String {
    let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
    defer { try? handle.close() }
    var hash = SHA256()
    while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
      hash.update(data: chunk)
    }
    return hex(hash.finalize())
  }

  private static func hex(_ digest: SHA256.Digest) -> String {
    digest.map { byte in
      let text = String(byte, radix: 16)
      return byte < 16 ? "0" + text : text
    }.joined()
  }
}
