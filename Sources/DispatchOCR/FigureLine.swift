import Foundation
import TesseractOCR
import VietnameseText

/// A printed phrase with figures written into it by hand, as OCR first read it: "Số: ▢
/// /UBND-KTTH" and "ngày ▢ tháng ▢" (the words may be glued: "Số:ổ0", "ngày{5", "2#5/TB-ĐHĐL").
///
/// The phrase is the run of ``words`` from the label to what follows the last figure; its text
/// is cut into printed pieces and figure ``slots`` by character, and each slot's area on the page
/// is estimated from where its characters fall in their words' boxes.
struct FigureLine {
  /// One figure of the phrase.
  struct Slot {
    /// Which figure it is.
    let part: HandwrittenFigureLook.Part
    /// What OCR read there, trimmed.
    let reading: String
    /// The area of the figure on the page.
    let box: BoundingBox
    /// The lowest confidence of the words the figure is part of.
    let confidence: Double
    /// Whether the figure is words of its own, not glued to printed text (whose confidence
    /// would then be the word's, not the figure's).
    let standsAlone: Bool

    /// Whether the first reading can stand: digits, or digits with the look-alike letters OCR
    /// writes for printed ones ("!2", "II5", "L7"), which the parser reads as digits, making a
    /// figure this part can be (a day from 1 to 31, a month from 1 to 12); plain
    /// digits read with almost no confidence ("899" at 28, for a handwritten 299) cannot, nor
    /// look-alikes standing alone under the confidence of a guess.
    var isLegible: Bool {
      guard !reading.isEmpty, reading.allSatisfy({ OCRLookAlikes.digit($0) != nil }) else {
        return false
      }
      // A figure that cannot be this part ("34|" for a handwritten day 31) was not read.
      guard part.accepts(String(reading.compactMap(OCRLookAlikes.digit))) else { return false }
      guard standsAlone else { return true }
      // A letter for a digit in a figure of its own is a handwriting sign ("O4" for a written
      // 01, at 45): it must be read with the confidence of a guess to stand.
      let lookAlike = reading.contains { !$0.isNumber }
      return confidence
        >= (lookAlike ? FigureLine.guessConfidence : HandwrittenFigureLook.doubtfulConfidence)
    }
  }

  /// The words of the phrase in the line's reading.
  let words: [RecognizedWord]
  /// The figures, in order.
  let slots: [Slot]
  /// The printed pieces around the figures, one more than there are slots ("Số:",
  /// "/UBND-KTTH"; "ngày", "tháng", ""), as words with their estimated boxes.
  let printed: [RecognizedWord]

  /// The confidence given to a figure read from handwriting: a guess.
  static let guessConfidence = 50.0

  /// The phrase's words with each figure replaced by `values` (`nil` takes it out); a figure
  /// whose first reading stands (``Slot/isLegible``) keeps it with its confidence.
  func rewritten(_ values: [String?]) -> [RecognizedWord] {
    var result: [RecognizedWord] = []
    for (index, piece) in printed.enumerated() {
      if !piece.text.isEmpty { result.append(piece) }
      if index < slots.count, let value = values[index] {
        let slot = slots[index]
        let confidence = slot.isLegible ? slot.confidence : Self.guessConfidence
        result.append(RecognizedWord(text: value, box: slot.box, confidence: confidence))
      }
    }
    return result
  }

  /// Where figure `index` was written: the page area between the printed pieces on either side
  /// of it, as high as its line. Exact where the pieces are words of their own, estimated by
  /// character inside a glued word; the slot's own edge where no printed piece follows.
  func gap(around index: Int) -> BoundingBox {
    let slot = slots[index]
    let (before, after) = (printed[index], printed[index + 1])
    let left = before.text.isEmpty ? slot.box.x : before.box.maxX
    let right = after.text.isEmpty ? slot.box.maxX : after.box.x
    return BoundingBox(x: left, y: slot.box.y, width: max(0, right - left), height: slot.box.height)
  }

  // MARK: Finding the phrases

  /// "Số: ▢ /CODES" on the first line above `limit` (reading order, not the right column) whose
  /// "Số" is followed by a word with a slash.
  static func number(in lines: [TextLine], above limit: Int) -> FigureLine? {
    for line in lines where line.box.y < limit && line.column != .right {
      let words = line.words
      guard
        let label = words.firstIndex(where: { word in
          let folded = word.text.vietnameseFolded.drop { !$0.isLetter }
          return folded.hasPrefix("so") && folded.dropFirst(2).first?.isLetter != true
        }),
        let codes = words[label...].firstIndex(where: { $0.text.contains("/") })
      else { continue }
      let span = Array(words[label...codes])
      let text = joined(span)
      // "Số:" (or "Số") as printed, then the figure, then the codes from the slash (or the
      // hyphen of a party symbol, "496-TB/TU").
      let labelEnd =
        text.firstIndex(of: ":").map { text.index(after: $0) }
        ?? text.index(text.startIndex, offsetBy: min(2, text.count))
      guard let slash = text[labelEnd...].firstIndex(where: { $0 == "/" || $0 == "-" }) else {
        continue
      }
      return FigureLine(
        words: span, text: text, cuts: [labelEnd, slash], parts: [.number])
    }
    return nil
  }

  /// "ngày ▢ tháng ▢" on the first line above `limit` with "ngày", "tháng" and "năm" in order;
  /// the phrase ends before "năm".
  static func date(in lines: [TextLine], above limit: Int) -> FigureLine? {
    for line in lines where line.box.y < limit {
      let words = line.words
      let folded = words.map { $0.text.vietnameseFolded }
      guard let day = folded.firstIndex(where: { $0.hasPrefix("ngay") }),
        let year = folded[day...].firstIndex(where: { $0.hasPrefix("nam") }), year > day
      else { continue }
      let span = Array(words[day..<year])
      let text = joined(span)
      let foldedText = text.vietnameseFolded
      // Folding keeps one character per character, so offsets carry over.
      guard let month = foldedText.range(of: "thang") else { continue }
      let offset = { (index: String.Index) in
        foldedText.distance(from: foldedText.startIndex, to: index)
      }
      let dayEnd = text.index(text.startIndex, offsetBy: 4)
      let monthStart = text.index(text.startIndex, offsetBy: offset(month.lowerBound))
      let monthEnd = text.index(text.startIndex, offsetBy: offset(month.upperBound))
      guard dayEnd <= monthStart else { continue }
      return FigureLine(
        words: span, text: text, cuts: [dayEnd, monthStart, monthEnd, text.endIndex],
        parts: [.day, .month])
    }
    return nil
  }

  /// A phrase from its `text` (the words joined by spaces) cut at `cuts`: printed, figure,
  /// printed, figure…
  private init(
    words: [RecognizedWord], text: String, cuts: [String.Index], parts: [HandwrittenFigureLook.Part]
  ) {
    self.words = words
    let confidence = words.map(\.confidence).max() ?? 0
    let piece = { (range: Range<String.Index>) in
      RecognizedWord(
        text: String(text[range]).trimmingCharacters(in: .whitespaces),
        box: Self.box(of: range, in: text, words: words), confidence: confidence)
    }
    var printed = [piece(text.startIndex..<cuts[0])]
    var slots: [Slot] = []
    for (number, part) in parts.enumerated() {
      let start = cuts[2 * number]
      let end = cuts[2 * number + 1]
      let reading = String(text[start..<end]).trimmingCharacters(in: .whitespaces)
      let next = 2 * number + 2 < cuts.count ? cuts[2 * number + 2] : text.endIndex
      printed.append(piece(end..<next))
      let box = Self.box(of: start..<end, in: text, words: words)
      let touching = Self.words(of: start..<end, in: text, words: words)
      let inside = Self.words(of: start..<end, in: text, words: words, wholly: true)
      slots.append(
        Slot(
          part: part, reading: reading, box: box,
          confidence: touching.map(\.confidence).min() ?? 0,
          standsAlone: !touching.isEmpty && inside.count == touching.count))
    }
    self.slots = slots
    self.printed = printed
  }

  private static func joined(_ words: [RecognizedWord]) -> String {
    words.map(\.text).joined(separator: " ")
  }

  /// The words whose characters overlap `range` of the joined text, or lie `wholly` inside it.
  private static func words(
    of range: Range<String.Index>, in text: String, words: [RecognizedWord], wholly: Bool = false
  ) -> [RecognizedWord] {
    var start = text.startIndex
    var touching: [RecognizedWord] = []
    for word in words {
      let end = text.index(start, offsetBy: word.text.count)
      let overlaps = start < range.upperBound && range.lowerBound < end
      let inside = range.lowerBound <= start && end <= range.upperBound
      if wholly ? inside : overlaps { touching.append(word) }
      start = end < text.endIndex ? text.index(after: end) : end
    }
    return touching
  }

  /// Where `range` of the joined text stands on the page: the words' boxes, each character
  /// taken as an equal share of its word's width, the gap between words for a space.
  private static func box(of range: Range<String.Index>, in text: String, words: [RecognizedWord])
    -> BoundingBox
  {
    let lower = text.distance(from: text.startIndex, to: range.lowerBound)
    let upper = text.distance(from: text.startIndex, to: range.upperBound)
    var positions: [Int] = []  // x of each character boundary
    for word in words {
      let count = max(1, word.text.count)
      for character in 0..<count {
        positions.append(word.box.x + word.box.width * character / count)
      }
      positions.append(word.box.maxX)  // the space after the word starts at its right edge
    }
    let left = positions[min(lower, positions.count - 1)]
    let right = positions[min(upper, positions.count - 1)]
    let line =
      BoundingBox.union(of: words.map(\.box)) ?? BoundingBox(x: 0, y: 0, width: 0, height: 0)
    return BoundingBox(x: left, y: line.y, width: max(0, right - left), height: line.height)
  }
}
