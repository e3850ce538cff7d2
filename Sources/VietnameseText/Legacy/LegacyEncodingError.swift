/// Why text could not be written in a legacy encoding.
public enum LegacyEncodingError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The character has no byte (or byte pair) in the encoding; `offset` counts characters from the start.
  case unencodable(character: Character, offset: Int, encoding: LegacyEncoding)

  /// A sentence naming the character, its position and the encoding.
  public var description: String {
    switch self {
    case .unencodable(let character, let offset, let encoding):
      let code = character.unicodeScalars.map {
        "U+" + String($0.value, radix: 16, uppercase: true)
      }
      return
        "\(encoding) cannot encode “\(character)” (\(code.joined(separator: " "))) at character \(offset)"
    }
  }
}
