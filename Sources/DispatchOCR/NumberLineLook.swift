import TesseractOCR
import VietnameseText

/// The look at a "Số:" line that came out bare: the page's reading kept the printed label and
/// lost what follows it — a stamped or handwritten number and the printed codes
/// ("Số: 660 /TB-UBND" read as "Số:"), which the page's layout analysis took for a picture.
///
/// The strip from the label to the middle of the page is read again as one line; when that
/// reading holds the codes (a word with a slash), it replaces the label, and the handwritten
/// figure look that follows reads the number in it.
enum NumberLineLook {
  /// The share of the page's width, from its left edge, that the number's line may reach: the
  /// header's left column, which ends before the national name on the right.
  static let columnShare = 0.5
  /// The confidence a figure read again with the codes is given: above the 20 under which the
  /// layout takes short words for marks, below ``HandwrittenFigureLook/doubtfulConfidence``.
  static let doubtedFigureConfidence = 30.0

  /// `recognized` with a bare number line read again, or as it was.
  static func revise(_ recognized: RecognizedPage, reading reader: RegionReader) -> RecognizedPage {
    let headerEnd = Int(Double(recognized.height) * HandwrittenFigureLook.headerShare)
    for line in recognized.lines where line.box.y < headerEnd && line.column != .right {
      let words = line.words
      guard let first = words.first, isLabel(first) else { continue }
      let label = words.startIndex
      // Only a line with nothing after the label is bare; one with codes is read by the figure look.
      guard !words.contains(where: { $0.text.contains("/") }) else { return recognized }
      let labelBox = words[label].box
      let right = Int(Double(recognized.width) * columnShare)
      guard right > labelBox.maxX + labelBox.height else { return recognized }
      let strip = BoundingBox(
        x: labelBox.x - labelBox.height / 2, y: labelBox.y - labelBox.height / 2,
        width: right - labelBox.x + labelBox.height / 2, height: labelBox.height * 2)
      let reading = reader.read(strip, as: .singleLine).flatMap(\.lines).flatMap(\.words)
      // Specks the strip catches at its ends are no words.
      let read = reading.filter { $0.text.contains { $0.isLetter || $0.isNumber } }
      guard let again = read.firstIndex(where: isLabel),
        read[again...].contains(where: { $0.text.contains("/") })
      else { return recognized }
      // Tesseract gives the whole strip the confidence of its worst part, the handwriting (6 for
      // "/TB-UBND" beside a handwritten 660), under which the layout drops words as marks. The
      // codes are kept at the confidence of a guess; a figure at one under which the layout keeps
      // it but the figure look doubts it, and reads it again.
      let kept = read[again...].map { word in
        var word = word
        word.confidence = max(
          word.confidence,
          word.text.contains(where: \.isNumber)
            ? doubtedFigureConfidence : FigureLine.guessConfidence)
        return word
      }
      // What the page read in the strip, on any line, gives way (so a second pass replaces the
      // first one's words rather than adding to them).
      let replaced = recognized.lines.flatMap(\.words).filter {
        $0.box.midX >= Double(strip.x) && $0.box.midX <= Double(strip.maxX)
          && $0.box.midY >= Double(strip.y) && $0.box.midY <= Double(strip.maxY)
      }
      var page = recognized
      page.replace(replaced.isEmpty ? [words[label]] : replaced, with: kept)
      let note =
        "number: the line after \"Số:\" was lost in the page's reading and read again on its own"
      if !page.notes.contains(note) { page.notes.append(note) }
      page.arrangeLines()
      return page
    }
    return recognized
  }

  /// "Số:" as the label of the number, with its colon (OCR: "Sé:", "S6:"): "Sở" starts other
  /// lines.
  private static func isLabel(_ word: RecognizedWord) -> Bool {
    let folded = word.text.vietnameseFolded.drop { !$0.isLetter }
    return word.text.hasSuffix(":") && folded.count <= 3 && folded.hasPrefix("s")
  }
}
