import Foundation

/// The readings a document vouches for itself: words written with their marks on correct
/// lines, and words restored with confidence. A reading the document has used weighs more
/// wherever it is a candidate later on ("LÊ CHÂN" in the header makes "Lê" likelier than "Lở"
/// where OCR wrote "Lo Chân" in the body), as a cache language model does.
///
/// The weight a reading gains is `log10(1 + share × its document frequency / its corpus
/// frequency)`: a name or a rare word the document repeats gains much, a common word little.
///
/// Pairs of neighbouring words the document vouches for ("phường Lê", "Lê Chân") are kept
/// too: a unigram cannot tell the "Lê" of the ward's name from the "Lở" that English-model
/// OCR's "L&" usually is, the pair can (see ``pairBonus(_:_:)``).
package struct DocumentCache {
  /// Weighted occurrences per model ID.
  private var counts: [Float]
  /// Weighted occurrences per pair of neighbouring IDs (the first above the second).
  private var pairs: [UInt32: Float] = [:]
  /// The first words of the stored pairs, per second word: what may precede it.
  private var firsts: [UInt16: [UInt16]] = [:]
  /// The second words of the stored pairs, per first word: what may follow it.
  private var seconds: [UInt16: [UInt16]] = [:]
  /// `share / P(id)` per ID, from the model's unigrams.
  private let scale: [Float]
  private var total: Float = 0

  /// An empty cache over the vocabulary whose unigram log10 probabilities are `unigrams`.
  package init(unigrams: [Float]) {
    counts = Array(repeating: 0, count: unigrams.count)
    scale = unigrams.map { Self.share / pow(10, $0) }
  }

  /// How much the cache's distribution counts against the model's: at 0.1, a reading the
  /// document uses a hundred times more often than the corpus gains a factor of 11 (one
  /// order of magnitude) — enough to settle a near tie, not to overturn the context.
  package static let share: Float = 0.1
  /// Confidence a restored reading needs to enter the cache.
  package static let minimumConfidence = 0.9

  /// How much a pair the document vouches for once weighs: `log10(1 + pairShare × count)`,
  /// 1.0 for one occurrence and 1.3 for two; about the channel's odds of a digit or sign
  /// standing for an unusual letter ("8" or "&" for "ê").
  package static let pairShare: Float = 9

  /// Whether nothing was added.
  package var isEmpty: Bool { total == 0 }

  /// Whether no pair was added.
  package var hasNoPairs: Bool { pairs.isEmpty }

  /// Adds an occurrence of `id` with `weight` (1 for a word as written, a restoration's
  /// confidence otherwise).
  package mutating func add(_ id: UInt16, weight: Float = 1) {
    guard id >= UInt16(SpecialToken.allCases.count), Int(id) < counts.count else { return }
    counts[Int(id)] += weight
    total += weight
  }

  /// Adds an occurrence of the neighbours `first second` with `weight`; pairs with a special
  /// token are not kept.
  package mutating func addPair(_ first: UInt16, _ second: UInt16, weight: Float = 1) {
    let special = UInt16(SpecialToken.allCases.count)
    guard first >= special, second >= special, Int(first) < counts.count,
      Int(second) < counts.count
    else { return }
    let key = UInt32(first) << 16 | UInt32(second)
    if pairs[key] == nil {
      firsts[second, default: []].append(first)
      seconds[first, default: []].append(second)
    }
    pairs[key, default: 0] += weight
  }

  /// The words the document vouches for before `second`, in the order first seen.
  package func words(before second: UInt16) -> [UInt16] { firsts[second] ?? [] }

  /// The words the document vouches for after `first`, in the order first seen.
  package func words(after first: UInt16) -> [UInt16] { seconds[first] ?? [] }

  /// The log10 weight the pair `first second` gains as neighbours: 0 when the document
  /// never vouched for it.
  package func pairBonus(_ first: UInt16, _ second: UInt16) -> Float {
    guard let count = pairs[UInt32(first) << 16 | UInt32(second)] else { return 0 }
    return log10(1 + Self.pairShare * count)
  }

  /// Whether `id` was added.
  @inline(__always)
  package func contains(_ id: UInt16) -> Bool { counts[Int(id)] > 0 }

  /// The log10 weight reading `id` gains.
  @inline(__always)
  package func bonus(for id: UInt16) -> Float {
    let count = counts[Int(id)]
    guard count > 0 else { return 0 }
    return log10(1 + count * scale[Int(id)] / total)
  }
}
