/// The lines `vanban parse --evaluate` prints for a set of scored documents: per document its
/// fields right and its mismatches, then the totals (all fields; the labelled core fields by
/// verdict; the body word error rate where bodies were transcribed).
package struct EvaluationReport: Sendable {
  /// The scored documents.
  package let documents: [DocumentEvaluation]

  /// A report of `documents`.
  package init(_ documents: [DocumentEvaluation]) {
    self.documents = documents
  }

  /// Every field of every document.
  package var all: VerdictCounts { VerdictCounts(documents.flatMap(\.fields)) }

  /// The core fields (`FieldComparison/isCore`) that are labelled or were filled in.
  package var labelledCore: VerdictCounts {
    VerdictCounts(documents.flatMap(\.fields).filter { $0.isCore && $0.isLabelled })
  }

  /// Word errors and words over the transcribed bodies; `nil` when none was.
  package var body: (errors: Int, words: Int)? {
    let bodies = documents.compactMap(\.body)
    guard !bodies.isEmpty else { return nil }
    return (bodies.map(\.errors).reduce(0, +), bodies.map(\.words).reduce(0, +))
  }

  /// The report, line by line.
  package var lines: [String] {
    var lines: [String] = []
    for document in documents {
      let right = document.fields.filter { $0.verdict == .right }.count
      var line = "\(document.id): \(right)/\(document.fields.count)"
      if let body = document.body {
        line += " (body WER \(percent(body.errors, body.words)))"
      }
      lines.append(line)
      for field in document.fields where field.verdict != .right {
        lines.append(
          "    \(field.field): expected \(quoted(field.expected)) got \(quoted(field.actual))"
            + (field.verdict == .partial ? " [partial]" : ""))
      }
    }
    let all = all
    lines.append(
      "field accuracy: \(all[.right])/\(all.total) (\(percent(all[.right], all.total))) over "
        + "\(documents.count) documents")
    let core = labelledCore
    lines.append(
      "labelled core fields: \(core[.right])/\(core.total) right (\(percent(core[.right], core.total))), "
        + "\(core[.partial]) partial, \(core[.missing]) missing, \(core[.wrong]) wrong "
        + "(\(percent(core[.wrong], core.total)))")
    if let body {
      lines.append(
        "body word error rate: \(body.errors)/\(body.words) (\(percent(body.errors, body.words)))")
    }
    return lines
  }

  private func percent(_ part: Int, _ whole: Int) -> String {
    let value = Double(part) * 100 / Double(max(1, whole))
    return "\((value * 10).rounded() / 10)%"
  }

  private func quoted(_ value: String?) -> String { value.map { "\"\($0)\"" } ?? "null" }
}
