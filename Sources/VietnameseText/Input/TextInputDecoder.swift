/// Turns the bytes of a text file, fed in chunks of any size, into Unicode text: the one rule
/// `vanban restore` and `vanban parse` read their input by.
///
/// - A NUL byte anywhere is binary data (or UTF-16): ``TextDecodingError/binary(offset:)``.
/// - A UTF-8 byte order mark at the start is dropped, and makes the input UTF-8.
/// - The encoding is settled by the first piece of text (whole lines, as much as a chunk holds)
///   with a byte above ASCII: UTF-8 when the piece is valid UTF-8, else TCVN3, VNI or VISCII
///   when ``LegacyEncoding/detect(_:)`` reads its Windows-1252 view as one, else
///   ``TextDecodingError/notUTF8(offset:)``. ASCII alone is UTF-8. Later bytes that do not fit
///   the settled encoding are ``TextDecodingError/notUTF8(offset:)`` too.
/// - UTF-8 text that holds legacy text already mis-read as Windows-1252 or Latin-1
///   ("§éc lËp - Tù do - H¹nh phóc") has those lines converted by
///   ``LegacyEncoding/repairing(_:)``; other lines come back byte for byte.
///
/// Text is handed back in pieces of whole lines of about 64 KiB (``segmentTarget``), so that
/// legacy text is judged on enough of it; where pieces end depends on the bytes only, never on
/// the chunks they came in, so the text is the same however the input is read. A line longer
/// than ``segmentLimit`` bytes is handed back in pieces, cut after a space where there is one.
/// Memory is bounded by the chunk size plus ``segmentLimit``.
///
/// ```swift
/// var decoder = TextInputDecoder()
/// var text = try decoder.decode(Array("Hµ Néi, ngµy 01 th¸ng 12\n".utf8))  // "" (held back)
/// text += try decoder.finish()                  // "Hà Nội, ngày 01 tháng 12\n"
/// decoder.conversions                           // [.tcvn3]
/// ```
public struct TextInputDecoder: Sendable {
  /// How the input's bytes are read.
  public enum Encoding: Sendable, Hashable, CustomStringConvertible {
    /// UTF-8 (ASCII included).
    case utf8
    /// Raw bytes of a legacy Vietnamese encoding.
    case legacy(LegacyEncoding)

    /// "UTF-8", "TCVN3", "VNI" or "VISCII".
    public var description: String {
      switch self {
      case .utf8: "UTF-8"
      case .legacy(let encoding): encoding.description
      }
    }
  }

  /// The UTF-8 byte order mark, dropped at the start of the input.
  static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

  /// The size from which a piece of text is handed back at its next line feed (64 KiB).
  public static let segmentTarget = 1 << 16
  /// The largest piece of text handed back at once (128 KiB): a line longer than that is cut.
  public static let segmentLimit = 1 << 17

  /// The input's encoding; `nil` while nothing but ASCII has been seen.
  public private(set) var encoding: Encoding?
  /// Legacy encodings found mis-read in UTF-8 lines and converted, in the order found.
  public private(set) var conversions: [LegacyEncoding] = []
  /// Bytes handed back as text so far.
  public private(set) var bytesDecoded = 0

  /// Whether mis-read legacy lines in UTF-8 text are converted.
  private let repairsMisreadText: Bool
  /// Bytes of an unfinished line.
  private var pending: [UInt8] = []

  /// A decoder at the start of an input.
  ///
  /// - Parameter repairsMisreadText: convert UTF-8 lines that hold legacy text mis-read as
  ///   Windows-1252 (default `true`).
  public init(repairsMisreadText: Bool = true) {
    self.repairsMisreadText = repairsMisreadText
  }

  /// The text of the whole pieces that `bytes` (the next chunk of the input) completes; the
  /// rest is kept for the next call or ``finish()``.
  ///
  /// - Throws: ``TextDecodingError`` with the offset of the NUL byte or of the bytes that are
  ///   not text.
  public mutating func decode(_ bytes: some Collection<UInt8>) throws(TextDecodingError) -> String {
    if let nul = bytes.firstIndex(of: 0) {
      throw .binary(
        offset: bytesDecoded + pending.count + bytes.distance(from: bytes.startIndex, to: nul))
    }
    pending.append(contentsOf: bytes)
    var text = ""
    var cut = cutIndex()
    while cut > 0 {
      text += try emit(pending[..<cut])
      pending.removeSubrange(..<cut)
      cut = cutIndex()
    }
    return text
  }

  /// The text of the bytes still held at the end of the input.
  ///
  /// - Throws: ``TextDecodingError/notUTF8(offset:)`` when they are not text (a UTF-8 sequence
  ///   cut off by the end of the input).
  public mutating func finish() throws(TextDecodingError) -> String {
    guard !pending.isEmpty else { return "" }
    let text = try emit(pending[...])
    pending.removeAll()
    return text
  }

  /// Where the next piece of ``pending`` ends, 0 when more bytes are needed to tell. Pieces end
  /// where the bytes alone say, whatever the chunks they came in: at the first line feed from
  /// ``segmentTarget`` bytes on; with none before ``segmentLimit``, at the last line feed before
  /// that; in a line longer than that, after its last space or tab past half the limit, else
  /// before the last UTF-8 lead byte (for legacy bytes, before the last byte, which may be a VNI
  /// base letter).
  private func cutIndex() -> Int {
    let target = Self.segmentTarget
    let limit = Self.segmentLimit
    guard pending.count >= target else { return 0 }
    if let feed = pending[(target - 1)..<min(pending.count, limit)].firstIndex(of: 0x0A) {
      return feed + 1
    }
    // The byte after the limit tells whether a cut there falls inside a character.
    guard pending.count > limit else { return 0 }
    if let feed = pending[..<limit].lastIndex(of: 0x0A) { return feed + 1 }
    if let space = pending[(limit / 2)..<limit].lastIndex(where: { $0 == 0x20 || $0 == 0x09 }) {
      return space + 1
    }
    if case .legacy = encoding { return limit - 1 }
    var index = limit
    while index > limit / 2, pending[index] & 0xC0 == 0x80 { index -= 1 }
    return index
  }

  private mutating func emit(_ whole: ArraySlice<UInt8>) throws(TextDecodingError) -> String {
    defer { bytesDecoded += whole.count }
    var bytes = whole
    if bytesDecoded == 0, bytes.starts(with: Self.byteOrderMark) {
      bytes = bytes.dropFirst(Self.byteOrderMark.count)
      encoding = .utf8
    }
    if encoding == nil {
      guard bytes.contains(where: { $0 >= 0x80 }) else {
        return String(decoding: bytes, as: UTF8.self)
      }
      encoding = try settle(bytes)
    }
    switch encoding {
    case .legacy(let legacy):
      return legacy.decode(bytes: Array(bytes))
    case .utf8, nil:
      guard let text = String(validating: bytes, as: UTF8.self) else {
        throw .notUTF8(
          offset: bytesDecoded + (bytes.startIndex - whole.startIndex)
            + Self.invalidUTF8Offset(bytes))
      }
      guard repairsMisreadText else { return text }
      let (repaired, found) = LegacyEncoding.repairing(text)
      if let found, !conversions.contains(found) { conversions.append(found) }
      return repaired
    }
  }

  /// The encoding of an input whose first bytes above ASCII are in `bytes`.
  private func settle(_ bytes: ArraySlice<UInt8>) throws(TextDecodingError) -> Encoding {
    if String(validating: bytes, as: UTF8.self) != nil { return .utf8 }
    if let legacy = LegacyEncoding.detect(LegacyEncoding.windows1252Text(of: Array(bytes))) {
      return .legacy(legacy)
    }
    throw .notUTF8(offset: bytesDecoded + Self.invalidUTF8Offset(bytes))
  }

  /// The offset, from the start of `bytes`, of the first byte that does not begin a valid
  /// UTF-8 sequence.
  static func invalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int {
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let lead = bytes[index]
      let length: Int
      switch lead {
      case 0x00...0x7F: length = 1
      case 0xC2...0xDF: length = 2
      case 0xE0...0xEF: length = 3
      case 0xF0...0xF4: length = 4
      default: return index - bytes.startIndex
      }
      guard index + length <= bytes.endIndex,
        String(validating: bytes[index..<index + length], as: UTF8.self) != nil
      else { return index - bytes.startIndex }
      index += length
    }
    return bytes.count
  }
}
