/// One document's parse scored against its expected record, and its body's word errors when a
/// transcription of the body is at hand.
package struct DocumentEvaluation: Sendable {
  /// The document's name in its folder (`<id>.record.json`).
  package var id: String
  /// Every field, with its verdict.
  package var fields: [FieldComparison]
  /// Word errors of the read text against the transcribed body, and the body's length in words;
  /// `nil` without a transcription.
  package var body: (errors: Int, words: Int)?

  /// An evaluation from its parts.
  package init(id: String, fields: [FieldComparison], body: (errors: Int, words: Int)? = nil) {
    self.id = id
    self.fields = fields
    self.body = body
  }
}

/// Field counts by verdict over some set of fields.
package struct VerdictCounts: Sendable, Hashable {
  /// Fields per verdict.
  package var counts: [FieldComparison.Verdict: Int] = [:]

  /// Counts `fields`.
  package init(_ fields: some Sequence<FieldComparison>) {
    for field in fields { counts[field.verdict, default: 0] += 1 }
  }

  /// Fields counted.
  package var total: Int { counts.values.reduce(0, +) }

  /// Fields with `verdict`.
  package subscript(_ verdict: FieldComparison.Verdict) -> Int { counts[verdict] ?? 0 }

  /// The share of fields with `verdict`, 0 for no fields.
  package func share(_ verdict: FieldComparison.Verdict) -> Double {
    total == 0 ? 0 : Double(self[verdict]) / Double(total)
  }
}
