import DiacriticRestorer
import TesseractOCR

/// Tesseract's words of a page with the restorer's changes applied, so each restored word keeps
/// the box and confidence of the word it was read from.
///
/// The restorer reports each change as a range of the page's raw text; the raw text is the
/// words joined by spaces and lines by line breaks (``RecognizedPage/text``), so each word's
/// range in it is known and a change inside that range rewrites that word.
enum RestoredWords {
  /// The restored text of every word, line by line, in the shape of `page.recognition.lines`.
  static func lines(of page: PageResult) -> [[String]] {
    let lines = page.recognition.lines
    var restored = lines.map { $0.words.map(\.text) }
    guard let restoration = page.restoration, !restoration.changes.isEmpty else { return restored }
    let raw = page.rawText
    let changes = restoration.changes.map { change in
      (
        start: raw.utf8.distance(from: raw.startIndex, to: change.range.lowerBound),
        end: raw.utf8.distance(from: raw.startIndex, to: change.range.upperBound), change: change
      )
    }
    var offset = 0
    for (lineIndex, line) in lines.enumerated() {
      if lineIndex > 0 { offset += line.startsParagraph ? 2 : 1 }
      for (wordIndex, word) in line.words.enumerated() {
        if wordIndex > 0 { offset += 1 }
        let start = offset
        let end = start + word.text.utf8.count
        let inside = changes.filter { $0.start >= start && $0.end <= end }
        if !inside.isEmpty {
          restored[lineIndex][wordIndex] = apply(inside, to: word.text, at: start)
        }
        offset = end
      }
    }
    return restored
  }

  private static func apply(
    _ changes: [(start: Int, end: Int, change: RestorationResult.Change)], to word: String,
    at wordStart: Int
  ) -> String {
    var bytes = Array(word.utf8)
    for item in changes.sorted(by: { $0.start > $1.start }) {
      bytes.replaceSubrange(
        (item.start - wordStart)..<(item.end - wordStart), with: Array(item.change.replacement.utf8)
      )
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
