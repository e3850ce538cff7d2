import VietnameseText

/// What a document is found by, folded (``Swift/String/vietnameseFolded``): its symbol, its record
/// fields and its body. Each is a column of the full-text index, weighted 10, 3 and 1.
struct SearchText: Sendable, Hashable {
  /// The document's symbol ("365/bc-ubnd").
  var symbol: String
  /// Type, issuer, subject, place, signer and the references' symbols and subjects, one a line.
  var fields: String
  /// The restored text.
  var body: String

  /// The column weights of the ranking, in the order symbol, fields, body.
  static let weights = [10.0, 3.0, 1.0]

  /// The three columns from their folded texts.
  init(symbol: String, fields: String, body: String) {
    self.symbol = symbol
    self.fields = fields
    self.body = body
  }

  /// The columns of a document read: its record's fields, its references' symbols and
  /// subjects, and its restored text.
  init(fields: CatalogueEntry.Fields, references: [CatalogueEntry.ReferenceRow], text: String) {
    symbol = fields.symbol?.vietnameseFolded ?? ""
    let named: [String?] = [
      fields.typeName, fields.issuer, fields.issuerParent, fields.subject, fields.place,
      fields.signerTitle, fields.signerName,
    ]
    self.fields =
      (named + references.flatMap { [$0.symbol, $0.subject] }).compactMap { $0 }
      .joined(separator: "\n").vietnameseFolded
    body = text.vietnameseFolded
  }

  /// Empty columns, filled in later.
  init() {
    self.init(symbol: "", fields: "", body: "")
  }

  /// The words of a folded text as the index tokenizer (SQLite's `unicode61`) splits them: runs
  /// of letters and digits, lower-cased.
  static func tokens(of text: String) -> [String] {
    text.split { !$0.isLetter && !$0.isNumber }.map { $0.lowercased() }
  }
}
