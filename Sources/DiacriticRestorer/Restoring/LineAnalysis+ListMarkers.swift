extension LineAnalysis {
  /// Whether word `index` is a list item's letter ("b)", "c)" at a line's start), which is
  /// written as it is: OCR lines read it as a syllable ("cơ)", "dự)", "bị)") for want of
  /// context. A typed "d)" stays too: it may be the fourth item or "đ)", the fifth.
  package func isListMarker(_ index: Int) -> Bool {
    guard tokens[index].kind == .word, index + 1 < tokens.count,
      tokens[index + 1].kind == .punctuation,
      tokens[index + 1].range.lowerBound == tokens[index].range.upperBound,
      scalars[tokens[index + 1].range].first == ")"
    else { return false }
    let letters = scalars[tokens[index].range]
    guard letters.count == 1, let letter = letters.first,
      ("a"..."z").contains(letter) || letter == "đ"
    else { return false }
    // The line's first token, or its first after spaces.
    var previous = index - 1
    if previous >= 0, tokens[previous].kind == .whitespace, lines[previous] == lines[index],
      !scalars[tokens[previous].range].contains("\n")
    {
      previous -= 1
    }
    return previous < 0 || lines[previous] != lines[index]
      || scalars[tokens[previous].range].contains("\n")
  }
}
