import Testing

@testable import TesseractOCR

@Suite("Words Tesseract cuts or dirties: split dates, specks read as punctuation")
struct WordJoiningTests {
  private func word(_ text: String, x: Int, width: Int = 60, height: Int = 30) -> RecognizedWord {
    RecognizedWord(
      text: text, box: BoundingBox(x: x, y: 0, width: width, height: height), confidence: 90)
  }

  @Test(
    "Two runs of figures that only together make a date are one token",
    arguments: [
      ("05/1", "1/2025,", true), ("25/1", "1/2025", true), ("25/11/20", "25.", true),
      // A whole date after a figure may be a count and a date: left as read.
      ("2", "5/11/2025.", false),
    ])
  func splitDates(left: String, right: String, joined: Bool) {
    #expect(ResultReader.splitsDate(word(left, x: 0), word(right, x: 72)) == joined)
  }

  @Test(
    "Numbers side by side that are no split date stay apart",
    arguments: [
      ("1", "19"), ("05/11/2025", "12"), ("cấp", "8"), ("2024", "2025"), ("28/7", "2025"),
      ("1/2025", "1/2026"), ("05/1", "1/2025abc"),
    ])
  func notDates(left: String, right: String) {
    #expect(!ResultReader.splitsDate(word(left, x: 0), word(right, x: 72)))
  }

  @Test("Punctuation the size of a speck goes; dashes, bullets and words stay")
  func specks() {
    let line = TextLine(words: [
      word("__", x: 0, width: 3, height: 2), word("-", x: 10, width: 9, height: 5),
      word("Lưu:", x: 30), word(".", x: 100, width: 3, height: 3), word("VT.", x: 110),
    ])
    let kept = NoiseFilter.removingSpecks(line, typicalHeight: 30)
    #expect(kept.text == "- Lưu: VT.")
  }
}
