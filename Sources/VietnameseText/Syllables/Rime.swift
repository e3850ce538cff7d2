/// A rime (vần) of Vietnamese spelling: optional medial, nucleus and optional coda, without tone.
struct Rime: Sendable {
  /// Where a rime may follow an onset.
  enum Position: Sendable {
    /// After any onset, or none.
    case anywhere
    /// Only after a consonant: "iê…" is spelled "yê…" without one.
    case afterConsonant
    /// Only without onset or after qu ("yên", "quyết").
    case withoutOnsetOrAfterQu
    /// Only after qu, where the u is the medial ("quýt", "quỳnh").
    case afterQuOnly
  }

  var medial: String
  var nucleus: String
  var coda: String
  var medialLength: Int
  var nucleusLength: Int
  var codaLength: Int
  /// The nucleus's first letter code.
  var nucleusFirst: UInt8
  /// The nucleus's last letter code.
  var nucleusLast: UInt8
  /// Whether the coda is a stop (-p, -t, -c, -ch), which allows only sắc and nặng.
  var hasStopCoda: Bool
  var position: Position

  /// Offset of the tone mark from the start of the rime.
  func markOffset(style: ToneMarkStyle) -> Int {
    Rime.markOffset(
      medialLength: medialLength, nucleusLength: nucleusLength, nucleusFirst: nucleusFirst,
      nucleusLast: nucleusLast, hasCoda: codaLength > 0, style: style)
  }

  /// Offset of the tone mark from the start of a rime with these parts.
  ///
  /// Both styles put it on the second letter of a two-letter nucleus, except the open diphthongs
  /// ia/ya/ua/ưa, and on a one-letter nucleus; the modern style moves it to the medial of open
  /// oa, oe and uy ("hòa", "khỏe", "thủy") but never away from a shaped vowel ("thuở", "huế").
  static func markOffset(
    medialLength: Int, nucleusLength: Int, nucleusFirst: UInt8, nucleusLast: UInt8, hasCoda: Bool,
    style: ToneMarkStyle
  ) -> Int {
    if nucleusLength >= 2 {
      return !hasCoda && nucleusLast == Letter.a ? medialLength : medialLength + 1
    }
    if style == .modern, medialLength > 0, !hasCoda,
      nucleusFirst == Letter.a || nucleusFirst == Letter.e || nucleusFirst == Letter.y
    {
      return 0
    }
    return medialLength
  }
}
