import Foundation

/// Field-level comparison of parsed records against expected ones, for tests and benchmarks.
///
/// Fields compared (confidence and warnings are not): `documentType`, `number`, `symbol`,
/// `date`, `place`, `issuer.name`, `issuer.parent`, `subject`, `recipients` (the whole list),
/// each expected reference's seven fields (references are paired by symbol, else by kind and
/// date; then those left by number and date, so a citation whose symbol OCR garbled is scored
/// field by field, and symbol-less ones by kind and subject, so a law whose date OCR garbled is
/// too; each unexpected extra reference counts as one wrong field), `signer.authority`,
/// `signer.onBehalfOf`, `signer.title`, `signer.name`, `signer.rank`, `distribution` (the whole
/// list), `urgency`, `confidentiality` and `copy`. Text is compared in NFC with whitespace collapsed.
///
/// ```swift
/// let score = ParserEvaluation.fieldAccuracy(expected: truth, actual: DispatchParser().parse(text))
/// print("\(score.correct)/\(score.total)", score.mismatches)
/// ```
package enum ParserEvaluation {
  /// Counts the fields of `actual` equal to those of `expected`.
  ///
  /// - Returns: the number of correct fields, the number compared, and one line per mismatch
  ///   (`field: expected … got …`).
  package static func fieldAccuracy(expected: DispatchRecord, actual: DispatchRecord) -> (
    correct: Int, total: Int, mismatches: [String]
  ) {
    let fields = comparisons(expected: expected, actual: actual)
    let mismatches = fields.filter { $0.verdict != .right }.map { field in
      "\(field.field): expected \(quoted(field.expected)) got \(quoted(field.actual))"
    }
    return (fields.count - mismatches.count, fields.count, mismatches)
  }

  /// Every field of `actual` set against `expected`, in the record's order, with its verdict.
  package static func comparisons(expected: DispatchRecord, actual: DispatchRecord)
    -> [FieldComparison]
  {
    var tally = Tally()
    tally.compare(
      "documentType", expected.documentType.map(describe), actual.documentType.map(describe))
    tally.compare("number", expected.number, actual.number)
    tally.compare("symbol", expected.symbol, actual.symbol)
    tally.compare("date", expected.date, actual.date)
    tally.compare("place", expected.place, actual.place)
    tally.compare("issuer.name", expected.issuer?.name, actual.issuer?.name)
    tally.compare("issuer.parent", expected.issuer?.parent, actual.issuer?.parent)
    tally.compare("subject", expected.subject, actual.subject)
    tally.compare("recipients", list(expected.recipients), list(actual.recipients))
    compareReferences(expected.references, actual.references, into: &tally)
    tally.compare("signer.authority", expected.signer?.authority, actual.signer?.authority)
    tally.compare("signer.onBehalfOf", expected.signer?.onBehalfOf, actual.signer?.onBehalfOf)
    tally.compare("signer.title", expected.signer?.title, actual.signer?.title)
    tally.compare("signer.name", expected.signer?.name, actual.signer?.name)
    tally.compare("signer.rank", expected.signer?.rank, actual.signer?.rank)
    tally.compare("distribution", list(expected.distribution), list(actual.distribution))
    tally.compare("urgency", expected.urgency, actual.urgency)
    tally.compare("confidentiality", expected.confidentiality, actual.confidentiality)
    tally.compare("copy", expected.copy.map(describe), actual.copy.map(describe))
    return tally.fields
  }

  private struct Tally {
    var fields: [FieldComparison] = []

    mutating func compare(_ field: String, _ expected: String?, _ actual: String?) {
      fields.append(FieldComparison(field: field, expected: expected, actual: actual))
    }
  }

  private static func quoted(_ value: String?) -> String { value.map { "\"\($0)\"" } ?? "null" }

  private static func compareReferences(
    _ expected: [Reference], _ actual: [Reference], into tally: inout Tally
  ) {
    var unused = Set(actual.indices)
    var pairs: [Int: Int] = [:]
    // Symbol first; a reference whose symbol OCR garbled is still the same citation when its
    // number and date agree (its symbol field then counts as wrong, not all seven).
    let rules: [(Reference, Reference) -> Bool] = [
      { want, got in
        if let symbol = want.symbol { return got.symbol == symbol }
        return got.symbol == nil && got.kind == want.kind && got.date == want.date
      },
      { want, got in
        want.number != nil && want.date != nil && got.number == want.number
          && got.date == want.date
      },
      // A law cited by name whose date OCR garbled is the same citation by kind and name.
      { want, got in
        want.symbol == nil && got.symbol == nil && want.subject != nil && got.kind == want.kind
          && got.subject == want.subject
      },
    ]
    for rule in rules {
      for (number, want) in expected.enumerated() where pairs[number] == nil {
        if let index = unused.sorted().first(where: { rule(want, actual[$0]) }) {
          pairs[number] = index
          unused.remove(index)
        }
      }
    }
    for (number, want) in expected.enumerated() {
      let got = pairs[number].map { actual[$0] }
      let prefix = "references[\(number)]"
      tally.compare(prefix + ".kind", want.kind, got?.kind)
      tally.compare(prefix + ".typeCode", want.typeCode, got?.typeCode)
      tally.compare(prefix + ".number", want.number, got?.number)
      tally.compare(prefix + ".symbol", want.symbol, got?.symbol)
      tally.compare(prefix + ".date", want.date, got?.date)
      tally.compare(prefix + ".issuer", want.issuer, got?.issuer)
      tally.compare(prefix + ".subject", want.subject, got?.subject)
    }
    for index in unused.sorted() {
      let extra = actual[index]
      tally.compare(
        "references[extra]", nil, "\(extra.kind ?? "?") \(extra.symbol ?? extra.subject ?? "?")")
    }
  }

  private static func describe(_ type: DocumentType) -> String {
    "\(type.code ?? "null") \(type.name)"
  }

  private static func describe(_ copy: DocumentCopy) -> String {
    [copy.kind, copy.number, copy.symbol, copy.date, copy.issuer].map { $0 ?? "null" }.joined(
      separator: " | ")
  }

  private static func list(_ items: [String]) -> String { items.joined(separator: " ‖ ") }
}
