/// A changed word waiting for its alternatives and confidence (see ``ChangeDescriber``).
package struct ChangeRequest {
  /// The text replaced: the word, and a quote mark it took in.
  package var original: Substring
  /// The word written in its place.
  package var replacement: String
  /// The range of `original` in the input.
  package var range: Range<String.Index>
  /// The zero-based line of the word.
  package var line: Int
  /// The word's index among the decoded positions.
  package var position: Int
  /// The case of the original word.
  package var pattern: CasePattern
  /// Where the change goes in the list of changes.
  package var slot: Int

  /// A request to describe the change of `original` (at `range`, on `line`) into
  /// `replacement`, the reading chosen at `position`, into `slot` of the changes.
  package init(
    original: Substring, replacement: String, range: Range<String.Index>, line: Int,
    position: Int, pattern: CasePattern, slot: Int
  ) {
    self.original = original
    self.replacement = replacement
    self.range = range
    self.line = line
    self.position = position
    self.pattern = pattern
    self.slot = slot
  }
}
