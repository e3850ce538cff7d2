import ArgumentParser
import DiacriticRestorer
import Foundation
import VanBan

/// `vanban model`: rebuilds and measures the diacritic restorer's model.
struct ModelCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "model",
    abstract: "Build or evaluate the diacritic restorer's language model.",
    subcommands: [Build.self, Evaluate.self])

  /// `vanban model build`: counts the shared corpus into `Dictionaries/restorer-lm.bin`.
  struct Build: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Rebuild Dictionaries/restorer-lm.bin from the shared corpus and lexicon.")

    @Option(help: "The shared data folder (holding corpus/ and lexicon/).")
    var shared = "../shared"

    @Option(help: "Ward, district and province names (made by Scripts/restorer/admin_units.py).")
    var adminUnits = ModelSources.defaultAdminUnits

    @Option(help: "Where to write the model.")
    var output = "Dictionaries"

    @Option(help: "Occurrences a trigram needs to be kept.")
    var minimumTrigramCount = 1

    func run() async throws {
      let sources = ModelSources(
        shared: URL(fileURLWithPath: shared), adminUnits: URL(fileURLWithPath: adminUnits))
      var configuration = ModelBuilder.Configuration()
      configuration.minimumTrigramCount = minimumTrigramCount
      let summary = try ModelBuilder(configuration: configuration).build(
        corpus: sources.corpus, lexicon: sources.lexicon,
        outputDirectory: URL(fileURLWithPath: output)
      ) { message in
        Diagnostics.write((message + "\n"))
      }
      print(summary)
    }
  }
}
