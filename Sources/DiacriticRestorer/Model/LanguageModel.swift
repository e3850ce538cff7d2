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
    else { throw .corruptFile(path: path, reason: "header does not match the file (truncated?)") }
    func checked(_ offset: Int, _ length: Int) throws(RestorerError) -> UnsafeRawPointer {
      guard offset >= ModelLayout.headerLength, length >= 0, offset + length <= bytes.count,
        offset % 8 == 0,
        let base = bytes.baseAddress
      else { throw .corruptFile(path: path, reason: "a section lies outside the file") }
      return base + offset
    }
    let vocabularyBytes = try checked(field(.vocabularyOffset), field(.vocabularyLength))
    let text = String(
      decoding: UnsafeRawBufferPointer(start: vocabularyBytes, count: field(.vocabularyLength)),
      as: UTF8.self)
    let entries = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard entries.count == count else {
      throw .corruptFile(
        path: path, reason: "vocabulary has \(entries.count) entries, header says \(count)")
    }
    vocabulary = Vocabulary(entries: entries)
    let unigrams = try checked(field(.unigramOffset), count * 2).assumingMemoryBound(
      to: UInt16.self)
    func table(_ countField: ModelLayout.Field, _ offsetField: ModelLayout.Field)
      throws(RestorerError) -> NGramTable
    {
      let n = field(countField)
      guard n > 0, n <= bytes.count / 8 else {
        throw .corruptFile(
          path: path, reason: "n-gram section of \(n) entries does not fit the file")
      }
      let entries = try checked(field(offsetField), n * 8).assumingMemoryBound(to: UInt64.self)
      do { return try NGramTable(entries: entries, count: n) } catch {
        switch error {
        case .emptyEntry:
          throw .corruptFile(path: path, reason: "an n-gram entry has no key")
        case .outOfMemory:
          throw .corruptFile(path: path, reason: "no memory for its \(n)-entry n-gram table")
        }
      }
    }
    bigrams = try table(.bigramCount, .bigramOffset)
    trigrams = try table(.trigramCount, .trigramOffset)
    let packed = UnsafeBufferPointer(start: unigrams, count: count)
    unigramProbability = packed.map(ModelLayout.probability)
    unigramBackoff = packed.map(ModelLayout.backoff)
    // Everything is copied out: the mapping may go, but not before this point.
    withExtendedLifetime(file) {}
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
