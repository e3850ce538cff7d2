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

    @Option(help: "Continuation count a bigram needs to be kept.")
    var minimumBigramCount = 1

    @Option(help: "The most trigrams to keep, the least useful backing off first (0: no cap).")
    var maximumTrigrams = ModelBuilder.Configuration.shipped.maximumTrigrams ?? 0

    @Option(help: "The most bigrams to keep, the least useful backing off first (0: no cap).")
    var maximumBigrams = ModelBuilder.Configuration.shipped.maximumBigrams ?? 0

    @Option(help: "How many times each line of the legal corpus counts.")
    var legalWeight = ModelSources.shippedLegalWeight

    @Flag(help: "Leave out the general-domain corpus (corpus/general).")
    var legalOnly = false

    func run() async throws {
      let sources = ModelSources(
        shared: URL(fileURLWithPath: shared), adminUnits: URL(fileURLWithPath: adminUnits),
        general: !legalOnly, legalWeight: legalWeight)
      var configuration = ModelBuilder.Configuration()
      configuration.minimumTrigramCount = minimumTrigramCount
      configuration.minimumBigramCount = minimumBigramCount
      configuration.maximumTrigrams = maximumTrigrams > 0 ? maximumTrigrams : nil
      configuration.maximumBigrams = maximumBigrams > 0 ? maximumBigrams : nil
      let summary = try ModelBuilder(configuration: configuration).build(
        corpus: sources.corpus, weights: sources.weights, lexicon: sources.lexicon,
        outputDirectory: URL(fileURLWithPath: output)
      ) { message in
        Diagnostics.write((message + "\n"))
      }
      print(summary)
    }
  }
}
