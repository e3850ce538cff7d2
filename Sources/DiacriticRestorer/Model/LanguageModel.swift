import Foundation

/// The syllable trigram model: interpolated Kneser–Ney probabilities stored in back-off
/// form, memory-mapped from the model file and copied into lookup-friendly tables
/// (see ``NGramTable``); the mapping is released once loaded.
///
/// `log10 P(w | a b)` is the stored trigram value when `a b w` was kept, otherwise
/// `bow(a b) + log10 P(w | b)`, and likewise down to the unigram.
final class LanguageModel: Sendable {
  let vocabulary: Vocabulary
  /// Bigram values; a bigram's back-off weight is that of the context it forms.
  let bigrams: NGramTable
  /// Trigram values.
  let trigrams: NGramTable
  /// Unpacked unigram log10 probabilities: read on every back-off, so worth 4 bytes an ID.
  let unigramProbability: [Float]
  /// Unpacked unigram back-off weights.
  let unigramBackoff: [Float]

  /// A model of the parts a ``Loading`` read and built.
  fileprivate init(
    vocabulary: Vocabulary, bigrams: NGramTable, trigrams: NGramTable,
    unigramProbability: [Float], unigramBackoff: [Float]
  ) {
    self.vocabulary = vocabulary
    self.bigrams = bigrams
    self.trigrams = trigrams
    self.unigramProbability = unigramProbability
    self.unigramBackoff = unigramBackoff
  }

  /// A model file being loaded: its header, vocabulary and unigrams read and checked, its
  /// n-gram tables (most of the load's work) being built on another core while the caller
  /// reads the channel tables, which need the vocabulary only.
  ///
  /// ```swift
  /// let loading = try LanguageModel.Loading(path: path)
  /// let alphabet = loading.vocabulary.entries  // at once
  /// let model = try loading.model()            // waits for the n-gram tables
  /// ```
  final class Loading: Sendable {
    /// The model's vocabulary, read at once.
    let vocabulary: Vocabulary
    private let unigramProbability: [Float]
    private let unigramBackoff: [Float]
    private let tables: BackgroundLoad<Tables>

    /// The two n-gram tables, built together on one core.
    private struct Tables: Sendable {
      let bigrams: NGramTable
      let trigrams: NGramTable
    }

    /// Maps the file at `path`, reads and checks its header, vocabulary and unigrams, and
    /// starts building its n-gram tables on another core.
    /// - Throws: `RestorerError` when the file is missing or not a sound model file; an n-gram
    ///   entry without a key, or no memory for its table, is thrown by ``model()``.
    init(path: String) throws(RestorerError) {
      let file = try MappedFile(path: path)
      let bytes = file.bytes
      guard bytes.count >= ModelLayout.headerLength,
        Array(bytes[0..<ModelLayout.magic.count]) == ModelLayout.magic
      else { throw .corruptFile(path: path, reason: "not a VanBan language model (bad magic)") }
      func field(_ f: ModelLayout.Field) -> Int {
        Int(
          bytes.loadUnaligned(
            fromByteOffset: ModelLayout.magic.count + f.rawValue * 8, as: UInt64.self))
      }
      let count = field(.vocabularyCount)
      guard field(.order) == 3, field(.fileLength) == bytes.count,
        count > SpecialToken.allCases.count,
        count <= Int(UInt16.max)
      else {
        throw .corruptFile(path: path, reason: "header does not match the file (truncated?)")
      }
      func checked(_ offset: Int, _ length: Int) throws(RestorerError) -> UnsafeRawPointer {
        guard offset >= ModelLayout.headerLength, length >= 0, offset + length <= bytes.count,
          offset % 8 == 0,
          let base = bytes.baseAddress
        else { throw .corruptFile(path: path, reason: "a section lies outside the file") }
        return base + offset
      }
      let vocabularyBytes = try checked(field(.vocabularyOffset), field(.vocabularyLength))
      // Split on bytes: splitting the text into Characters was a twentieth of the load.
      let entries = UnsafeRawBufferPointer(start: vocabularyBytes, count: field(.vocabularyLength))
        .split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        .map { String(decoding: $0, as: UTF8.self) }
      guard entries.count == count else {
        throw .corruptFile(
          path: path, reason: "vocabulary has \(entries.count) entries, header says \(count)")
      }
      let unigrams = try checked(field(.unigramOffset), count * 2).assumingMemoryBound(
        to: UInt16.self)
      func section(_ countField: ModelLayout.Field, _ offsetField: ModelLayout.Field)
        throws(RestorerError) -> (entries: UnsafePointer<UInt64>, count: Int)
      {
        let n = field(countField)
        guard n > 0, n <= bytes.count / 8 else {
          throw .corruptFile(
            path: path, reason: "n-gram section of \(n) entries does not fit the file")
        }
        return (try checked(field(offsetField), n * 8).assumingMemoryBound(to: UInt64.self), n)
      }
      let bigramSection = try section(.bigramCount, .bigramOffset)
      let trigramSection = try section(.trigramCount, .trigramOffset)
      // The background build keeps the mapping alive until both tables are copied out of it.
      nonisolated(unsafe) let sections = (bigramSection, trigramSection)
      tables = BackgroundLoad { () throws(RestorerError) in
        defer { withExtendedLifetime(file) {} }
        return Tables(
          bigrams: try Self.table(sections.0, path: path),
          trigrams: try Self.table(sections.1, path: path))
      }
      vocabulary = Vocabulary(entries: entries)
      let packed = UnsafeBufferPointer(start: unigrams, count: count)
      unigramProbability = packed.map(ModelLayout.probability)
      unigramBackoff = packed.map(ModelLayout.backoff)
    }

    /// The model, once its n-gram tables are built (waits for them).
    /// - Throws: `RestorerError.corruptFile` when an n-gram entry has no key or the memory for
    ///   a table cannot be had.
    func model() throws(RestorerError) -> LanguageModel {
      let tables = try tables.value()
      return LanguageModel(
        vocabulary: vocabulary, bigrams: tables.bigrams, trigrams: tables.trigrams,
        unigramProbability: unigramProbability, unigramBackoff: unigramBackoff)
    }

    /// The lookup table of a file section of `count` entries.
    private static func table(
      _ section: (entries: UnsafePointer<UInt64>, count: Int), path: String
    ) throws(RestorerError) -> NGramTable {
      do { return try NGramTable(entries: section.entries, count: section.count) } catch {
        switch error {
        case .emptyEntry:
          throw .corruptFile(path: path, reason: "an n-gram entry has no key")
        case .outOfMemory:
          throw .corruptFile(
            path: path, reason: "no memory for its \(section.count)-entry n-gram table")
        }
      }
    }
  }

  /// The packed value of the bigram `a b`, or nil when it was not stored.
  @inline(__always)
  func bigramValue(_ a: UInt16, _ b: UInt16) -> UInt16? {
    bigrams.value(for: ModelLayout.key(a, b))
  }

  /// True when the bigram `a b` was seen in training.
  @inline(__always)
  func hasBigram(_ a: UInt16, _ b: UInt16) -> Bool { bigramValue(a, b) != nil }

  /// The back-off weight of the context `c2 c1`, or nil when it is no stored bigram, in
  /// which case no trigram starts with it (the builder keeps every trigram's context).
  @inline(__always)
  func context(_ c2: UInt16, _ c1: UInt16) -> Float? {
    bigramValue(c2, c1).map(ModelLayout.backoff)
  }

  /// log10 P(word | c2 c1): `c2` is two back, `c1` the previous token.
  func logProbability(_ word: UInt16, after c2: UInt16, _ c1: UInt16) -> Float {
    let bigram = bigramValue(c1, word)
    let context = context(c2, c1)
    let trigram =
      bigram != nil && context != nil ? trigrams.value(for: ModelLayout.key(c2, c1, word)) : nil
    return logProbability(word, after: c1, context: context, bigram: bigram, trigram: trigram)
  }

  /// log10 P(word | c2 c1) from the lookups already made: ``context(_:_:)`` of `c2 c1`,
  /// the bigram `c1 word` and the trigram `c2 c1 word` (which need only be looked up when
  /// both others exist: every stored trigram's context and last two tokens are stored bigrams).
  @inline(__always)
  func logProbability(
    _ word: UInt16, after c1: UInt16, context: Float?, bigram: UInt16?, trigram: UInt16?
  ) -> Float {
    guard let bigram else {
      return (context ?? 0) + unigramBackoff[Int(c1)] + unigramProbability[Int(word)]
    }
    guard let context else { return ModelLayout.probability(bigram) }
    if let trigram { return ModelLayout.probability(trigram) }
    return context + ModelLayout.probability(bigram)
  }
}
