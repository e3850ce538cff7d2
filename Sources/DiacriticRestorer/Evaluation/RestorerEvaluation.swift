import Foundation

/// Accuracy of a restorer on line-aligned (input, truth) files: the figures reported by
/// `vanban model evaluate`.
package struct RestorerEvaluation: Sendable, CustomStringConvertible {
  /// The name of the evaluation set.
  package var name: String
  /// Reference words.
  package var words = 0
  /// Reference words the raw input already had right.
  package var correctBefore = 0
  /// Reference words right after restoration.
  package var correctAfter = 0
  /// Word edit operations before and after restoration.
  package var errorsBefore = 0
  /// Word edit operations after restoration.
  package var errorsAfter = 0
  /// Input words the restorer changed.
  package var changedWords = 0
  /// Input words in total.
  package var inputWords = 0

  /// Share of reference words right after restoration.
  package var accuracy: Double { words == 0 ? 0 : Double(correctAfter) / Double(words) }
  /// Share of reference words right in the raw input.
  package var baseline: Double { words == 0 ? 0 : Double(correctBefore) / Double(words) }
  /// Relative cut in word errors (1 = all fixed, negative = made worse).
  package var errorReduction: Double {
    errorsBefore == 0 ? 0 : 1 - Double(errorsAfter) / Double(errorsBefore)
  }
  /// Share of input words left exactly as they were.
  package var unchanged: Double {
    inputWords == 0 ? 1 : 1 - Double(changedWords) / Double(inputWords)
  }

  /// Restores every line of `input` and compares it with the same line of `truth`.
  /// - Throws: ``RestorerError/unreadableInput(path:reason:)`` for unreadable or unaligned files.
  package static func run(
    name: String, input: URL, truth: URL, restorer: DiacriticRestorer
  ) throws(RestorerError) -> RestorerEvaluation {
    let inputText = try read(input)
    let truthText = try read(truth)
    let inputLines = inputText.split(separator: "\n", omittingEmptySubsequences: false)
    let truthLines = truthText.split(separator: "\n", omittingEmptySubsequences: false)
    guard inputLines.count == truthLines.count else {
      throw .unreadableInput(
        path: input.path,
        reason: "\(inputLines.count) lines but \(truth.lastPathComponent) has \(truthLines.count)")
    }
    let result = restorer.restore(inputText)
    let restoredLines = result.text.split(separator: "\n", omittingEmptySubsequences: false)
    var evaluation = RestorerEvaluation(name: name)
    evaluation.changedWords = result.changes.count
    for (index, truthLine) in truthLines.enumerated() {
      let before = WordAlignment.score(
        reference: String(truthLine), hypothesis: String(inputLines[index]))
      let after = WordAlignment.score(
        reference: String(truthLine), hypothesis: String(restoredLines[index]))
      evaluation.words += before.total
      evaluation.correctBefore += before.correct
      evaluation.correctAfter += after.correct
      evaluation.errorsBefore += before.errors
      evaluation.errorsAfter += after.errors
      evaluation.inputWords += WordAlignment.words(String(inputLines[index])).count
    }
    return evaluation
  }

  private static func read(_ url: URL) throws(RestorerError) -> String {
    do { return try String(contentsOf: url, encoding: .utf8) } catch {
      throw .unreadableInput(path: url.path, reason: "\(error)")
    }
  }

  /// One line: accuracy before → after, error cut and words changed.
  package var description: String {
    func percent(_ value: Double) -> String { String(format: "%.2f%%", value * 100) }
    return "\(name): \(words) words, accuracy \(percent(baseline)) → \(percent(accuracy)), "
      + "word errors \(errorsBefore) → \(errorsAfter) (cut \(percent(errorReduction))), "
      + "changed \(changedWords)/\(inputWords) words (unchanged \(percent(unchanged)))"
  }
}
