import TesseractOCR

extension RecognizedPage {
  /// Replaces `words` (found by their boxes in the page's blocks) with `replacement`, put where
  /// the first of them stands; the others are taken out of whatever block line holds them (a line
  /// of the reading order may join pieces of several). Call ``RecognizedPage/arrangeLines()``
  /// afterwards.
  mutating func replace(_ words: [RecognizedWord], with replacement: [RecognizedWord]) {
    guard let first = words.first else { return }
    let boxes = Set(words.map(\.box))
    var placed = false
    for block in blocks.indices {
      for line in blocks[block].lines.indices {
        var kept: [RecognizedWord] = []
        for word in blocks[block].lines[line].words {
          if word.box == first.box, !placed {
            kept += replacement
            placed = true
          } else if !boxes.contains(word.box) {
            kept.append(word)
          }
        }
        blocks[block].lines[line].words = kept
      }
    }
    blocks = blocks.map { block in
      TextBlock(lines: block.lines.filter { !$0.words.isEmpty })
    }.filter { !$0.lines.isEmpty }
  }
}

extension RecognizedPage {
  /// Takes `words` (found by their boxes) out of the page's blocks and adds `block` in their
  /// place. Call ``RecognizedPage/arrangeLines()`` afterwards.
  mutating func replace(_ words: [RecognizedWord], withBlock block: TextBlock) {
    let boxes = Set(words.map(\.box))
    blocks =
      blocks.map { existing in
        TextBlock(
          lines: existing.lines.map { line in
            var line = line
            line.words.removeAll { boxes.contains($0.box) }
            return line
          }.filter { !$0.words.isEmpty })
      }.filter { !$0.lines.isEmpty } + [block]
  }
}
