import Foundation

/// The syllable trigram model: interpolated Kneser–Ney probabilities stored in back-off
/// form, read straight from a memory-mapped file.
///
/// `log10 P(w | a b)` is the stored trigram value when `a b w` was kept, otherwise
/// `bow(a b) + log10 P(w | b)`, and likewise down to the unigram.
final class LanguageModel: Sendable {
  let vocabulary: Vocabulary
  private let file: MappedFile
  private let bigrams: NGramTable
  private let trigrams: NGramTable
  // Unpacked unigram values: read on every back-off, so worth 2 × 4 bytes per syllable.
  private let unigramProbability: [Float]
  private let unigramBackoff: [Float]

  init(path: String) throws(RestorerError) {
    let file = try MappedFile(path: path)
    self.file = file
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
    func table(_ slots: ModelLayout.Field, _ keys: ModelLayout.Field, _ values: ModelLayout.Field)
      throws(RestorerError) -> NGramTable
    {
      let n = field(slots)
      guard n > 0 else { throw .corruptFile(path: path, reason: "empty n-gram table") }
      return NGramTable(
        keys: try checked(field(keys), n * 8).assumingMemoryBound(to: UInt64.self),
        values: try checked(field(values), n * 2).assumingMemoryBound(to: UInt16.self), slots: n)
    }
    bigrams = try table(.bigramSlots, .bigramKeys, .bigramValues)
    trigrams = try table(.trigramSlots, .trigramKeys, .trigramValues)
    let packed = UnsafeBufferPointer(start: unigrams, count: count)
    unigramProbability = packed.map(ModelLayout.probability)
    unigramBackoff = packed.map(ModelLayout.backoff)
  }

  /// log10 P(word | previous two): `c2` is two back, `c1` the previous token.
  @inline(__always)
  func logProbability(_ word: UInt16, after c2: UInt16, _ c1: UInt16) -> Float {
    logProbability(word, after: c2, c1, backoff: contextBackoff(c2, c1))
  }

  /// The back-off weight of the two-token context `c2 c1` (0 when it was never seen).
  @inline(__always)
  func contextBackoff(_ c2: UInt16, _ c1: UInt16) -> Float {
    guard let value = bigrams.value(for: ModelLayout.key(c2, c1)) else { return 0 }
    return ModelLayout.backoff(value)
  }

  /// log10 P(word | previous) from the bigram level down.
  @inline(__always)
  func logProbability(_ word: UInt16, after c1: UInt16) -> Float {
    if let value = bigrams.value(for: ModelLayout.key(c1, word)) {
      return ModelLayout.probability(value)
    }
    return unigramBackoff[Int(c1)] + unigramProbability[Int(word)]
  }

  /// log10 P(word | previous two) when the context's back-off weight is already known,
  /// which saves a lookup per candidate inside the decoder.
  @inline(__always)
  func logProbability(_ word: UInt16, after c2: UInt16, _ c1: UInt16, backoff: Float) -> Float {
    logProbability(word, after: c2, c1, backoff: backoff, bigram: bigramValue(c1, word))
  }

  /// The packed value of the bigram `a b`, or nil when it was not stored.
  @inline(__always)
  func bigramValue(_ a: UInt16, _ b: UInt16) -> UInt16? {
    bigrams.value(for: ModelLayout.key(a, b))
  }

  /// log10 P(word | c2 c1) given the context's back-off weight and the bigram `c1 word`
  /// already looked up (the decoder shares that lookup between states).
  @inline(__always)
  func logProbability(
    _ word: UInt16, after c2: UInt16, _ c1: UInt16, backoff: Float, bigram: UInt16?
  ) -> Float {
    // Every stored trigram's last two tokens are a stored bigram, so an unseen bigram
    // answers without touching the (larger, colder) trigram table.
    guard let bigram else {
      return backoff + unigramBackoff[Int(c1)] + unigramProbability[Int(word)]
    }
    if let value = trigrams.value(for: ModelLayout.key(c2, c1, word)) {
      return ModelLayout.probability(value)
    }
    return backoff + ModelLayout.probability(bigram)
  }

  /// True when the bigram `a b` was seen in training: the cheap test of whether a word
  /// of correct-looking text fits its neighbours.
  @inline(__always)
  func hasBigram(_ a: UInt16, _ b: UInt16) -> Bool {
    bigrams.value(for: ModelLayout.key(a, b)) != nil
  }

  /// The unigram log10 probability of a token.
  func unigramLogProbability(_ word: UInt16) -> Float { unigramProbability[Int(word)] }
}
