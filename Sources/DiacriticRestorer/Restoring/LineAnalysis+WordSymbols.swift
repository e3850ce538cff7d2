import VietnameseText

extension LineAnalysis {
  /// Cuts each symbol of `tokens` that is syllables joined by stops or hyphens into its words
  /// and the marks between them, read as the spaces they stand for (and written as they are),
  /// on lines that are not correct text, and updates `scanned`, the scan of `tokens`, to match:
  /// English-model OCR reads the space between two words in capitals as a stop or a hyphen
  /// ("HAU-QUA BOM MIN" for "HẬU QUẢ BOM MÌN", "BAO.DAM HOAT DONG" for "BẢO ĐẢM HOẠT ĐỘNG"),
  /// which the tokenizer reads as a code and the restorer keeps. A symbol with a piece of one
  /// letter, a piece that is no syllable or a known abbreviation stays whole ("KH-UBND",
  /// "TP.HCM", "Anglo-Saxon", "v.v").
  ///
  /// The arrays are widened in place, in one pass from the end: a scan of the whole text again
  /// cost 4 % of a restore of general text holding one such code, new arrays about 1 %. The
  /// pieces' word forms are worked out; the lines' evidence stays that of the first reading, as
  /// their channels do.
  static func splitWordSymbols(
    _ tokens: inout [Token], _ scanned: inout Scan, scalars: String.UnicodeScalarView,
    channels: [Channel], vocabulary: Vocabulary
  ) {
    var splits: [(index: Int, pieces: [Token])] = []
    for (index, token) in tokens.enumerated()
    where token.kind == .symbol && channels[scanned.lines[index]] != .correct {
      if let pieces = syllablePieces(of: token.range, in: scalars, vocabulary: vocabulary) {
        splits.append((index, pieces))
      }
    }
    guard !splits.isEmpty else { return }
    let forms = splits.map { split in
      split.pieces.map { piece -> (lower: String?, id: UInt16, pattern: CasePattern) in
        guard piece.kind == .word else { return (nil, SpecialToken.unknown.rawValue, .lower) }
        let word = Substring(scalars[piece.range])
        let lower = lowerForm(word)
        return (
          lower, vocabulary.id(of: lower) ?? SpecialToken.unknown.rawValue, CasePattern(of: word)
        )
      }
    }
    let indices = splits.map(\.index)
    widen(&tokens, at: indices, with: splits.map(\.pieces))
    widen(
      &scanned.lines, at: indices,
      with: splits.map { Array(repeating: scanned.lines[$0.index], count: $0.pieces.count) })
    widen(&scanned.lowerForms, at: indices, with: forms.map { $0.map(\.lower) })
    widen(&scanned.wordIDs, at: indices, with: forms.map { $0.map(\.id) })
    widen(&scanned.patterns, at: indices, with: forms.map { $0.map(\.pattern) })
    // Paragraph ends are whitespace tokens, never a cut symbol: each moves by the pieces
    // added before it.
    var added = 0
    var next = 0
    for (number, end) in scanned.paragraphEnds.enumerated() {
      while next < splits.count, splits[next].index < end {
        added += splits[next].pieces.count - 1
        next += 1
      }
      scanned.paragraphEnds[number] = end + added
    }
  }

  /// Replaces each element `indices[k]` (increasing) of `array` by the elements
  /// `replacements[k]`, moving every other element once.
  private static func widen<Element>(
    _ array: inout [Element], at indices: [Int], with replacements: [[Element]]
  ) {
    let oldCount = array.count
    let added = replacements.reduce(0) { $0 + $1.count - 1 }
    guard added > 0, let last = array.last else { return }
    array.append(contentsOf: repeatElement(last, count: added))
    var read = oldCount - 1
    var write = oldCount + added - 1
    for (index, replacement) in zip(indices, replacements).reversed() {
      while read > index {
        array.swapAt(read, write)
        read -= 1
        write -= 1
      }
      for element in replacement.reversed() {
        array[write] = element
        write -= 1
      }
      read -= 1
    }
  }

  /// The word tokens of the symbol `range`, and its marks as whitespace, when it is pieces of
  /// two letters or more, each a syllable and no abbreviation, joined by single stops or
  /// hyphens.
  private static func syllablePieces(
    of range: Range<String.Index>, in scalars: String.UnicodeScalarView, vocabulary: Vocabulary
  ) -> [Token]? {
    var pieces: [Token] = []
    var start = range.lowerBound
    var index = range.lowerBound
    func closeWord(at end: String.Index) -> Bool {
      let word = Substring(scalars[start..<end])
      guard word.unicodeScalars.count >= 2, !Abbreviations.isAbbreviation(word),
        !vocabulary.syllables(folded: lowerForm(word).vietnameseFolded).isEmpty
      else { return false }
      pieces.append(Token(kind: .word, range: start..<end))
      return true
    }
    while index < range.upperBound {
      let scalar = scalars[index]
      if scalar == "." || scalar == "-" {
        guard index > start, closeWord(at: index) else { return nil }
        let next = scalars.index(after: index)
        // The mark stands for a space: the language model reads the words side by side.
        pieces.append(Token(kind: .whitespace, range: index..<next))
        start = next
        index = next
        continue
      }
      guard scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
      else { return nil }
      index = scalars.index(after: index)
    }
    guard start < range.upperBound, pieces.count >= 2, closeWord(at: range.upperBound) else {
      return nil
    }
    return pieces
  }
}
