/// The six tones of Vietnamese, in the order dictionaries list them.
///
/// The raw values are stable (0 = ngang … 5 = nặng) so models may store them.
public enum Tone: Int, Sendable, CaseIterable, Codable {
  /// Ngang: no mark ("ma").
  case level
  /// Huyền: grave accent ("mà").
  case grave
  /// Sắc: acute accent ("má").
  case acute
  /// Hỏi: hook above ("mả").
  case hook
  /// Ngã: tilde ("mã").
  case tilde
  /// Nặng: dot below ("mạ").
  case dot
}

extension Tone {
  /// The combining mark that writes this tone in decomposed (NFD) text, or `nil` for ``level``.
  public var combiningMark: Unicode.Scalar? {
    switch self {
    case .level: nil
    case .grave: "\u{0300}"
    case .acute: "\u{0301}"
    case .hook: "\u{0309}"
    case .tilde: "\u{0303}"
    case .dot: "\u{0323}"
    }
  }

  /// The tone a combining mark writes, or `nil` if the scalar is no tone mark.
  ///
  /// The deprecated tone marks U+0340 and U+0341 (which normalise to grave and acute) are
  /// accepted because some old converters emit them.
  public init?(combiningMark scalar: Unicode.Scalar) {
    switch scalar.value {
    case 0x0300, 0x0340: self = .grave
    case 0x0301, 0x0341: self = .acute
    case 0x0309: self = .hook
    case 0x0303: self = .tilde
    case 0x0323: self = .dot
    default: return nil
    }
  }

  /// Whether a syllable closed by a stop (-p, -t, -c, -ch) may carry this tone: only sắc and nặng can.
  public var isAllowedBeforeStopCoda: Bool { self == .acute || self == .dot }
}

extension Tone: CustomStringConvertible {
  /// The tone's Vietnamese name: "ngang", "huyền", "sắc", "hỏi", "ngã", "nặng".
  public var description: String {
    switch self {
    case .level: "ngang"
    case .grave: "huyền"
    case .acute: "sắc"
    case .hook: "hỏi"
    case .tilde: "ngã"
    case .dot: "nặng"
    }
  }
}
