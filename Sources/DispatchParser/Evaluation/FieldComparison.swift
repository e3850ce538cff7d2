import VietnameseText

/// One field of a parsed record set against the expected record.
package struct FieldComparison: Sendable, Hashable {
  /// How a field's value compares with the expected one.
  package enum Verdict: String, Sendable, Hashable, CaseIterable {
    /// Equal to the expected value (both null counts too).
    case right
    /// Less than the expected value but true as far as it goes: the printed part of a symbol
    /// whose number is handwritten ("/UBND-KTTH" for "575/UBND-KTTH"), a date of reduced
    /// precision ("2025-02" for "2025-02-04").
    case partial
    /// Null where a value was expected: an honest gap.
    case missing
    /// A value that is not the expected one, or a value where none was expected: worse than
    /// null, because a reader trusts it.
    case wrong
  }

  /// The field's path in the record ("signer.name", "references[2].date").
  package var field: String
  /// The expected value, as compared (NFC, whitespace collapsed); null when none is expected.
  package var expected: String?
  /// The parsed value, as compared.
  package var actual: String?
  /// How they compare.
  package var verdict: Verdict

  /// A comparison of `actual` with `expected` for `field`: right when equal after NFC, tone
  /// placement and whitespace collapsing, partial for a symbol's printed tail or a date's leading part,
  /// missing when `actual` is null, else wrong.
  package init(field: String, expected: String?, actual: String?) {
    self.field = field
    self.expected = expected.map(Self.normalized)
    self.actual = actual.map(Self.normalized)
    self.verdict = Self.verdict(field: field, expected: self.expected, actual: self.actual)
  }

  /// Whether the field is among those a reader of the catalogue checks first: type, number,
  /// symbol, date, place, issuer and parent, subject, urgency, the signer's authority, titles and
  /// name, and each reference's kind, symbol and date. Lists (recipients, distribution) and the
  /// references' issuers and subjects are not.
  package var isCore: Bool {
    if field.hasPrefix("references[") {
      return field.hasSuffix(".kind") || field.hasSuffix(".symbol") || field.hasSuffix(".date")
        || field == "references[extra]"
    }
    return Self.coreFields.contains(field)
  }

  /// Whether the expected record has a value here or the parse put one: fields null on both
  /// sides are not counted as labelled.
  package var isLabelled: Bool { expected != nil || actual != nil }

  private static let coreFields: Set<String> = [
    "documentType", "number", "symbol", "date", "place", "issuer.name", "issuer.parent",
    "subject", "urgency", "signer.authority", "signer.onBehalfOf", "signer.title", "signer.name",
    "signer.rank", "signer.prefix",
  ]

  private static func verdict(field: String, expected: String?, actual: String?) -> Verdict {
    guard let actual else { return expected == nil ? .right : .missing }
    guard let expected else { return .wrong }
    if actual == expected { return .right }
    let leaf = field.split(separator: ".").last.map(String.init) ?? field
    switch leaf {
    case "symbol" where actual.hasPrefix("/") && actual.count > 1 && expected.hasSuffix(actual):
      return .partial
    case "date" where actual.count < expected.count && expected.hasPrefix(actual + "-"):
      return .partial
    default:
      return .wrong
    }
  }

  /// NFC, whitespace collapsed and tone marks placed one way: "xoá" and "xóa" are one spelling.
  private static func normalized(_ value: String) -> String {
    value.precomposedStringWithCanonicalMapping.normalizingToneMarks().split(
      whereSeparator: \.isWhitespace
    ).joined(separator: " ")
  }
}
