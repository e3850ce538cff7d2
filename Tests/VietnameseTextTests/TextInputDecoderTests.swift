import Foundation
import TestSupport
import Testing
import VietnameseText

/// The one rule `vanban restore` and `parse` read bytes by (issues 15 and 16): NUL bytes,
/// UTF-8, legacy encodings as bytes and as Windows-1252 mis-reads, in chunks of any size.
@Suite("Text input decoding")
struct TextInputDecoderTests {
  /// Decodes `bytes` fed in chunks of `chunk` bytes.
  static func decode(_ bytes: [UInt8], chunk: Int) throws(TextDecodingError) -> (
    String, TextInputDecoder
  ) {
    var decoder = TextInputDecoder()
    var text = ""
    var start = 0
    while start < bytes.count {
      let end = min(bytes.count, start + chunk)
      text += try decoder.decode(bytes[start..<end])
      start = end
    }
    text += try decoder.finish()
    return (text, decoder)
  }

  static func fixture(_ name: String) throws -> [UInt8] {
    Array(try Data(contentsOf: RepositoryPaths.fixture("legacy/\(name)")))
  }

  @Test(
    "UTF-8 text comes back byte for byte whatever the chunk size",
    arguments: [1, 2, 3, 7, 64, 1 << 16])
  func utf8Unchanged(chunk: Int) throws {
    for name in ["bc-365-lechan.txt", "cv-115-pa83.txt"] {
      let text = try RepositoryPaths.fixtureText("dispatches/\(name)")
      let (decoded, decoder) = try Self.decode(Array(text.utf8), chunk: chunk)
      #expect(decoded == text)
      #expect(decoder.encoding == .utf8)
      #expect(decoder.conversions.isEmpty)
    }
    let restorerInput = try RepositoryPaths.fixtureText("restorer/ocr-eng-output.txt")
    let (decoded, decoder) = try Self.decode(Array(restorerInput.utf8), chunk: chunk)
    // English-model OCR is full of Latin-1 accents ("Céng", "nuéc"), but it is not TCVN3.
    #expect(decoded == restorerInput)
    #expect(decoder.conversions.isEmpty)
  }

  @Test("Text longer than a piece comes back the same whatever the chunk size")
  func largeText() throws {
    let names = [
      "heldout-correct.txt", "heldout-stripped.txt", "ocr-eng-output.txt", "ocr-vie-output.txt",
    ]
    let once = try names.map { try RepositoryPaths.fixtureText("restorer/\($0)") }.joined()
    let text = String(repeating: once, count: 3)
    #expect(text.utf8.count > 2 * TextInputDecoder.segmentLimit)
    for chunk in [333, 4096, 1 << 16, 1 << 20] {
      let (decoded, decoder) = try Self.decode(Array(text.utf8), chunk: chunk)
      #expect(decoded == text, "chunk \(chunk)")
      #expect(decoder.conversions.isEmpty)
    }
  }

  @Test("ASCII alone settles nothing; a byte order mark is dropped")
  func asciiAndByteOrderMark() throws {
    var decoder = TextInputDecoder()
    #expect(try decoder.decode(Array("Cong van so 12\n".utf8)) == "")
    #expect(try decoder.finish() == "Cong van so 12\n")
    #expect(decoder.encoding == nil)
    let (text, withMark) = try Self.decode(
      [0xEF, 0xBB, 0xBF] + Array("Kế hoạch\r\n".utf8), chunk: 2)
    #expect(text == "Kế hoạch\r\n")
    #expect(withMark.encoding == .utf8)
  }

  @Test("A NUL byte is binary data, wherever it is, with its offset")
  func nulBytes() {
    #expect(throws: TextDecodingError.binary(offset: 4)) {
      _ = try Self.decode([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01], chunk: 64)
    }
    let late = Array(String(repeating: "dòng chữ\n", count: 1000).utf8) + [0]
    #expect(throws: TextDecodingError.binary(offset: late.count - 1)) {
      _ = try Self.decode(late, chunk: 4096)
    }
  }

  @Test("Bytes neither UTF-8 nor a legacy encoding are refused with their offset")
  func notText() {
    #expect(throws: TextDecodingError.notUTF8(offset: 4)) {
      _ = try Self.decode(Array("abc\n".utf8) + [0xFF, 0xFE, 0x41], chunk: 64)
    }
    // Windows-1252 French is not Vietnamese.
    let french: [UInt8] = Array("Le caf".utf8) + [0xE9] + Array(" est tr".utf8) + [0xE8, 0x73]
    #expect(throws: TextDecodingError.self) { _ = try Self.decode(french, chunk: 64) }
    // UTF-8 text broken later on.
    let broken = Array("Hà Nội\n".utf8) + [0xC3, 0x28]
    #expect(throws: TextDecodingError.notUTF8(offset: 10)) {
      _ = try Self.decode(broken, chunk: 3)
    }
  }

  @Test(
    "Raw TCVN3, VNI and VISCII bytes are detected and converted",
    arguments: [("tcvn3", LegacyEncoding.tcvn3), ("vni", .vni), ("viscii", .viscii)])
  func legacyBytes(name: String, encoding: LegacyEncoding) throws {
    let expected = String(decoding: try Self.fixture("\(name).expected.txt"), as: UTF8.self)
    for chunk in [5, 64, 1 << 16] {
      let (text, decoder) = try Self.decode(try Self.fixture("\(name).bytes.txt"), chunk: chunk)
      #expect(text == expected, "chunk \(chunk)")
      #expect(decoder.encoding == .legacy(encoding))
    }
  }

  @Test(
    "Legacy text already mis-read as Windows-1252 is converted in UTF-8 input",
    arguments: [("tcvn3", LegacyEncoding.tcvn3), ("vni", .vni), ("viscii", .viscii)])
  func misreadText(name: String, encoding: LegacyEncoding) throws {
    let expected = String(decoding: try Self.fixture("\(name).expected.txt"), as: UTF8.self)
    let (text, decoder) = try Self.decode(try Self.fixture("\(name).misread.txt"), chunk: 100)
    #expect(text == expected)
    #expect(decoder.encoding == .utf8)
    #expect(decoder.conversions == [encoding])
  }

  @Test("English-model OCR is left alone, also between mis-read TCVN3 lines")
  func englishOCRAmongLegacy() throws {
    let ocr = try RepositoryPaths.fixtureText("restorer/ocr-eng-output.txt")
    #expect(LegacyEncoding.repairing(ocr).encoding == nil)
    let ocrLines = ocr.split(separator: "\n").prefix(40).map(String.init)
    let legacy = String(decoding: try Self.fixture("tcvn3.misread.txt"), as: UTF8.self)
    let expected = String(decoding: try Self.fixture("tcvn3.expected.txt"), as: UTF8.self)
    let mixed = (ocrLines + [legacy]).joined(separator: "\n")
    let (repaired, encoding) = LegacyEncoding.repairing(mixed)
    #expect(encoding == .tcvn3)
    let lines = repaired.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(Array(lines.prefix(40)) == ocrLines)
    // The passage's lines with TCVN3's own marks are converted.
    let expectedLines = expected.split(separator: "\n").map(String.init)
    let converted = lines.dropFirst(40).filter { expectedLines.contains($0) }
    #expect(converted.count >= 8, "\(lines.dropFirst(40))")
  }

  @Test("The issue's motto line reads as TCVN3")
  func motto() throws {
    let (text, _) = try Self.decode(Array("§éc lËp - Tù do - H¹nh phóc\n".utf8), chunk: 7)
    #expect(text == "Độc lập - Tự do - Hạnh phúc\n")
  }

  @Test("A line without a line feed is handed back in bounded pieces that join up")
  func longLine() throws {
    let line = String(repeating: "Hà Nội ", count: 100_000)  // 900 KB, no line feed
    var decoder = TextInputDecoder()
    var text = ""
    var pieces = 0
    let bytes = Array(line.utf8)
    for start in stride(from: 0, to: bytes.count, by: 1000) {
      let piece = try decoder.decode(bytes[start..<min(bytes.count, start + 1000)])
      if !piece.isEmpty { pieces += 1 }
      #expect(piece.utf8.count <= TextInputDecoder.segmentLimit)
      text += piece
    }
    text += try decoder.finish()
    #expect(text == line)
    #expect(pieces > 4)
    // No space either: cut between characters, never inside one.
    let letters = String(repeating: "ệ", count: 50_000)
    let (joined, _) = try Self.decode(Array(letters.utf8), chunk: 999)
    #expect(joined == letters)
  }
}
