import DiacriticRestorer
import Foundation
import TestSupport
import Testing

/// Real Vietnamese-model OCR lines of the fixture scans that the restorer must repair, or
/// leave alone (`Fixtures/restorer/vie-ocr-lines*.txt`).
@Suite struct VietnameseOCRLineTests {
  private func restorer() throws -> DiacriticRestorer {
    try #require(SharedRestorer.instance, "the committed model in Dictionaries/ must load")
  }

  @Test func restoresEveryLineAsExpected() throws {
    let input = try RepositoryPaths.fixtureText("restorer/vie-ocr-lines.txt")
    let expected = try RepositoryPaths.fixtureText("restorer/vie-ocr-lines-expected.txt")
    let result = try restorer().restore(input)
    let got = result.text.split(separator: "\n", omittingEmptySubsequences: false)
    let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(got.count == want.count)
    for (number, (line, wanted)) in zip(got, want).enumerated() {
      #expect(line == wanted, "line \(number + 1)")
    }
    // One OCR garbage token ("l4") must not send its line to the English-model channel.
    #expect(!result.channels.contains(.englishOCR))
  }

  @Test func correctLinesComeBackByteForByte() throws {
    let input = try RepositoryPaths.fixtureText("restorer/vie-ocr-lines.txt")
    let expected = try RepositoryPaths.fixtureText("restorer/vie-ocr-lines-expected.txt")
    let output = try restorer().restore(input).text.split(
      separator: "\n", omittingEmptySubsequences: false)
    let pairs = zip(
      input.split(separator: "\n", omittingEmptySubsequences: false),
      expected.split(separator: "\n", omittingEmptySubsequences: false))
    for (index, (line, wanted)) in pairs.enumerated() where line == wanted {
      #expect(Array(output[index].utf8) == Array(line.utf8), "line \(index + 1)")
    }
  }

  @Test func misreadNumbersAndAbbreviations() {
    #expect(OCRRepairs.misreadNumber("l4") == "14")
    #expect(OCRRepairs.misreadNumber("L7") == "17")
    #expect(OCRRepairs.misreadNumber("2O25") == "2025")
    #expect(OCRRepairs.misreadNumber("2025") == nil)
    #expect(OCRRepairs.misreadNumber("lá") == nil)
    #expect(OCRRepairs.misreadNumber("II") == nil)
    #expect(OCRRepairs.misreadAbbreviation("bíc") == "b/c")
    #expect(OCRRepairs.misreadAbbreviation("lbíc") == "b/c")
    #expect(OCRRepairs.misreadAbbreviation("vív") == "v/v")
    #expect(OCRRepairs.misreadAbbreviation("VWv") == "V/v")
    #expect(OCRRepairs.misreadAbbreviation("VW") == "V/v")
    #expect(OCRRepairs.misreadAbbreviation("bác") == nil)
    #expect(OCRRepairs.misreadAbbreviation("bích") == nil)
    #expect(OCRRepairs.misreadListedAbbreviation("LBND") == "UBND")
    #expect(OCRRepairs.misreadListedAbbreviation("UBND") == nil)
    #expect(OCRRepairs.misreadListedAbbreviation("PTDS") == nil)
  }
}
