/// One document's parse scored against its expected record, and its body's word errors when a
/// transcription of the body is at hand.
public struct DocumentEvaluation: Sendable {
  /// The document's name in its folder (`<id>.record.json`).
  public var id: String
  /// Every field, with its verdict.
  public var fields: [FieldComparison]
  /// Word errors of the read text against the transcribed body, and the body's length in words;
  /// `nil` without a transcription.
  public var body: (errors: Int, words: Int)?

  /// An evaluation from its parts.
  public init(id: String, fields: [FieldComparison], body: (errors: Int, words: Int)? = nil) {
    self.id = id
    self.fields = fields
    self.body = body
  }
}

/// Field counts by verdict over some set of fields.
public struct VerdictCounts: Sendable, Hashable {
  /// Fields per verdict.
  public var counts: [FieldComparison.Verdict: Int] = [:]

  /// Counts `fields`.
  public init(_ fields: some Sequence<FieldComparison>) {
    for field in fields { counts[field.verdict, default: 0] += 1 }
  }

  /// Fields counted.
  public var total: Int { counts.values.reduce(0, +) }

  /// Fields with `verdict`.
  public subscript(_ verdict: FieldComparison.Verdict) -> Int { counts[verdict] ?? 0 }

  /// The share of fields with `verdict`, 0 for no fields.
  public func share(_ verdict: FieldComparison.Verdict) -> Double {
    total == 0 ? 0 : Double(self[verdict]) / Double(total)
  }
}
