/// Cuts text, appended piece by piece, into ``TextBlock``s of at most ``limit`` UTF-8 bytes:
/// as many whole paragraphs as fit; a paragraph longer than that at its last line end that
/// fits; a line longer than that after its last space that fits, or failing that at the limit
/// (never inside a character's UTF-8 bytes or before a combining mark). A line cut into pieces
/// gets one note.
///
/// Text that fits in one block comes back as one block, byte for byte.
///
/// ```swift
/// var blocks = TextBlocks(limit: 1 << 20, source: "a.txt")
/// blocks.append(text)
/// while let block = blocks.next(atEnd: true) { restore(block.text) }
/// ```
package struct TextBlocks: Sendable {
  /// The largest block, in UTF-8 bytes.
  package let limit: Int
  /// The input's name, for notes.
  package let source: String
  /// Text appended and not yet handed out.
  private var buffer = ""
  /// Lines handed out so far.
  private var line = 0
  /// Whether the line being handed out in pieces already has its note.
  private var lineNoted = false

  /// An empty cutter.
  package init(limit: Int, source: String) {
    precondition(limit >= 16, "a block holds at least 16 bytes")
    self.limit = limit
    self.source = source
  }

  /// UTF-8 bytes appended and not yet handed out.
  package var pendingByteCount: Int { buffer.utf8.count }

  /// Adds text at the end.
  package mutating func append(_ text: String) {
    buffer += text
  }

  /// The next block, or `nil` when more text must be appended first (or, `atEnd`, when none
  /// is left).
  package mutating func next(atEnd: Bool) -> TextBlock? {
    let utf8 = buffer.utf8
    let count = utf8.count
    if count == 0 || (!atEnd && count <= limit) { return nil }
    if count <= limit && atEnd { return take(count, end: .input) }
    let window = Array(utf8.prefix(limit + 1))
    if let cut = Self.paragraphEnd(in: window) { return take(cut, end: .paragraph) }
    if let feed = window[..<limit].lastIndex(of: 0x0A) { return take(feed + 1, end: .line) }
    var notes: [String] = []
    let cut: Int
    let end: TextBlock.End
    if let space = window[..<limit].lastIndex(where: { $0 == 0x20 || $0 == 0x09 }) {
      cut = space + 1
      end = .space
    } else {
      cut = Self.characterBoundary(in: window, before: limit)
      end = .length
    }
    if !lineNoted {
      lineNoted = true
      notes.append(
        "\(source): line \(line + 1) is longer than \(TextInput.byteCount(limit)): restored "
          + (end == .space
            ? "in pieces cut at spaces" : "in pieces cut every \(TextInput.byteCount(limit))"))
    }
    var block = take(cut, end: end)
    block.notes = notes
    return block
  }

  /// Hands out the first `count` bytes of the buffer.
  private mutating func take(_ count: Int, end: TextBlock.End) -> TextBlock {
    let scalars = buffer.unicodeScalars
    let cut = buffer.utf8.index(buffer.utf8.startIndex, offsetBy: count)
    let text = String(scalars[..<cut])
    buffer = String(scalars[cut...])
    let block = TextBlock(text: text, firstLine: line, end: end)
    var feeds = 0
    for byte in text.utf8 where byte == 0x0A { feeds += 1 }
    line += feeds
    if feeds > 0 { lineNoted = false }
    return block
  }

  /// The end of the last paragraph within the first `limit` bytes: just after a line feed
  /// that follows another with only spaces, tabs or carriage returns between them.
  private static func paragraphEnd(in window: [UInt8]) -> Int? {
    var index = window.count - 1
    while index > 0 {
      index -= 1
      guard window[index] == 0x0A, index + 1 < window.count else { continue }
      var before = index
      while before > 0 {
        before -= 1
        let byte = window[before]
        if byte == 0x0A { return index + 1 }
        if byte != 0x20 && byte != 0x09 && byte != 0x0D && byte != 0x0B && byte != 0x0C { break }
      }
    }
    return nil
  }

  /// The largest offset at most `limit` that starts a character: not inside a UTF-8 sequence,
  /// and not before a combining mark (U+0300…U+036F, which Vietnamese NFD text uses).
  private static func characterBoundary(in window: [UInt8], before limit: Int) -> Int {
    var cut = limit
    for _ in 0..<64 {
      while cut > 1, window[cut] & 0xC0 == 0x80 { cut -= 1 }
      // U+0300…U+036F are CC 80…CD AF.
      let combining =
        (window[cut] == 0xCC && cut + 1 < window.count && window[cut + 1] >= 0x80)
        || (window[cut] == 0xCD && cut + 1 < window.count && window[cut + 1] <= 0xAF)
      guard combining, cut > 1 else { return cut }
      cut -= 1
    }
    return cut
  }
}
