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
    let lines = blocks.flatMap(\.lines)
    guard let content = BoundingBox.union(of: lines.map(\.box)), content.width > 0 else { return lines }
    let heights = lines.flatMap(\.words).map(\.box.height).sorted()
    let typicalHeight = Double(heights.isEmpty ? 1 : heights[heights.count / 2])

    let pieces = lines.flatMap { split($0, content: content, typicalHeight: typicalHeight) }
    let rows = groupIntoRows(pieces)
    let middle = content.midX
    let margin = 0.05 * Double(content.width)

    func isLeft(_ piece: Piece) -> Bool { Double(piece.box.maxX) <= middle + margin }
    func isRight(_ piece: Piece) -> Bool { Double(piece.box.x) >= middle - margin }
    func kind(of row: [Piece]) -> RowKind {
      if row.contains(where: { !isLeft($0) && !isRight($0) }) { return .full }
      let hasLeft = row.contains(where: isLeft)
      let hasRight = row.contains(where: { isRight($0) && !isLeft($0) })
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
      var end = index
      while end < rows.count, kind(of: rows[end]) != .full { end += 1 }
      let run = rows[index..<end]
      if run.contains(where: { kind(of: $0) == .split || kind(of: $0) == .rightOnly }) {
        let left = run.flatMap { $0.filter(isLeft) }
        let right = run.flatMap { $0.filter { !isLeft($0) } }
        for (position, piece) in left.enumerated() {
          ordered.append(TextLine(words: piece.line.words, column: .left, startsParagraph: position == 0))
        }
        for (position, piece) in right.enumerated() {
          ordered.append(TextLine(words: piece.line.words, column: .right, startsParagraph: position == 0))
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

  /// Cuts a line where a gap is too wide to be a space: wider than three line heights anywhere,
  /// or wider than one line height where it spans the middle of the text block.
  private static func split(_ line: TextLine, content: BoundingBox, typicalHeight: Double) -> [Piece] {
    var pieces: [Piece] = []
    var current: [RecognizedWord] = []
    let middleBand = (Double(content.x) + 0.3 * Double(content.width))...(Double(content.x) + 0.7 * Double(content.width))
    for word in line.words {
      if let previous = current.last {
        let gap = Double(word.box.x - previous.box.maxX)
        let crossesMiddle = middleBand.overlaps(Double(previous.box.maxX)...Double(max(word.box.x, previous.box.maxX)))
        if gap > 3 * typicalHeight || (crossesMiddle && gap > 1.2 * typicalHeight) {
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

  /// Groups pieces whose vertical extents overlap by at least half the smaller height, top to
  /// bottom, each row left to right.
  private static func groupIntoRows(_ pieces: [Piece]) -> [[Piece]] {
    let sorted = pieces.sorted { $0.box.midY < $1.box.midY }
    var rows: [[Piece]] = []
    var rowTop = 0
    var rowBottom = 0
    for piece in sorted {
      let overlap = min(rowBottom, piece.box.maxY) - max(rowTop, piece.box.y)
      if let last = rows.indices.last,
        Double(overlap) >= 0.5 * Double(min(piece.box.height, max(1, rowBottom - rowTop)))
      {
        rows[last].append(piece)
        rowTop = min(rowTop, piece.box.y)
        rowBottom = max(rowBottom, piece.box.maxY)
      } else {
        rows.append([piece])
        rowTop = piece.box.y
        rowBottom = piece.box.maxY
      }
    }
    return rows.map { $0.sorted { $0.box.x < $1.box.x } }
  }
}
