/// The restored text and an account of every word the restorer changed.
public struct RestorationResult: Sendable, Hashable {
  /// One reading the decoder weighed for a changed word.
  public struct Alternative: Sendable, Hashable {
    /// The word as it would be written (case applied).
    public var text: String
    /// Share of the local probability mass (0…1) given its neighbours as restored.
    public var probability: Double
  }

  /// A word the restorer changed.
  public struct Change: Sendable, Hashable {
    /// The word as it was in the input.
    public var original: String
    /// The word written in its place.
    public var replacement: String
    /// Zero-based line of the input the word is on.
    public var line: Int
    /// The word's range in the input string.
    public var range: Range<String.Index>
    /// Readings considered, best first (the replacement is one of them).
    public var alternatives: [Alternative]
    /// Probability of the replacement among the alternatives (0…1); review low values.
    public var confidence: Double
  }

  /// The restored text: the input with only the changed words replaced.
  public var text: String
  /// Every change, in input order.
  public var changes: [Change]
  /// The channel detected for each input line.
  public var channels: [Channel]
}
