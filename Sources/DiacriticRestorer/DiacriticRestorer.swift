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
  public static let requiredFiles =
    [ModelLayout.fileName] + ChannelTables.Role.allCases.map(\.fileName)

  let model: LanguageModel
  let generator: CandidateGenerator
  /// The decoder's tuning.
  public let configuration: RestorerConfiguration
  /// The files the OCR confusion tables were loaded from.
  package let channelTables: ChannelTables

  /// Loads the model files from `modelDirectory` (normally `Dictionaries/`).
  /// - Throws: ``RestorerError`` naming the missing or corrupt file.
  public convenience init(
    modelDirectory: URL, configuration: RestorerConfiguration = RestorerConfiguration()
  ) throws(RestorerError) {
    try self.init(
      modelDirectory: modelDirectory, channelTables: ChannelTables(modelDirectory: modelDirectory),
      configuration: configuration)
  }

  /// Loads the language model from `modelDirectory` and the OCR confusion tables from
  /// `channelTables`, which may lie elsewhere (the held-out tables of the evaluation).
  /// - Throws: ``RestorerError`` naming the missing or corrupt file.
  package convenience init(
    modelDirectory: URL, channelTables: ChannelTables,
    configuration: RestorerConfiguration = RestorerConfiguration()
  ) throws(RestorerError) {
    let model = try LanguageModel(
      path: modelDirectory.appendingPathComponent(ModelLayout.fileName).path)
    try self.init(model: model, channelTables: channelTables, configuration: configuration)
  }

  private init(
    model: LanguageModel, channelTables: ChannelTables, configuration: RestorerConfiguration
  ) throws(RestorerError) {
    var alphabet = Set<Unicode.Scalar>()
    for entry in model.vocabulary.entries.dropFirst(SpecialToken.allCases.count) {
      alphabet.formUnion(entry.unicodeScalars)
    }
    // The English table is read on another core while the pooled and Vietnamese ones (which
    // takes the pooled one's counts) are read here; errors are thrown in the order the tables
    // were read in one after another: pooled, English, Vietnamese.
    let englishPath = channelTables.english.path
    let frozenAlphabet = alphabet
    let englishLoad = BackgroundLoad { () throws(RestorerError) in
      try ConfusionModel(path: englishPath, alphabet: frozenAlphabet)
    }
    let generic: ConfusionModel
    do {
      generic = try ConfusionModel(
        path: channelTables.generic.path, alphabet: alphabet,
        wildcards: ConfusionModel.placeholders)
    } catch {
      _ = try? englishLoad.value()
      throw error
    }
    let vietnameseLoad: Result<ConfusionModel, RestorerError>
    do {
      vietnameseLoad = .success(
        try ConfusionModel(
          path: channelTables.vietnamese.path, alphabet: alphabet, floor: generic.characterCounts,
          floorWeight: ConfusionModel.pooledFloorWeight))
    } catch {
      vietnameseLoad = .failure(error)
    }
    let english = try englishLoad.value()
    let vietnamese = try vietnameseLoad.get()
    self.model = model
    self.configuration = configuration
    self.channelTables = channelTables
    generator = CandidateGenerator(
      vocabulary: model.vocabulary, english: english, vietnamese: vietnamese, generic: generic,
      configuration: configuration)
  }

  /// This restorer's language model with the confusion tables of `channelTables`: the
  /// held-out evaluation swaps tables without loading the model again.
  /// - Throws: ``RestorerError`` naming the missing or corrupt table.
  package func withChannelTables(_ channelTables: ChannelTables) throws(RestorerError)
    -> DiacriticRestorer
  {
    try DiacriticRestorer(model: model, channelTables: channelTables, configuration: configuration)
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
