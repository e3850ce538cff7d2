/// One reading of a token that the decoder may choose.
struct Candidate: Sendable {
  /// Language-model ID (`<unk>` when the original is kept unknown to the model).
  var id: UInt16
  /// log10 P(observed token | this reading) under the line's channel.
  var channel: Float
  /// True when choosing this candidate means leaving the token as written.
  var keepsOriginal: Bool
}
