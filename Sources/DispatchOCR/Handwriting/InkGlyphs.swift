import PageImaging

/// The glyphs of a region of a scan, left to right: its dark ink in connected pieces, pieces one
/// above the other joined (the flag of a 5, the two dots of a colon, a letter's accent).
enum InkGlyphs {
  /// Grey level under which a pixel is ink.
  static let inkLevel: UInt8 = 150
  /// How much of the narrower of two pieces must lie over the other for them to be one glyph.
  static let stackedOverlap = 0.5
  /// The height, as a share of the tallest piece's, under which a piece is a mark (a dot, an
  /// accent, a hyphen), not a stroke of a figure.
  static let markHeight = 0.4
  /// The width, in the tallest piece's heights, past which a flat piece is a rule, not a mark.
  static let ruleWidth = 3

  /// A glyph: its ink, where it stands in the region, and what its pieces say of it.
  struct Glyph {
    /// The ink in the glyph's box.
    var ink: HandwrittenDigit
    /// Left edge, top edge, in the region.
    var x: Int, y: Int
    /// Whether every piece is a mark: a dot, a colon, a hyphen.
    var isMark: Bool
    /// Whether it is two or more marks one above the other: a colon.
    var isColon: Bool
    var width: Int { ink.width }
    var height: Int { ink.height }
    var maxX: Int { x + width }
  }

  /// A connected piece of ink: its box and its pixels' offsets in the region.
  private struct Piece {
    var minX: Int, minY: Int, maxX: Int, maxY: Int
    var pixels: [Int]
    var width: Int { maxX - minX + 1 }
    var height: Int { maxY - minY + 1 }
  }

  /// The glyphs of `image`, left to right; pieces of fewer than `minimumPixels` are specks and
  /// left out, and so is a glyph touching the region's left or right edge (a neighbour cut off).
  static func glyphs(in image: GreyImage, minimumPixels: Int) -> [Glyph] {
    var pieces = connectedPieces(of: image).filter { $0.pixels.count >= minimumPixels }
    let tallest = pieces.map(\.height).max() ?? 0
    // A rule (the line under "Độc lập - Tự do - Hạnh phúc", a table's border, the page's
    // edge) is no glyph: left in, every piece under or over it would be stacked on it as accents.
    pieces.removeAll {
      Double($0.height) < markHeight * Double(tallest) && $0.width > ruleWidth * tallest
    }
    let isMark = { (piece: Piece) in Double(piece.height) < markHeight * Double(tallest) }
    var groups: [[Piece]] = []
    for piece in pieces.sorted(by: { $0.minX < $1.minX }) {
      if let last = groups.indices.last,
        stacked(piece, on: groups[last], markHeight: markHeight * Double(tallest))
      {
        groups[last].append(piece)
      } else {
        groups.append([piece])
      }
    }
    return groups.compactMap { group in
      let (minX, maxX) = (group.map(\.minX).min()!, group.map(\.maxX).max()!)
      let (minY, maxY) = (group.map(\.minY).min()!, group.map(\.maxY).max()!)
      guard minX > 0, maxX < image.width - 1 else { return nil }
      let (width, height) = (maxX - minX + 1, maxY - minY + 1)
      var ink = [Float](repeating: 0, count: width * height)
      for offset in group.flatMap(\.pixels) {
        let (x, y) = (offset % image.width, offset / image.width)
        ink[(y - minY) * width + x - minX] = Float(255 - image.pixels[offset]) / 255
      }
      let marks = group.allSatisfy(isMark)
      return Glyph(
        ink: HandwrittenDigit(width: width, height: height, ink: ink), x: minX, y: minY,
        isMark: marks, isColon: marks && group.count >= 2)
    }
  }

  /// Whether `piece` belongs to the glyph `group`: one above the other, overlapping enough. A
  /// mark joins a stroke only above or below it (an accent, the dot of an i), not beside its
  /// middle: the colon of "Số:" stays apart from a figure written close after it.
  private static func stacked(_ piece: Piece, on group: [Piece], markHeight: Double) -> Bool {
    let (left, right) = (group.map(\.minX).min()!, group.map(\.maxX).max()!)
    let overlap = min(right, piece.maxX) - max(left, piece.minX) + 1
    guard Double(overlap) >= stackedOverlap * Double(min(right - left + 1, piece.width)) else {
      return false
    }
    let isMark = { (piece: Piece) in Double(piece.height) < markHeight }
    let strokes = group.filter { !isMark($0) }
    guard isMark(piece) != strokes.isEmpty else { return true }
    // One is a mark, the other has strokes: the mark must lie above or below them.
    let (marks, body) = isMark(piece) ? ([piece], strokes) : (group, [piece])
    let (top, bottom) = (body.map(\.minY).min()!, body.map(\.maxY).max()!)
    let margin = (bottom - top) / 5
    return marks.allSatisfy { $0.maxY <= top + margin || $0.minY >= bottom - margin }
  }

  /// The 8-connected pieces of ink of `image`.
  private static func connectedPieces(of image: GreyImage) -> [Piece] {
    let (width, height) = (image.width, image.height)
    var seen = [Bool](repeating: false, count: width * height)
    var pieces: [Piece] = []
    var stack: [Int] = []
    for start in 0..<(width * height) where !seen[start] && image.pixels[start] < inkLevel {
      var piece = Piece(
        minX: start % width, minY: start / width, maxX: start % width, maxY: start / width,
        pixels: [])
      seen[start] = true
      stack.append(start)
      while let offset = stack.popLast() {
        let (x, y) = (offset % width, offset / width)
        piece.pixels.append(offset)
        (piece.minX, piece.maxX) = (min(piece.minX, x), max(piece.maxX, x))
        (piece.minY, piece.maxY) = (min(piece.minY, y), max(piece.maxY, y))
        for dy in -1...1 {
          for dx in -1...1 where dx != 0 || dy != 0 {
            let (nx, ny) = (x + dx, y + dy)
            guard nx >= 0, nx < width, ny >= 0, ny < height else { continue }
            let next = ny * width + nx
            if !seen[next] && image.pixels[next] < inkLevel {
              seen[next] = true
              stack.append(next)
            }
          }
        }
      }
      pieces.append(piece)
    }
    return pieces
  }
}
