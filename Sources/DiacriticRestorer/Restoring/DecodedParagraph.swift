/// One paragraph as ``ParagraphDecoder`` decoded it: a position per token other than
/// whitespace, with the readings weighed there and the one chosen.
package struct DecodedParagraph {
  /// The token index of each position.
  package private(set) var owners: [Int] = []
  /// What the language model sees at each position: the word's ID, a repair's, or a
  /// special token (`<num>`, `<sym>`, a punctuation mark).
  package private(set) var identities: [UInt16] = []
  /// The readings weighed at each position (one, kept as written, for words not decoded).
  package private(set) var positions: [[Candidate]] = []
  /// The channel each position's word was read under; nil for a position kept as written
  /// without weighing alternatives, and for lone digits.
  package private(set) var readings: [Channel?] = []
  /// The ID of each position's candidate list, for ``BigramMemo``.
  private(set) var lists: [UInt64] = []
  /// Per position, the weight of each (reading of the position before, reading here) pair
  /// the document vouches for, row by row; empty when no position has one.
  var pairBonuses: [[Float]?] = []
  /// The index of the chosen candidate at each position.
  package internal(set) var choices: [Int] = []
  /// The bigram value (-1 when absent) of the two tokens before each position along the
  /// chosen path, and after the last one: the context each word was scored in.
  var contexts: [Int32] = []

  /// The reading chosen at `position`.
  package func chosen(at position: Int) -> Candidate {
    positions[position][choices[position]]
  }

  /// The ID of the reading chosen at `position`, `<s>` before the paragraph and `</s>`
  /// after it: the context of its neighbours.
  func contextID(at position: Int) -> UInt16 {
    if position < 0 { return SpecialToken.sentenceStart.rawValue }
    if position >= positions.count { return SpecialToken.sentenceEnd.rawValue }
    return positions[position][choices[position]].id
  }

  /// Empties the paragraph, keeping its buffers for the next one.
  mutating func removeAll() {
    owners.removeAll(keepingCapacity: true)
    identities.removeAll(keepingCapacity: true)
    positions.removeAll(keepingCapacity: true)
    lists.removeAll(keepingCapacity: true)
    readings.removeAll(keepingCapacity: true)
    pairBonuses.removeAll()
    choices.removeAll(keepingCapacity: true)
  }

  /// Adds a position for token `owner`, seen by the language model as `identity`.
  @inline(__always)
  mutating func appendOwner(_ owner: Int, identity: UInt16) {
    owners.append(owner)
    identities.append(identity)
  }

  /// Gives the next position without readings its candidate list.
  @inline(__always)
  mutating func appendCandidates(
    _ candidates: consuming [Candidate], list: UInt64, reading: Channel? = nil
  ) {
    positions.append(candidates)
    lists.append(list)
    readings.append(reading)
  }

  /// Replaces the readings of `position`, and the ID of its list.
  mutating func replaceCandidates(at position: Int, with candidates: [Candidate], list: UInt64) {
    positions[position] = candidates
    lists[position] = list
  }
}
