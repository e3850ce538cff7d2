import OCRTestSupport
import PageImaging
import TesseractOCR
import TestSupport
import Testing

@testable import DispatchOCR

@Suite("Dates written out in words, read again when their figures break")
struct WrittenDateTests {
  private func words(_ text: String) -> [RecognizedWord] {
    text.split(separator: " ").enumerated().map { index, word in
      RecognizedWord(
        text: String(word), box: BoundingBox(x: index * 50, y: 0, width: 40, height: 30),
        confidence: 90)
    }
  }

  /// The words of `line` spliced after a vote of its first date with the dates of `readings`.
  private func settled(_ line: String, readings: [String]) throws -> String {
    let first = words(line)
    let firstDate = try #require(WrittenDate.all(in: first.map(\.text)).first)
    var ballot = DateBallot(first: firstDate, words: first)
    for reading in readings {
      let readingWords = words(reading)
      ballot.count(
        try #require(WrittenDate.all(in: readingWords.map(\.text)).first), words: readingWords)
    }
    return ballot.splicedWords().map(\.text).joined(separator: " ")
  }

  @Test(
    "Figures read plainly, as look-alike letters, or not at all",
    arguments: [
      ("Hà Nội, ngày 12 tháng 11 năm 2025", [2, 2, 2]),
      ("Lê Chân, ngày 01 tháng !2 năm 2025.", [2, 1, 2]),
      ("Hà Nội, ngày 12 tháng năm 2025", [2, 0, 2]),
      ("Nam Định, ngày tháng 9 năm 2024", [0, 2, 2]),
      ("Quảng Ninh, ngày 24 tháng ® năm 202$", [2, 0, 0]),
      ("ngày 32 tháng 13 năm 12025", [0, 0, 0]),
    ])
  func legibility(line: String, expected: [Int]) throws {
    let date = try #require(WrittenDate.all(in: line.split(separator: " ").map(String.init)).first)
    #expect(WrittenDate.Part.allCases.map(date.legibility(of:)) == expected)
  }

  @Test("Dates in figures after \"ngày\" are read part by part")
  func datesInFigures() throws {
    let date = try #require(
      WrittenDate.all(in: ["Kế", "hoạch", "ngày", "!8/4/20235", "của"]).first)
    #expect(date.inFigures)
    #expect(WrittenDate.Part.allCases.map(date.legibility(of:)) == [1, 2, 0])
    #expect(date.span == 2...3)
  }

  @Test("A year in figures that the readings agree on replaces a garbled one")
  func ballotInFigures() throws {
    #expect(
      try settled(
        "số 12/KH-THPTCVA ngày !8/4/20235 của",
        readings: ["ngày 18/4/2025 của.", "ngày I8/4/2025 của"])
        == "số 12/KH-THPTCVA ngày !8/4/2025 của")
  }

  @Test("Symbols and lines without the three anchor words are no dates")
  func notWrittenDates() {
    for line in ["ngày 30/2020/NĐ-CP", "tháng 12 năm 2025", "ngày 12 tháng 11", "năm 2025"] {
      #expect(WrittenDate.all(in: line.split(separator: " ").map(String.init)).isEmpty, "\(line)")
    }
  }

  @Test(
    "A missing month agreed on by second readings is put in; a lone garbled reading changes nothing"
  )
  func ballot() throws {
    let line = "Hà Nội, ngày 12 tháng năm 2025"
    #expect(
      try settled(
        line, readings: ["Nội, ngày 12 tháng 11 năm 2025.", "Nội, ngày 12 tháng LÌ năm 2023"])
        == "Hà Nội, ngày 12 tháng 11 năm 2025")
    #expect(try settled(line, readings: ["Nội, ngày 12 tháng LÌ năm 2025"]) == line)
  }

  @Test("The italic month Tesseract drops on the 200 ppi notice is read again from its strip")
  func droppedMonthOnScan() async throws {
    let fixture = try #require(
      try FixtureManifest.scans(inSet: "ppi200").first { $0.file.contains("tb-512-bnv") })
    let recognized = try #require(try await dispatchRecognition.pages(of: fixture).first)
    #expect(recognized.text.contains("Hà Nội, ngày 12 tháng 11 năm 2025"))

    var withoutSecondLook = DispatchLooks()
    withoutSecondLook.rereadWrittenDates = false
    let plain = try await OCRWorker(passes: [withoutSecondLook], label: "test.dates")
      .recognize(try ScannedDocument(path: fixture.path), page: 1)
    // Guards that the test still shows something: without the second look the month is gone.
    #expect(plain.text.contains("ngày 12 tháng năm 2025"))
    // Lines without a broken date are untouched.
    let others = { (page: RecognizedPage) in page.lines.map(\.text).filter { !$0.contains("tháng") }
    }
    #expect(others(recognized) == others(plain))
  }
}
