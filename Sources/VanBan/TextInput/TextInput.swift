import Foundation
import VietnameseText

/// A text file, or standard input, read the way `vanban restore` and `vanban parse` read it: in
/// chunks of 64 KiB through `TextInputDecoder` (one rule for NUL bytes, UTF-8 and the legacy
/// Vietnamese encodings), so memory stays bounded whatever the input's size.
///
/// ``nextBlock()`` hands the text out in ``TextBlock``s of whole paragraphs up to
/// ``blockLimit``, for restoring one at a time; ``readAll(limit:)`` reads a whole input that
/// must be taken at once (a dispatch to parse) and refuses one larger than its limit.
///
/// ```swift
/// var input = try TextInput(path: "scan.txt")     // nil: standard input
/// while let block = try input.nextBlock() {
///   print(restorer.restore(block).text, terminator: "")
/// }
/// ```
///
/// The input's file descriptor is closed when the value goes away (standard input is left open).
public struct TextInput: ~Copyable {
  /// The largest block ``nextBlock()`` hands out: 1 MiB (about 600 pages of dispatches).
  public static let blockLimit = 1 << 20
  /// The largest input `vanban parse` reads: 1 MiB, some 300 pages, ten times a dispatch with
  /// long appendices. The parser takes about 14 s on 1 MiB of dispatches with restoration (up to
  /// a minute on random text on a busy machine), so more is refused rather than read for minutes.
  public static let dispatchLimit = 1 << 20
  /// The size of one read.
  static let chunkSize = 1 << 16

  /// The input's name in messages: its path, or "standard input".
  public let source: String
  /// Bytes read so far.
  public private(set) var bytesRead = 0

  private let descriptor: Int32
  private let ownsDescriptor: Bool
  private var decoder = TextInputDecoder()
  private var blocks: TextBlocks
  private var ended = false
  /// Notes not yet handed out with a block.
  private var notes: [String] = []
  private var notedEncoding = false
  private var notedConversions = 0

  /// Opens the file at `path`, or standard input when `path` is `nil`.
  ///
  /// A FIFO or a device is read like a file (so `vanban restore <(command)` works); a folder is
  /// refused.
  /// - Parameters:
  ///   - path: The file to read; `nil` reads standard input.
  ///   - blockLimit: The largest block ``nextBlock()`` hands out, in UTF-8 bytes.
  /// - Throws: ``TextInputError/notFound(path:)``, ``TextInputError/isFolder(path:)`` or
  ///   ``TextInputError/unreadable(source:reason:)``.
  public init(path: String?, blockLimit: Int = TextInput.blockLimit) throws(TextInputError) {
    guard let path else {
      source = "standard input"
      descriptor = STDIN_FILENO
      ownsDescriptor = false
      blocks = TextBlocks(limit: blockLimit, source: source)
      return
    }
    source = path
    let opened = open(path, O_RDONLY | O_CLOEXEC)
    guard opened >= 0 else {
      let code = errno
      if code == ENOENT { throw .notFound(path: path) }
      throw .unreadable(source: path, reason: String(cString: strerror(code)))
    }
    var info = stat()
    if fstat(opened, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
      close(opened)
      throw .isFolder(path: path)
    }
    descriptor = opened
    ownsDescriptor = true
    blocks = TextBlocks(limit: blockLimit, source: path)
  }

  deinit {
    if ownsDescriptor { close(descriptor) }
  }

  /// The next block of text, or `nil` at the end of the input.
  ///
  /// - Throws: ``TextInputError/notText(source:_:)`` when the bytes read are not text (the
  ///   blocks handed out before stay valid), ``TextInputError/unreadable(source:reason:)`` when
  ///   reading fails.
  public mutating func nextBlock() throws(TextInputError) -> TextBlock? {
    while true {
      if var block = blocks.next(atEnd: ended) {
        block.notes = notes + block.notes
        notes = []
        return block
      }
      if ended { return nil }
      blocks.append(try readChunk())
    }
  }

  /// The whole input as text, and the notes on it (legacy text converted).
  ///
  /// - Throws: ``TextInputError/tooLarge(source:limit:)`` as soon as more than `limit` bytes
  ///   are read, and the errors of ``nextBlock()``.
  public mutating func readAll(limit: Int) throws(TextInputError) -> (text: String, notes: [String])
  {
    var text = ""
    while !ended {
      text += try readChunk()
      if bytesRead > limit { throw .tooLarge(source: source, limit: limit) }
    }
    defer { notes = [] }
    return (text, notes)
  }

  /// Reads and decodes one chunk; at the end of the input, decodes what the decoder held back.
  private mutating func readChunk() throws(TextInputError) -> String {
    var bytes = [UInt8](repeating: 0, count: Self.chunkSize)
    var count = 0
    repeat {
      count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
    } while count < 0 && errno == EINTR
    guard count >= 0 else {
      throw .unreadable(source: source, reason: String(cString: strerror(errno)))
    }
    bytesRead += count
    let text: String
    do {
      if count == 0 {
        ended = true
        text = try decoder.finish()
      } else {
        text = try decoder.decode(bytes[..<count])
      }
    } catch {
      throw .notText(source: source, error)
    }
    noteEncoding()
    return text
  }

  /// Notes, once each, legacy text found: raw bytes of a legacy encoding, or legacy text
  /// mis-read as Windows-1252 in UTF-8 lines.
  private mutating func noteEncoding() {
    if !notedEncoding, case .legacy(let encoding) = decoder.encoding {
      notedEncoding = true
      notes.append("\(source): \(encoding) text, not UTF-8: converted to Unicode")
    }
    for encoding in decoder.conversions.dropFirst(notedConversions) {
      notes.append(
        "\(source): lines of \(encoding) text read as Windows-1252 or Latin-1: converted to Unicode"
      )
    }
    notedConversions = decoder.conversions.count
  }

  /// "1 MiB", "64 KiB" or "1000 bytes".
  static func byteCount(_ bytes: Int) -> String {
    if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
    if bytes >= 1 << 10, bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
    return "\(bytes) bytes"
  }
}
