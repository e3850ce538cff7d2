import CTesseract
import Foundation

/// Walks Tesseract's result iterator into blocks, lines and words.
enum ResultReader {
  static func blocks(from handle: OpaquePointer) -> [TextBlock] {
    guard let iterator = TessBaseAPIGetIterator(handle) else { return [] }
    defer { TessResultIteratorDelete(iterator) }
    let layout = TessResultIteratorGetPageIterator(iterator)

    var blocks: [TextBlock] = []
    var lines: [TextLine] = []
    var words: [RecognizedWord] = []
    var lineStartsParagraph = false

    func finishLine() {
      if !words.isEmpty {
        lines.append(TextLine(words: words, startsParagraph: lineStartsParagraph))
      }
      words = []
    }
    func finishBlock() {
      finishLine()
      if !lines.isEmpty { blocks.append(TextBlock(lines: lines)) }
      lines = []
    }

    repeat {
      if TessPageIteratorIsAtBeginningOf(layout, RIL_BLOCK) != 0 {
        finishBlock()
        lineStartsParagraph = true
      } else if TessPageIteratorIsAtBeginningOf(layout, RIL_TEXTLINE) != 0 {
        finishLine()
        lineStartsParagraph = TessPageIteratorIsAtBeginningOf(layout, RIL_PARA) != 0
      }
      guard let text = TessResultIteratorGetUTF8Text(iterator, RIL_WORD) else { continue }
      defer { TessDeleteText(text) }
      let word = String(cString: text).trimmingCharacters(in: .whitespaces)
      guard !word.isEmpty else { continue }
      var left: Int32 = 0
      var top: Int32 = 0
      var right: Int32 = 0
      var bottom: Int32 = 0
      _ = TessPageIteratorBoundingBox(layout, RIL_WORD, &left, &top, &right, &bottom)
      let box = BoundingBox(
        x: Int(left), y: Int(top), width: Int(right - left), height: Int(bottom - top))
      let confidence = Double(TessResultIteratorConfidence(iterator, RIL_WORD))
      let recognized = RecognizedWord(text: word, box: box, confidence: confidence)
      if let previous = words.last,
        continuesSymbol(previous, with: recognized) || splitsDate(previous, recognized)
      {
        words[words.count - 1] = RecognizedWord(
          text: previous.text + recognized.text, box: previous.box.union(recognized.box),
          confidence: min(previous.confidence, recognized.confidence))
      } else {
        words.append(recognized)
      }
    } while TessResultIteratorNext(iterator, RIL_WORD) != 0
    finishBlock()
    return blocks
  }
}

extension ResultReader {
  /// Tesseract cuts document symbols after a hyphen or slash ("30/KH-" "UBND") when the glyphs
  /// leave a hair of space; a gap far narrower than a word space means one token.
  static func continuesSymbol(_ previous: RecognizedWord, with next: RecognizedWord) -> Bool {
    guard let last = previous.text.last, last == "-" || last == "/", previous.text.count > 1 else {
      return false
    }
    let gap = next.box.x - previous.box.maxX
    let height = max(previous.box.height, next.box.height)
    return gap >= -2 && Double(gap) < 0.15 * Double(height)
  }

  /// Tesseract sets the narrow figure 1 apart with a word space of its own ("05/1 1/2025",
  /// "25/1 1/2025"): two runs of figures and slashes that only together make a date
  /// (day/month/year, in range) are one token. Geometry cannot tell, as the gap is as wide as a
  /// real space; a date never stands next to another piece of a date in prose.
  static func splitsDate(_ previous: RecognizedWord, _ next: RecognizedWord) -> Bool {
    let left = previous.text
    let right = next.text.prefix { $0.isNumber || $0 == "/" }
    guard let last = left.last, last.isNumber, right.first?.isNumber == true,
      left.allSatisfy({ $0.isNumber || $0 == "/" }), next.text.count - right.count <= 2
    else { return false }
    return isDate(left + right) && !isDate(Substring(left)) && !isDate(right)
  }

  /// Whether `text` is a whole date written with figures, d/m/yyyy, in range.
  private static func isDate(_ text: some StringProtocol) -> Bool {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4,
      let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2])
    else { return false }
    return (1...31).contains(day) && (1...12).contains(month) && (1900...2099).contains(year)
  }
}
