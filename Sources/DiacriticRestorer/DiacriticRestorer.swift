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
  /// The network that weighs readings of words typed without diacritics by their typed
  /// neighbours, when the model directory holds one.
  let context: ContextModel?
  let generator: CandidateGenerator
  /// The generator's readings, kept across restore calls.
  let readingCache = ReadingCache()
  /// The decoders' buffers, kept across restore calls.
  let scratchPool: ScratchPool
  /// The decoder's tuning.
  public let configuration: RestorerConfiguration
  /// The files the OCR confusion tables were loaded from.
  package let channelTables: ChannelTables
  /// Whether the pooled confusions are already one document's own
  /// (``adapted(to:with:)``), which are not adapted again.
  let isAdaptedToDocument: Bool

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
    // The language model's n-gram tables are built on another core while the channel tables
    // are read and the candidate generator made, which need its vocabulary only.
    let loading = try LanguageModel.Loading(
      path: modelDirectory.appendingPathComponent(ModelLayout.fileName).path)
    let contextPath = modelDirectory.appendingPathComponent(ContextModel.fileName).path
    let context: ContextModel?
    do {
      context =
        FileManager.default.fileExists(atPath: contextPath)
        ? try ContextModel(path: contextPath, vocabulary: loading.vocabulary) : nil
    } catch {
      _ = try loading.model()
      throw error
    }
    try self.init(
      vocabulary: loading.vocabulary, model: loading.model, context: context,
      channelTables: channelTables, configuration: configuration)
  }

  /// A restorer of `vocabulary`, whose language model `model` gives once the channel tables
  /// are read.
  private init(
    vocabulary: Vocabulary, model finishedModel: () throws(RestorerError) -> LanguageModel,
    context: ContextModel?, channelTables: ChannelTables, configuration: RestorerConfiguration
  ) throws(RestorerError) {
    var alphabet = Set<Unicode.Scalar>()
    for entry in vocabulary.entries.dropFirst(SpecialToken.allCases.count) {
      alphabet.formUnion(entry.unicodeScalars)
    }
    // The English table is read on another core while the pooled and Vietnamese ones (which
    // takes the pooled one's counts) are read here; errors are thrown in the order the files
    // were read in one after another: language model, pooled, English, Vietnamese.
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
      _ = try finishedModel()
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
    let english: ConfusionModel
    let vietnamese: ConfusionModel
    do {
      english = try englishLoad.value()
      vietnamese = try vietnameseLoad.get()
    } catch {
      _ = try finishedModel()
      throw error
    }
    self.configuration = configuration
    self.channelTables = channelTables
    self.context = context
    isAdaptedToDocument = false
    scratchPool = ScratchPool()
    generator = CandidateGenerator(
      vocabulary: vocabulary, english: english, vietnamese: vietnamese, generic: generic,
      configuration: configuration)
    model = try finishedModel()
  }

  /// This restorer's model with `generic`, a document's own pooled confusions, in place of
  /// the pooled table's (see ``adapted(to:with:)``).
  init(adaptedFrom restorer: DiacriticRestorer, generic: ConfusionModel) {
    model = restorer.model
    context = restorer.context
    configuration = restorer.configuration
    channelTables = restorer.channelTables
    generator = restorer.generator.replacingGeneric(with: generic)
    // Same model and network: the same buffers serve; the readings differ (another table).
    scratchPool = restorer.scratchPool
    isAdaptedToDocument = true
  }

  /// This restorer's language model with the confusion tables of `channelTables`: the
  /// held-out evaluation swaps tables without loading the model again.
  /// - Throws: ``RestorerError`` naming the missing or corrupt table.
  package func withChannelTables(_ channelTables: ChannelTables) throws(RestorerError)
    -> DiacriticRestorer
  {
    try DiacriticRestorer(
      vocabulary: model.vocabulary, model: { [model] () throws(RestorerError) in model },
      context: context, channelTables: channelTables, configuration: configuration)
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
