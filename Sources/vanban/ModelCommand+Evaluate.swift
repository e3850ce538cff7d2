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

    func run() async throws {
      let load = try ModelLoadTiming(modelDirectory: dictionaries.map(URL.init(fileURLWithPath:)))
      print(load)
      let folder = URL(fileURLWithPath: fixtures)
      for set in EvaluationSet.standard {
        print(try set.evaluate(load.restorer, in: folder))
      }
      // The held-out protocol: each set with tables learnt without its font or engine, then
      // with the shipping tables, which saw them.
      for set in EvaluationSet.heldOut {
        print(try set.evaluate(load.restorer, in: folder))
      }
      for set in EvaluationSet.heldOut {
        print(try set.withShippingTables.evaluate(load.restorer, in: folder))
      }
      for (name, file) in SpeedMeasurement.standardFiles {
        print(
          try SpeedMeasurement(
            name: name, file: folder.appendingPathComponent(file), repeats: speedRepeats,
            restorer: load.restorer))
      }
    }
  }
}
