import ArgumentParser
import DiacriticRestorer
import Foundation

extension ModelCommand {
  /// `vanban model evaluate`: prints the restorer's accuracy per channel and its speed.
  struct Evaluate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Measure the restorer on the held-out sets in Fixtures/restorer.")

    @Option(help: "The folder holding the evaluation sets.")
    var fixtures = "Fixtures/restorer"

    @Option(help: "The model folder (default: the bundled Dictionaries).")
    var dictionaries: String?

    @Option(help: "Copies of the stripped set to restore for the speed figure.")
    var speedRepeats = 20

    /// (name, input file, truth file) of each set.
    static let sets = [
      ("stripped text (held-out corpus)", "heldout-stripped.txt", "heldout-correct.txt"),
      ("English-model OCR (typeset held-out)", "ocr-eng-output.txt", "ocr-eng-truth.txt"),
      ("seed dispatch 365/BC-UBND", "seed-dispatch-ocr.txt", "seed-dispatch-truth.txt"),
      ("Vietnamese-model OCR (degraded)", "ocr-vie-output.txt", "ocr-vie-truth.txt"),
      ("correct text (held-out corpus)", "heldout-correct.txt", "heldout-correct.txt"),
    ]

    func run() async throws {
      let clock = ContinuousClock()
      var restorer: DiacriticRestorer?
      let load = try clock.measure {
        restorer =
          try dictionaries.map { try DiacriticRestorer(modelDirectory: URL(fileURLWithPath: $0)) }
          ?? DiacriticRestorer.bundled()
      }
      guard let restorer else { return }
      print("model load: \(load)")
      let folder = URL(fileURLWithPath: fixtures)
      for (name, input, truth) in Self.sets {
        let evaluation = try RestorerEvaluation.run(
          name: name, input: folder.appendingPathComponent(input),
          truth: folder.appendingPathComponent(truth),
          restorer: restorer)
        print(evaluation)
      }
      for (name, file) in [
        ("stripped", "heldout-stripped.txt"), ("correct", "heldout-correct.txt"),
      ] {
        let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
        let big = String(repeating: text, count: speedRepeats)
        let words = big.split(whereSeparator: \.isWhitespace).count
        // CPU time as well as wall time: on a shared machine the wall clock counts other jobs.
        let cpuStart = Foundation.clock()
        let elapsed = clock.measure { _ = restorer.restore(big) }
        let cpu = Double(Foundation.clock() - cpuStart) / Double(CLOCKS_PER_SEC)
        let seconds =
          Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        print(
          "speed (\(name), \(words) words, one thread): \(Int(Double(words) / seconds)) words/s wall, "
            + "\(Int(Double(words) / cpu)) words per CPU second")
      }
    }
  }
}
