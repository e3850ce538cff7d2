/// One reading of a token that the decoder may choose.
package struct Candidate: Sendable {
  /// Language-model ID (`<unk>` when the original is kept unknown to the model).
  package var id: UInt16
  /// log10 P(observed token | this reading) under the line's channel.
  package var channel: Float
  /// True when choosing this candidate means leaving the token as written.
  package var keepsOriginal: Bool
}
