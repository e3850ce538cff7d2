import DiacriticRestorer

extension DiacriticRestorer {
  /// Restores one block of a longer input, as ``DiacriticRestorer/restore(_:)`` does, with the
  /// changes' lines counted from the start of the input (their ranges index the block's text).
  ///
  /// ```swift
  /// while let block = try input.nextBlock() {
  ///   let result = restorer.restore(block)
  ///   write(result.text)
  /// }
  /// ```
  public func restore(_ block: TextBlock) -> RestorationResult {
    var result = restore(block.text)
    for index in result.changes.indices { result.changes[index].line += block.firstLine }
    return result
  }

  /// Restores text of any length block by block (see `TextBlocks`), so memory depends on the
  /// block size, not on the text's: text up to `limit` bytes is restored in one piece, exactly
  /// as ``DiacriticRestorer/restore(_:)`` restores it.
  public func restoreInBlocks(_ text: String, limit: Int = TextInput.blockLimit) -> String {
    var blocks = TextBlocks(limit: limit, source: "text")
    blocks.append(text)
    var output = ""
    while let block = blocks.next(atEnd: true) { output += restoredText(block.text) }
    return output
  }
}
