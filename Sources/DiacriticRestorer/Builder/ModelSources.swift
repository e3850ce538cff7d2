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
  /// The corpus files, in `corpus/` of the shared folder, in the order they are read.
  package static let corpusFiles = ["phapdien.txt.xz", "vlc-laws.txt.xz"]
  /// The word list whose valid syllables join the vocabulary, in the shared folder.
  package static let lexiconFile = "lexicon/pyvi-words.txt"
  /// The place names made by `Scripts/restorer/admin_units.py`, from the source checkout.
  package static let defaultAdminUnits = "Scripts/restorer/data/admin-units.txt.xz"

  /// The corpus files to count, place names last.
  package var corpus: [URL]
  /// The word lists.
  package var lexicon: [URL]

  /// The sources in the shared data folder `shared` (holding `corpus/` and `lexicon/`),
  /// with the place names of `adminUnits`.
  package init(shared: URL, adminUnits: URL) {
    corpus =
      Self.corpusFiles.map {
        shared.appendingPathComponent("corpus").appendingPathComponent($0)
      } + [adminUnits]
    lexicon = [shared.appendingPathComponent(Self.lexiconFile)]
  }
}
