import Foundation

/// The files a model is built from (`vanban model build`): the corpus and the word list of
/// the shared data folder, then the place names, read last so that ward names get their
/// proper reading (see `Dictionaries/README.md`).
///
/// ```swift
/// let sources = ModelSources(
///   shared: URL(fileURLWithPath: "../shared"),
///   adminUnits: URL(fileURLWithPath: ModelSources.defaultAdminUnits))
/// try ModelBuilder().build(
///   corpus: sources.corpus, lexicon: sources.lexicon, outputDirectory: dictionaries)
/// ```
package struct ModelSources: Sendable, Hashable {
  /// How many times each legal line counts in the shipped model.
  package static let shippedLegalWeight = 3

  /// The legal corpus files, in `corpus/` of the shared folder, in the order they are read.
  package static let corpusFiles = ["phapdien.txt.xz", "vlc-laws.txt.xz"]
  /// The general-domain corpus files, in `corpus/general/` of the shared folder: Wikipedia,
  /// literature, software documentation and news (see `../shared/README.md`).
  package static let generalFiles = [
    "viwiki.txt.xz", "viwik19.txt.xz", "viwikisum.txt.xz", "khudocmo.txt.xz", "debian-vi.txt.xz",
    "vntc-train.txt.xz",
  ]
  /// The word list whose valid syllables join the vocabulary, in the shared folder.
  package static let lexiconFile = "lexicon/pyvi-words.txt"
  /// The place names made by `Scripts/restorer/admin_units.py`, from the source checkout.
  package static let defaultAdminUnits = "Scripts/restorer/data/admin-units.txt.xz"

  /// The corpus files to count, place names last.
  package var corpus: [URL]
  /// How many times each corpus file's lines count, by file.
  ///
  /// The legal corpus (18.8M syllables) and the general one (37M words) would weigh alike at 2;
  /// the shipped model counts legal lines 3 times (``shippedLegalWeight``), which measured best
  /// for both at the model's size (legal held-out text 99.53% of words right, general 94.05%;
  /// at 2: 99.43% and 94.16%).
  package var weights: [URL: Int] = [:]
  /// The word lists.
  package var lexicon: [URL]

  /// The sources in the shared data folder `shared` (holding `corpus/` and `lexicon/`),
  /// with the place names of `adminUnits`.
  ///
  /// - Parameters:
  ///   - general: whether to read the general-domain files too.
  ///   - legalWeight: how many times each legal line counts.
  package init(
    shared: URL, adminUnits: URL, general: Bool = true, legalWeight: Int = shippedLegalWeight
  ) {
    let folder = shared.appendingPathComponent("corpus")
    let legal = Self.corpusFiles.map { folder.appendingPathComponent($0) }
    let generalFiles =
      general
      ? Self.generalFiles.map {
        folder.appendingPathComponent("general").appendingPathComponent($0)
      } : []
    corpus = legal + generalFiles + [adminUnits]
    for url in legal { weights[url] = legalWeight }
    lexicon = [shared.appendingPathComponent(Self.lexiconFile)]
  }
}
