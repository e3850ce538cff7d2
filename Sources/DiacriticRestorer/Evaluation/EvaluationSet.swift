import Foundation

/// One evaluation set of `Fixtures/restorer`: a restorer input and its truth, aligned line
/// by line (see `Fixtures/restorer/README.md`).
///
/// ```swift
/// for set in EvaluationSet.standard {
///   print(try set.evaluate(restorer, in: URL(fileURLWithPath: "Fixtures/restorer")))
/// }
/// ```
package struct EvaluationSet: Sendable, Hashable {
  /// The set's name in the accuracy table.
  package var name: String
  /// The file the restorer reads.
  package var input: String
  /// The file holding the right text of each input line.
  package var truth: String

  /// A set of `input` and `truth` files, named `name`.
  package init(name: String, input: String, truth: String) {
    self.name = name
    self.input = input
    self.truth = truth
  }

  /// The sets `vanban model evaluate` measures, in the order of its table.
  package static let standard = [
    EvaluationSet(
      name: "stripped text (held-out corpus)", input: "heldout-stripped.txt",
      truth: "heldout-correct.txt"),
    EvaluationSet(
      name: "stripped text (held-out general)", input: "heldout-general-stripped.txt",
      truth: "heldout-general-correct.txt"),
    EvaluationSet(
      name: "English-model OCR (typeset held-out)", input: "ocr-eng-output.txt",
      truth: "ocr-eng-truth.txt"),
    EvaluationSet(
      name: "seed dispatch 365/BC-UBND", input: "seed-dispatch-ocr.txt",
      truth: "seed-dispatch-truth.txt"),
    EvaluationSet(
      name: "Vietnamese-model OCR (degraded)", input: "ocr-vie-output.txt",
      truth: "ocr-vie-truth.txt"),
    EvaluationSet(
      name: "correct text (held-out corpus)", input: "heldout-correct.txt",
      truth: "heldout-correct.txt"),
    EvaluationSet(
      name: "correct text (held-out general)", input: "heldout-general-correct.txt",
      truth: "heldout-general-correct.txt"),
  ]

  /// Restores the set's input, read from `folder`, and compares it with its truth.
  /// - Throws: ``RestorerError/unreadableInput(path:reason:)`` for unreadable or unaligned files.
  package func evaluate(_ restorer: DiacriticRestorer, in folder: URL) throws(RestorerError)
    -> RestorerEvaluation
  {
    try RestorerEvaluation.run(
      name: name, input: folder.appendingPathComponent(input),
      truth: folder.appendingPathComponent(truth), restorer: restorer)
  }
}
