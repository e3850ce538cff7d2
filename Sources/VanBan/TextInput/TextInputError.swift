import VietnameseText

/// Why ``TextInput`` could not read its input as text. Each description is one line naming the
/// input.
public enum TextInputError: Error, Sendable, Equatable, CustomStringConvertible {
  /// No file at the path.
  case notFound(path: String)
  /// The path is a folder.
  case isFolder(path: String)
  /// The file could not be opened or read; `reason` is the system's.
  case unreadable(source: String, reason: String)
  /// The bytes are not text (binary data, or neither UTF-8 nor a legacy Vietnamese encoding).
  case notText(source: String, TextDecodingError)
  /// More than `limit` bytes where a whole input is needed at once (`vanban parse`).
  case tooLarge(source: String, limit: Int)

  /// One line naming the input.
  public var description: String {
    switch self {
    case .notFound(let path): "\(path): no such file"
    case .isFolder(let path): "\(path): is a folder, not a text file"
    case .unreadable(let source, let reason): "\(source): cannot be read (\(reason))"
    case .notText(let source, let error): "\(source) \(error)"
    case .tooLarge(let source, let limit):
      "\(source) is larger than \(TextInput.byteCount(limit)), more than a dispatch holds; "
        + "split it into documents (vanban restore reads text of any size)"
    }
  }
}
