import PageImaging
import TesseractOCR

/// Reads a figure a clerk wrote by hand into the gap of a printed phrase ("Số: ▢ /UBND-KTTH",
/// "ngày ▢ tháng"), glyph by glyph with ``HandwrittenDigitReader``, where Tesseract, trained on
/// print, sees "'†E" for 575.
///
/// The region read is the gap with some of the printed words on either side, since the gap is
/// only estimated where OCR glued the figure to them. The figure is the run of glyphs read as
/// digits nearest the gap's middle; the printed letters around it read as
/// ``HandwrittenDigitReader/notADigit``, the colon of "Số:" ends it on the left, and whatever
/// starts where the gap ends ("/UBND", "tháng") is print. A value is given only when every digit
/// is read with ``minimumProbability``, nothing else stands in the gap, and the glyphs on either
/// side are surely print and apart from the figure: a doubtful neighbour may be a digit the
/// reader missed, and a wrong number is worse than none. A less sure reading is offered for
/// another reader to confirm.
enum WrittenFigureReader {
  /// The probability each digit of a figure must be read with for the reading to stand alone.
  static let minimumProbability = 0.9
  /// The probability under which a digit is not offered at all, even for another reader to
  /// confirm.
  static let leastProbability = 0.5

  /// A figure as the reader sees it: its digits and the probability of the least sure of them.
  struct Figure: Equatable {
    let value: String
    let probability: Double
    /// Whether the reading stands alone: every digit read with ``minimumProbability``.
    var isSure: Bool { probability >= WrittenFigureReader.minimumProbability }
  }
  /// How far the region reaches past the gap on either side, in line heights.
  static let reach = 0.6
  /// Width over height past which a glyph is two digits written touching ("57").
  static let touchingDigits = 1.2
  /// The widest space between two printed letters of a word, in line heights (handwriting stands
  /// further from print), and how far before the gap's end print may start.
  static let printedSpacing = 0.08

  /// A glyph with what it was read as, in the coordinates of the region read.
  private struct ReadGlyph {
    let x: Int
    let maxX: Int
    let digit: Int
    let probability: Double
    var isDigit: Bool { digit != HandwrittenDigitReader.notADigit }
    var centre: Int { (x + maxX) / 2 }
  }

  /// The figure of `part` written in `gap`, or `nil` when no figure stands clear of the print
  /// around it.
  static func read(
    _ part: HandwrittenFigureLook.Part, in gap: BoundingBox, with reader: RegionReader
  ) -> Figure? {
    let line = gap.height
    guard line > 0 else { return nil }
    let margin = Int(Double(line) * reach)
    let region = BoundingBox(
      x: gap.x - margin, y: gap.y - line * 2 / 5, width: gap.width + 2 * margin,
      height: line + line * 4 / 5)
    guard let image = reader.grey(region) else { return nil }
    // The region's image starts at the page's edge where the region reaches past it.
    let (left, top) = (max(0, region.x), max(0, region.y))
    let local = BoundingBox(x: gap.x - left, y: gap.y - top, width: gap.width, height: line)
    return read(part, in: image, gap: local)
  }

  /// The figure of `part` written in `gap` of `image` (the gap in the image's coordinates, with
  /// printed words on either side of it in the image), or `nil` when no figure stands clear of
  /// the print around it, or a digit of it is read with less than ``leastProbability``.
  static func read(_ part: HandwrittenFigureLook.Part, in image: GreyImage, gap: BoundingBox)
    -> Figure?
  {
    let line = gap.height
    guard line > 0 else { return nil }
    var glyphs = InkGlyphs.glyphs(in: image, minimumPixels: max(4, line * line / 200))
    // "Số:" ends at its colon: its "ố" reads much like a 0.
    if part == .number,
      let colon = glyphs.lastIndex(where: { $0.isColon && Double($0.maxX) <= gap.midX })
    {
      glyphs.removeFirst(colon + 1)
    }
    // The printed words after the figure ("/UBND-KTTH", "tháng") start where the gap ends:
    // print, whatever they read as (a slash reads as a 1).
    let printedFrom = gap.maxX - Int(Double(line) * printedSpacing)
    let read = glyphs.filter { !$0.isMark }.flatMap(split).map { glyph in
      let (digit, probability) = HandwrittenDigitReader.trained.read(glyph.ink)
      let printed = glyph.x >= printedFrom
      return ReadGlyph(
        x: glyph.x, maxX: glyph.maxX, digit: printed ? HandwrittenDigitReader.notADigit : digit,
        probability: printed ? 1 : probability)
    }
    guard
      let middle = read.indices.filter({ read[$0].isDigit }).min(by: {
        abs(Double(read[$0].centre) - gap.midX) < abs(Double(read[$1].centre) - gap.midX)
      })
    else { return nil }
    var first = middle
    var last = middle
    while first > 0, read[first - 1].isDigit { first -= 1 }
    while last + 1 < read.count, read[last + 1].isDigit { last += 1 }
    let figure = read[first...last]
    let spacing = printedSpacing * Double(line)
    // The glyphs on either side end the figure only if they are surely print, and apart from it:
    // a doubtful one, or print touching the figure, leaves its end unknown.
    let before = first > 0 ? read[first - 1] : nil
    let after = last + 1 < read.count ? read[last + 1] : nil
    let clearBefore = before.map {
      $0.probability >= minimumProbability && Double(figure.first!.x - $0.maxX) > spacing
    }
    let clearAfter = after.map {
      $0.x >= printedFrom
        || $0.probability >= minimumProbability && Double($0.x - figure.last!.maxX) > spacing
    }
    // Nothing but the figure may stand in the gap (the printed slash may reach into it).
    let strays = read.indices.filter { index in
      !(first...last).contains(index) && read[index].x < printedFrom
        && (gap.x...gap.maxX).contains(read[index].centre)
    }
    let probability = figure.map(\.probability).min() ?? 0
    guard clearBefore ?? true, clearAfter ?? true, strays.isEmpty,
      probability >= leastProbability, figure.count <= part.maximumDigits
    else { return nil }
    let value = figure.map { String($0.digit) }.joined()
    return part.accepts(value) ? Figure(value: value, probability: probability) : nil
  }

  /// `glyph`, or its parts when it is as wide as two digits written touching: cut where least
  /// ink crosses, near each even division.
  private static func split(_ glyph: InkGlyphs.Glyph) -> [InkGlyphs.Glyph] {
    guard Double(glyph.width) > touchingDigits * Double(glyph.height) else { return [glyph] }
    let count = max(2, Int((Double(glyph.width) / (0.75 * Double(glyph.height))).rounded()))
    var cuts = [0]
    for part in 1..<count {
      let even = glyph.width * part / count
      let window = max(1, glyph.width / (count * 4))
      let candidates = max(cuts.last! + 1, even - window)...min(glyph.width - 2, even + window)
      guard !candidates.isEmpty else { return [glyph] }
      cuts.append(candidates.min { glyph.ink.columnInk($0) < glyph.ink.columnInk($1) }!)
    }
    cuts.append(glyph.width)
    return zip(cuts, cuts.dropFirst()).map { start, end in
      var part = glyph
      part.ink = glyph.ink.columns(start..<end)
      part.x = glyph.x + start
      return part
    }
  }
}
