/// Why bytes could not be read as text by ``TextInputDecoder``.
public enum TextDecodingError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A NUL byte at `offset` (counted from the start of the input): binary data, or UTF-16.
  case binary(offset: Int)
  /// Bytes at `offset` are neither UTF-8 nor a legacy Vietnamese encoding that could be told.
  case notUTF8(offset: Int)

  /// The byte offset the problem was found at.
  public var offset: Int {
    switch self {
    case .binary(let offset), .notUTF8(let offset): offset
    }
  }

  /// What was found, without the input's name (the reader adds it).
  public var description: String {
    switch self {
    case .binary(let offset):
      "looks like binary data (a NUL byte at byte \(offset)), not text"
    case .notUTF8(let offset):
      "is not valid UTF-8 text (at byte \(offset)) nor TCVN3, VNI or VISCII; "
        + "convert it first (e.g. iconv -t UTF-8)"
    }
  }
}
