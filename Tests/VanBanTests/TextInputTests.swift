import Foundation
import TestSupport
import Testing

@testable import VanBan

/// `TextInput` and `TextBlocks`: input read in bounded pieces, cut where restoring loses nothing
/// (issue 16), with real files in a temporary folder.
@Suite("Text input in blocks")
struct TextInputTests {
  /// All blocks of `text` cut at `limit` bytes.
  static func blocks(_ text: String, limit: Int) -> [TextBlock] {
    var cutter = TextBlocks(limit: limit, source: "t.txt")
    cutter.append(text)
    var blocks: [TextBlock] = []
    while let block = cutter.next(atEnd: true) { blocks.append(block) }
    return blocks
  }

  @Test("Text within the limit is one block, byte for byte")
  func oneBlock() throws {
    let text = try RepositoryPaths.fixtureText("dispatches/kh-44-lechan.txt")
    let blocks = Self.blocks(text, limit: TextInput.blockLimit)
    #expect(blocks.map(\.text) == [text])
    #expect(blocks.first?.end == .input)
    #expect(blocks.first?.notes == [])
  }

  @Test("Longer text is cut after blank lines; the blocks join up and count their lines")
  func paragraphs() {
    let paragraph = "Dòng một của đoạn.\nDòng hai của đoạn.\n"
    let text = String(repeating: paragraph + "\n", count: 50)
    let blocks = Self.blocks(text, limit: 200)
    #expect(blocks.map(\.text).joined() == text)
    #expect(blocks.count > 5)
    for block in blocks.dropLast() {
      #expect(block.end == .paragraph)
      #expect(block.text.hasSuffix("\n\n"))
      #expect(block.text.utf8.count <= 200)
    }
    var line = 0
    for block in blocks {
      #expect(block.firstLine == line)
      line += block.text.filter { $0 == "\n" }.count
    }
  }

  @Test("A paragraph longer than the limit is cut at line ends, without a note")
  func lines() {
    let text = String(repeating: "một dòng không có dòng trống sau nó\n", count: 40)
    let blocks = Self.blocks(text, limit: 256)
    #expect(blocks.map(\.text).joined() == text)
    #expect(blocks.dropLast().allSatisfy { $0.end == .line && $0.text.hasSuffix("\n") })
    #expect(blocks.allSatisfy { $0.notes.isEmpty })
  }

  @Test("A line longer than the limit is cut at spaces, with one note naming line and file")
  func longLineWithSpaces() {
    let text = "đầu\n" + String(repeating: "chữ Việt ", count: 300) + "\nhết\n"
    let blocks = Self.blocks(text, limit: 256)
    #expect(blocks.map(\.text).joined() == text)
    let notes = blocks.flatMap(\.notes)
    #expect(notes == ["t.txt: line 2 is longer than 256 bytes: restored in pieces cut at spaces"])
    #expect(blocks.contains { $0.end == .space })
    #expect(blocks.allSatisfy { $0.text.utf8.count <= 256 })
  }

  @Test("A line with no space is cut at the limit, never inside a character or before a mark")
  func longLineWithoutSpaces() {
    // NFD: each "ệ" is e + U+0302 + U+0323; cutting before a mark would move it to another word.
    let word = "Vie\u{0302}\u{0323}t"
    let text = String(repeating: word, count: 200)
    let blocks = Self.blocks(text, limit: 100)
    #expect(blocks.map(\.text).joined() == text)
    #expect(blocks.dropLast().allSatisfy { $0.end == .length })
    for block in blocks {
      #expect(block.text.utf8.count <= 100)
      let first = block.text.unicodeScalars.first?.value ?? 0
      #expect(!(0x300...0x36F).contains(first), "block starts with a combining mark")
    }
    #expect(blocks.flatMap(\.notes).count == 1)
    #expect(blocks.flatMap(\.notes).first?.contains("cut every 100 bytes") == true)
  }

  @Test("Restoring in blocks: within the limit exactly restore's text; beyond it, every line kept")
  func restoringInBlocks() throws {
    let restorer = try DiacriticRestorer.bundled()
    let text = try RepositoryPaths.fixtureText("restorer/ocr-eng-output.txt")
    #expect(restorer.restoreInBlocks(text) == restorer.restore(text).text)
    let pieces = restorer.restoreInBlocks(text, limit: 2000)
    #expect(pieces.filter { $0 == "\n" }.count == text.filter { $0 == "\n" }.count)
    // Changes carry the input's line numbers, not the block's.
    let block = TextBlock(text: "Ké hoach s6 30/KH-UBND\n", firstLine: 41, end: .input)
    #expect(restorer.restore(block).changes.map(\.line) == [41, 41, 41])
  }

  @Test("A file is read block by block with the same text; folders and missing files are named")
  func files() throws {
    let folder = TemporaryFolder.root.appendingPathComponent(
      "vanban-text-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("in.txt").path
    let text = String(repeating: "Đoạn văn bản thử.\nDòng hai.\n\n", count: 4000)
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    var input = try TextInput(path: path, blockLimit: 10_000)
    var joined = ""
    var count = 0
    while let block = try input.nextBlock() {
      joined += block.text
      count += 1
    }
    #expect(joined == text)
    #expect(count > 10)
    #expect(input.bytesRead == text.utf8.count)

    #expect(throws: TextInputError.isFolder(path: folder.path)) {
      _ = try TextInput(path: folder.path)
    }
    let missing = folder.appendingPathComponent("none.txt").path
    #expect(throws: TextInputError.notFound(path: missing)) { _ = try TextInput(path: missing) }
    var whole = try TextInput(path: path)
    #expect(throws: TextInputError.tooLarge(source: path, limit: 1 << 16)) {
      _ = try whole.readAll(limit: 1 << 16)
    }
  }
}
