import Foundation

/// A document's own Vietnamese-model OCR error rate, measured on a first decoding, and how
/// much likelier that makes a repair than the confusion table says.
///
/// The table's rates were counted over many pages; one document is cleaner or worse. The
/// share of words the first decoding changed on its Vietnamese-model OCR lines, set against
/// the share the table expects (its letter error rate over a syllable's letters), scales the
/// probability of every confusion: a badly degraded page gets more repairs, a clean one fewer.
///
/// Measured on the evaluation sets (`vanban model evaluate`): the first decoding changes
/// about a third of the words a degraded page has wrong (171 changes for 503 errors), so a
/// rate above the table's counts twice in the log ratio; below it, half, since the few
/// changes of a clean page are mostly right already. A short document says little: its
/// rate is drawn towards the table's as if ``priorWords`` words at that rate had been seen.
package struct ChannelAdaptation: Sendable, Hashable {
  /// log10 of the factor applied to the channel probability of every change.
  package var logScale: Float

  /// No adaptation: the table's rates as they are.
  package static let none = ChannelAdaptation(logScale: 0)

  /// Words a document must have on Vietnamese-model OCR lines for its rate to be measured.
  package static let minimumWords = 20
  /// Words on Vietnamese-model OCR lines the first decoding reads at most (whole runs of such
  /// lines, so a few more): several pages. Fewer let the prior outweigh a clean document's
  /// own low rate: with 600, correct general text that looks like OCR in places (3,727 such
  /// words) got 11 changes instead of 7.
  package static let sampleWords = 4000
  /// Words at the table's rate the document's rate is drawn towards.
  static let priorWords = 400.0
  /// Average letters of a syllable, for the table's word error rate.
  static let lettersPerWord = 3.6
  /// Weights of the log ratio above and below the table's rate.
  static let gainAbove: Float = 2
  static let gainBelow: Float = 0.5
  /// The most the scale may move either way (log10).
  static let limit: Float = 1

  /// The scale for `changed` words of `words` on Vietnamese-model OCR lines, when the
  /// table misreads `letterErrorRate` of letters.
  package init(changed: Int, words: Int, letterErrorRate: Double) {
    guard words >= Self.minimumWords, letterErrorRate > 0 else {
      logScale = 0
      return
    }
    let expected = 1 - pow(1 - letterErrorRate, Self.lettersPerWord)
    let observed =
      (Double(changed) + expected * Self.priorWords) / (Double(words) + Self.priorWords)
    let ratio = Float(log10(observed / expected))
    let scaled = ratio * (ratio > 0 ? Self.gainAbove : Self.gainBelow)
    logScale = max(-Self.limit, min(Self.limit, scaled))
  }

  private init(logScale: Float) { self.logScale = logScale }
}
