import Synchronization

/// The buffers of a ``ParagraphDecoder`` that cost more to make than to clear, kept by its
/// restorer for the next restore call: the context network's share rows (worked out per typed
/// form, tens of MB when many forms were seen), the bigram memo's 16 MB and the trigram
/// cache's 768 KB. Each holds what the model alone decides: the bigram memo's lists are
/// named by IDs unique in the process.
///
/// One decoder at a time uses a scratch: ``ScratchPool`` hands each out to one caller.
final class DecoderScratch: @unchecked Sendable {
  let memo = BigramMemo()
  let trigramCache = TrigramCache()
  /// Made at the first word typed without diacritics (see ``ParagraphDecoder``).
  var contextScorer: ContextScorer?
}

/// The scratches of a restorer's finished restore calls, for the next calls to take.
final class ScratchPool: Sendable {
  /// The most scratches kept: one per concurrent call, up to this many.
  static let limit = 8

  private let idle = Mutex<[DecoderScratch]>([])

  /// A scratch no one else uses: a kept one, or a new one.
  func take() -> DecoderScratch {
    idle.withLock { $0.popLast() } ?? DecoderScratch()
  }

  /// Keeps `scratch` for a later call; its user must not touch it again.
  func give(_ scratch: DecoderScratch) {
    idle.withLock { idle in
      if idle.count < Self.limit { idle.append(scratch) }
    }
  }
}
