/// The search columns of a document in PostgreSQL: the tokens of each column as SQLite's
/// `unicode61` tokenizer cuts them, kept as one string per column, and their distinct set as a
/// `tsvector` for the GIN index.
///
/// A column's string holds each token between single spaces (" 365  bc  ubnd "), so a phrase
/// occurs in the column exactly where its own string (" bc  ubnd ") does, and counting those
/// occurrences gives the phrase frequency that BM25 weighs, as FTS5 counts instances.
struct SearchIndex: Sendable, Hashable {
  /// The symbol's tokens.
  var symbol: String
  /// The record fields' tokens.
  var fields: String
  /// The body's tokens.
  var body: String
  /// Tokens in the three columns: the document length BM25 compares with the average.
  var length: Int
  /// The distinct tokens, for the `tsvector`; tokens of over 500 bytes, and tokens beyond
  /// PostgreSQL's 1 MB `tsvector` limit, are left out of it (they can still be counted).
  var lexemes: [String]

  /// The columns of a document's folded search text.
  init(_ text: SearchText) {
    let columns = [text.symbol, text.fields, text.body].map(SearchText.tokens(of:))
    symbol = Self.delimited(columns[0])
    fields = Self.delimited(columns[1])
    body = Self.delimited(columns[2])
    length = columns.map(\.count).reduce(0, +)
    var seen: Set<String> = []
    var bytes = 0
    lexemes = []
    for token in columns.joined() where token.utf8.count <= 500 && !seen.contains(token) {
      bytes += token.utf8.count + 8
      if bytes > 1_000_000 { break }
      seen.insert(token)
      lexemes.append(token)
    }
  }

  /// `tokens` each between single spaces: the form a column and a phrase are compared in.
  static func delimited(_ tokens: [String]) -> String {
    tokens.map { " \($0) " }.joined()
  }
}
