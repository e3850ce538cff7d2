import VietnameseText

/// A user's search words turned into an FTS5 match expression over the folded index.
///
/// Both sides are folded (`vietnameseFolded` from VietnameseText), so "cai cach", "cải cách" and
/// "CẢI CÁCH" are the same query. A word that the index tokenizer would split — a symbol such as
/// "365/BC-UBND" — becomes a phrase, so its parts must appear together and in order.
public struct SearchQuery: Sendable, Hashable {
  /// The query as the user typed it.
  public var text: String
  /// The folded terms; each is one token or a phrase of several.
  public var terms: [[String]]

  /// Parses `text`.
  ///
  /// - Throws: ``CatalogueError/emptyQuery(_:)`` when no letter or digit is left.
  public init(_ text: String) throws(CatalogueError) {
    self.text = text
    terms = text.vietnameseFolded.split(whereSeparator: \.isWhitespace).map { word in
      word.split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }.filter { !$0.isEmpty }
    if terms.isEmpty { throw .emptyQuery(text) }
  }

  /// The FTS5 expression: every term must match (implicit AND), each quoted so that no word is
  /// read as an operator ("and", "or", "near").
  public var matchExpression: String {
    terms.map { "\"" + $0.joined(separator: " ") + "\"" }.joined(separator: " ")
  }
}
