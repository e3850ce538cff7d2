import Foundation

/// Restores Vietnamese diacritics and repairs OCR errors with a noisy-channel decoder:
/// candidates from the syllable lexicon under an OCR confusion model, scored by a
/// syllable trigram language model, decoded over each paragraph.
///
/// ```swift
/// let restorer = try DiacriticRestorer.bundled()
/// restorer.restore("Ké hoach s6 30/KH-UBND").text  // "Kế hoạch số 30/KH-UBND"
/// ```
///
/// The channel (stripped text, English-model OCR, Vietnamese-model OCR, correct text) is
/// detected per line; correct text comes back byte for byte.
public final class DiacriticRestorer: Sendable {
  /// The files a model directory must hold.
  public static let requiredFiles = [ModelLayout.fileName, "channel-eng.tsv", "channel-vie.tsv"]

  let model: LanguageModel
  let generator: CandidateGenerator
  /// The decoder's tuning.
  public let configuration: RestorerConfiguration

  /// Loads the model files from `modelDirectory` (normally `Dictionaries/`).
  /// - Throws: ``RestorerError`` naming the missing or corrupt file.
  public init(modelDirectory: URL, configuration: RestorerConfiguration = RestorerConfiguration())
    throws(RestorerError)
  {
    let model = try LanguageModel(
      path: modelDirectory.appendingPathComponent(ModelLayout.fileName).path)
    var alphabet = Set<Unicode.Scalar>()
    for entry in model.vocabulary.entries.dropFirst(SpecialToken.allCases.count) {
      alphabet.formUnion(entry.unicodeScalars)
    }
    let english = try ConfusionModel(
      path: modelDirectory.appendingPathComponent("channel-eng.tsv").path, alphabet: alphabet)
    let vietnamese = try ConfusionModel(
      path: modelDirectory.appendingPathComponent("channel-vie.tsv").path, alphabet: alphabet)
    self.model = model
    self.configuration = configuration
    generator = CandidateGenerator(
      vocabulary: model.vocabulary, english: english, vietnamese: vietnamese,
      configuration: configuration)
  }

  /// The model shipped with VanBan, from the folder ``ModelLocation`` finds:
  /// `$VANBAN_DICTIONARIES` when set, else `share/vanban/Dictionaries` beside the executable's
  /// `bin/`, else the `Dictionaries/` of the checkout the executable was built in.
  /// - Throws: ``RestorerError/dictionariesNotFound(searched:)``, or a load error naming the file.
  public static func bundled(configuration: RestorerConfiguration = RestorerConfiguration())
    throws(RestorerError)
    -> DiacriticRestorer
  {
    try DiacriticRestorer(
      modelDirectory: try ModelLocation.bundledDirectory(), configuration: configuration)
  }
}
