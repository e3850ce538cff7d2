/// Why input could not be read as text at all. (Text that is not a dispatch is not an
/// error: it gives a record of nulls with a warning.)
public enum DispatchParserError: Error, CustomStringConvertible, Equatable, Sendable {
  /// The bytes are not text: a NUL byte, or neither UTF-8 nor TCVN3, VNI or VISCII.
  case notText(byteCount: Int, source: String)

  /// A readable explanation with the input's origin.
  public var description: String {
    switch self {
    case .notText(let byteCount, let source):
      return "\(source): \(byteCount) bytes that are not UTF-8 text"
    }
  }
}
