/// Puts recognised lines into reading order, keeping two-column zones apart.
///
/// Dispatches set agency name | national motto, number | place and date, and "Nơi nhận" | signer
/// block side by side. Tesseract often reads such a row as one line ("Số: 365/BC-UBND Lê Chân,
/// ngày 01 tháng 12 năm 2025"), or as two blocks in either order. Here each Tesseract line is cut
/// where a wide gap separates its words, the pieces are grouped into rows by height, and runs of
/// rows whose pieces sit in one half of the page are read as a zone: left column top to bottom,
/// then right column top to bottom.
enum ColumnLayout {
  /// A piece of a line with its place on the page.
  private struct Piece {
    var line: TextLine
    var box: BoundingBox
  }

  private enum RowKind { case full, leftOnly, rightOnly, split }

  static func readingOrder(of blocks: [TextBlock]) -> [TextLine] {
    // Marks go before the cut: a rule drawn between the columns ("_") would otherwise halve the gap.
    let marked = blocks.flatMap(\.lines).map(NoiseFilter.removingMarks)
    let heights = marked.flatMap(\.words).map(\.box.height).sorted()
    let typicalHeight = Double(heights.isEmpty ? 1 : heights[heights.count / 2])
    let lines = marked.map { NoiseFilter.removingSpecks($0, typicalHeight: typicalHeight) }
      .filter { !$0.words.isEmpty }
    guard let content = BoundingBox.union(of: lines.map(\.box)), content.width > 0 else {
      return lines
    }

    let cut = lines.flatMap { split($0, content: content, typicalHeight: typicalHeight) }
    let pieces = NoiseFilter.cleaned(cut.map(\.line)).map { Piece(line: $0.line, box: $0.line.box) }
    let rows = groupIntoRows(pieces)
    let middle = content.midX
    let margin = Threshold.columnMargin * Double(content.width)

    // A lone piece belongs to a column when it keeps to one half; in a row of several pieces, the
    // gap between them is the column boundary, so a long motto starting a little left of the
    // middle still counts as the right column.
    func isLeft(_ piece: Piece, in row: [Piece]) -> Bool {
      row.count > 1 ? piece.box.midX < middle : Double(piece.box.maxX) <= middle + margin
    }
    func isRight(_ piece: Piece, in row: [Piece]) -> Bool {
      row.count > 1 ? piece.box.midX >= middle : Double(piece.box.x) >= middle - margin
    }
    func kind(of row: [Piece]) -> RowKind {
      if row.count == 1 {
        if isLeft(row[0], in: row) { return .leftOnly }
        return isRight(row[0], in: row) ? .rightOnly : .full
      }
      let hasLeft = row.contains { isLeft($0, in: row) }
      let hasRight = row.contains { isRight($0, in: row) }
      // A body line sharing a row with a stray mark is still a body line; so is a body line that
      // Tesseract broke in two at a lost word, whose left part runs past the middle, where a
      // left column (agency, number, "Nơi nhận") never reaches. Right-column mottos may start
      // left of the middle, so only the left part is held to this.
      if row.contains(where: {
        Double($0.box.width) > Threshold.fullWidthPiece * Double(content.width)
      }) {
        return .full
      }
      if row.contains(where: {
        $0.box.midX < middle
          && Double($0.box.maxX) > middle + Threshold.leftOverreach * Double(content.width)
      }) {
        return .full
      }
      switch (hasLeft, hasRight) {
      case (true, true): return .split
      case (false, true): return .rightOnly
      default: return .leftOnly
      }
    }

    var ordered: [TextLine] = []
    var index = 0
    while index < rows.count {
      // A zone is a run of rows with no full-width piece that holds at least one right-column piece.
      // A left-only row after a wide vertical gap ("Kính gửi:" under the header) starts new text.
      var end = index
      while end < rows.count, kind(of: rows[end]) != .full {
        if end > index, kind(of: rows[end]) == .leftOnly,
          gap(between: rows[end - 1], and: rows[end]) > Threshold.newTextGap * typicalHeight
        {
          break
        }
        end += 1
      }
      let run = rows[index..<end]
      if run.contains(where: { kind(of: $0) == .split || kind(of: $0) == .rightOnly }) {
        let left = run.flatMap { row in row.filter { isLeft($0, in: row) } }
        let right = run.flatMap { row in row.filter { !isLeft($0, in: row) } }
        for (position, piece) in left.enumerated() {
          ordered.append(
            TextLine(words: piece.line.words, column: .left, startsParagraph: position == 0))
        }
        for (position, piece) in right.enumerated() {
          ordered.append(
            TextLine(words: piece.line.words, column: .right, startsParagraph: position == 0))
        }
        index = end
      } else {
        let row = rows[index]
        for piece in row { ordered.append(piece.line) }
        index += 1
      }
    }
    return ordered
  }

  /// Cuts a line where a gap is too wide to be a space: wider than three line heights anywhere, or,
  /// where it spans the middle of the text block, wider than 0.7 line height and three times the
  /// line's usual word gap, the words before it ending by the middle. Justified body lines stretch
  /// all their gaps alike, and a word Tesseract lost leaves its gap off-centre, so body lines stay
  /// whole while a merged "agency | motto" line has one gap far wider than the rest.
  private static func split(_ line: TextLine, content: BoundingBox, typicalHeight: Double)
    -> [Piece]
  {
    let words = line.words
    let gaps = zip(words, words.dropFirst()).map { Double($1.box.x - $0.box.maxX) }
    let usualGap = gaps.isEmpty ? 0 : gaps.sorted()[gaps.count / 2]
    let bandStart = Double(content.x) + Threshold.middleBandStart * Double(content.width)
    let middleBand = bandStart...(bandStart + Threshold.middleBandWidth * Double(content.width))
    var pieces: [Piece] = []
    var current: [RecognizedWord] = []
    for (index, word) in words.enumerated() {
      if index > 0, let previous = current.last {
        let gap = gaps[index - 1]
        let span = Double(previous.box.maxX)...Double(max(word.box.x, previous.box.maxX))
        let isColumnGap =
          gap > Threshold.columnGapAnywhere * typicalHeight
          || (middleBand.overlaps(span) && gap > Threshold.columnGapInBand * typicalHeight
            && gap > Threshold.gapOverUsual * max(usualGap, 1)
            && Double(previous.box.maxX)
              <= content.midX + Threshold.leftOverreach * Double(content.width))
        if isColumnGap {
          pieces.append(piece(of: current, like: line, first: pieces.isEmpty))
          current = []
        }
      }
      current.append(word)
    }
    if !current.isEmpty { pieces.append(piece(of: current, like: line, first: pieces.isEmpty)) }
    return pieces
  }

  private static func piece(of words: [RecognizedWord], like line: TextLine, first: Bool) -> Piece {
    let part = TextLine(words: words, column: .full, startsParagraph: first && line.startsParagraph)
    return Piece(line: part, box: part.box)
  }

  /// Vertical space between the bottom of one row and the top of the next.
  private static func gap(between upper: [Piece], and lower: [Piece]) -> Double {
    let bottom = upper.map(\.box.maxY).max() ?? 0
    let top = lower.map(\.box.y).min() ?? 0
    return Double(top - bottom)
  }

  /// Groups pieces into rows, top to bottom, each row left to right. A piece joins a row when it
  /// overlaps the row's first piece by half the smaller height; measuring against the first piece
  /// rather than the row so far keeps a header's staggered lines from chaining into one row.
  private static func groupIntoRows(_ pieces: [Piece]) -> [[Piece]] {
    let sorted = pieces.sorted { $0.box.midY < $1.box.midY }
    var rows: [[Piece]] = []
    for piece in sorted {
      if let last = rows.indices.last, let anchor = rows[last].first {
        let overlap = min(anchor.box.maxY, piece.box.maxY) - max(anchor.box.y, piece.box.y)
        let smaller = Double(max(1, min(piece.box.height, anchor.box.height)))
        if Double(overlap) >= Threshold.rowOverlap * smaller {
          rows[last].append(piece)
          continue
        }
      }
      rows.append([piece])
    }
    return rows.map { $0.sorted { $0.box.x < $1.box.x } }
  }
}
