/// Language-model tokens that are not syllables; they take the first vocabulary IDs.
///
/// Numbers, document symbols and punctuation stay in the n-gram stream as classes so
/// that "ngày 01 tháng 12 năm 2025" teaches the model what surrounds a number.
enum SpecialToken: UInt16, CaseIterable {
  case none = 0
  case sentenceStart, sentenceEnd, unknown, number, symbol, punctuation
  case comma, period, semicolon, colon, openParenthesis, closeParenthesis, hyphen, slash, quote

  /// The vocabulary entry written to the model file.
  var text: String {
    switch self {
    case .none: "<none>"
    case .sentenceStart: "<s>"
    case .sentenceEnd: "</s>"
    case .unknown: "<unk>"
    case .number: "<num>"
    case .symbol: "<sym>"
    case .punctuation: "<punct>"
    case .comma: ","
    case .period: "."
    case .semicolon: ";"
    case .colon: ":"
    case .openParenthesis: "("
    case .closeParenthesis: ")"
    case .hyphen: "-"
    case .slash: "/"
    case .quote: "\""
    }
  }

  /// The class of a non-word token.
  static func forToken(kind: Token.Kind, text: Substring) -> SpecialToken {
    switch kind {
    case .number: return .number
    case .symbol, .abbreviation, .email, .url: return .symbol
    case .whitespace, .word: return .none
    case .punctuation:
      switch text.unicodeScalars.first {
      case ",": return .comma
      case ".": return .period
      case ";": return .semicolon
      case ":": return .colon
      case "(": return .openParenthesis
      case ")": return .closeParenthesis
      case "-", "–": return .hyphen
      case "/": return .slash
      case "\"", "“", "”": return .quote
      default: return .punctuation
      }
    }
  }
}
