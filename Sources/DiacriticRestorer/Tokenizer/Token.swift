/// One span of a line as the restorer sees it.
///
/// Every character of the input belongs to exactly one token, so joining the tokens'
/// texts gives the input back byte for byte.
package struct Token: Sendable, Hashable {
  /// What a span is, which decides whether the restorer may change it.
  package enum Kind: Sendable, Hashable {
    /// Letters (possibly with OCR debris such as digits or `¢`): a candidate syllable.
    case word
    /// Digits.
    case number
    /// Punctuation or any other single symbol.
    case punctuation
    /// Spaces, tabs and line breaks, kept exactly.
    case whitespace
    /// A document symbol or date such as `365/BC-UBND`, `30/2020/NĐ-CP` or `28/7/2025`.
    case symbol
    /// A known abbreviation such as `UBND`, `HĐND` or `b/c`.
    case abbreviation
    /// An e-mail address.
    case email
    /// A web address.
    case url
  }

  /// The kind of span.
  package var kind: Kind
  /// The span's range in the tokenised string.
  package var range: Range<String.Index>

  /// Creates a token.
  package init(kind: Kind, range: Range<String.Index>) {
    self.kind = kind
    self.range = range
  }
}
