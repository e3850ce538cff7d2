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
  /// Confusion tables to load instead of the restorer's, as files of the evaluation folder:
  /// the held-out protocol reads a font or an engine with tables learnt without it.
  package var channelTables: [ChannelTables.Role: String]

  /// A set of `input` and `truth` files, named `name`, read with the restorer's tables but
  /// for `channelTables`.
  package init(
    name: String, input: String, truth: String, channelTables: [ChannelTables.Role: String] = [:]
  ) {
    self.name = name
    self.input = input
    self.truth = truth
    self.channelTables = channelTables
  }

  /// The held-out protocol of issue 12 (`Fixtures/restorer/heldout-font`, `heldout-engine`):
  /// Tesseract output of a font no table was learnt from (Liberation Serif, the usual face of
  /// dispatches), and the output of two engines read with pooled tables that never saw
  /// them.
  package static let heldOut = [
    EvaluationSet(
      name: "English-model OCR (held-out font)", input: "heldout-font/ocr-eng-output.txt",
      truth: "heldout-font/ocr-eng-truth.txt", channelTables: heldOutFontTables),
    EvaluationSet(
      name: "Vietnamese-model OCR (degraded, held-out font)",
      input: "heldout-font/ocr-vie-output.txt", truth: "heldout-font/ocr-vie-truth.txt",
      channelTables: heldOutFontTables),
    EvaluationSet(
      name: "gocr (held-out engine)", input: "heldout-engine/ocr-gocr-output.txt",
      truth: "heldout-engine/ocr-gocr-truth.txt",
      channelTables: [.generic: "heldout-engine/channel-generic.tsv"]),
    EvaluationSet(
      name: "ocrad (held-out engine)", input: "heldout-engine/ocr-ocrad-output.txt",
      truth: "heldout-engine/ocr-ocrad-truth.txt",
      channelTables: [.generic: "heldout-engine/channel-generic-no-ocrad.tsv"]),
  ]

  private static let heldOutFontTables: [ChannelTables.Role: String] = [
    .english: "heldout-font/channel-eng.tsv", .vietnamese: "heldout-font/channel-vie.tsv",
  ]

  /// The same set read with the restorer's own tables (for comparison with the held-out
  /// tables), its name marked so.
  package var withShippingTables: EvaluationSet {
    EvaluationSet(name: name + " [shipping tables]", input: input, truth: truth)
  }

  /// `restorer`, or the same model with this set's tables (files of `folder`) in place of its
  /// own.
  /// - Throws: ``RestorerError`` naming a missing or corrupt table.
  package func restorer(from restorer: DiacriticRestorer, in folder: URL) throws(RestorerError)
    -> DiacriticRestorer
  {
    guard !channelTables.isEmpty else { return restorer }
    var tables = restorer.channelTables
    for (role, file) in channelTables { tables[role] = folder.appendingPathComponent(file) }
    return try restorer.withChannelTables(tables)
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
    EvaluationSet(
      name: "mixed text, one line in four stripped (held-out corpus)",
      input: "heldout-mixed.txt", truth: "heldout-correct.txt"),
    EvaluationSet(
      name: "mixed text, one line in four stripped (held-out general)",
      input: "heldout-general-mixed.txt", truth: "heldout-general-correct.txt"),
  ]

  /// Restores the set's input, read from `folder`, with `restorer`'s model and the set's
  /// tables, and compares it with its truth.
  /// - Throws: ``RestorerError/unreadableInput(path:reason:)`` for unreadable or unaligned
  ///   files, or a table's load error.
  package func evaluate(_ restorer: DiacriticRestorer, in folder: URL) throws(RestorerError)
    -> RestorerEvaluation
  {
    try RestorerEvaluation.run(
      name: name, input: folder.appendingPathComponent(input),
      truth: folder.appendingPathComponent(truth),
      restorer: self.restorer(from: restorer, in: folder))
  }
}
