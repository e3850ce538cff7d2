import Foundation

/// The readings a document vouches for itself: words written with their marks on correct
/// lines, and words restored with confidence. A reading the document has used weighs more
/// wherever it is a candidate later on ("LÊ CHÂN" in the header makes "Lê" likelier than "Lở"
/// where OCR wrote "Lo Chân" in the body), as a cache language model does.
///
/// The weight a reading gains is `log10(1 + share × its document frequency / its corpus
/// frequency)`: a name or a rare word the document repeats gains much, a common word little.
package struct DocumentCache {
  /// Weighted occurrences per model ID.
  private var counts: [Float]
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

  /// Whether nothing was added.
  package var isEmpty: Bool { total == 0 }

  /// Adds an occurrence of `id` with `weight` (1 for a word as written, a restoration's
  /// confidence otherwise).
  package mutating func add(_ id: UInt16, weight: Float = 1) {
    guard id >= UInt16(SpecialToken.allCases.count), Int(id) < counts.count else { return }
    counts[Int(id)] += weight
    total += weight
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
