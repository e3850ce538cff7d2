import DiacriticRestorer
import Foundation
import TestSupport
import Testing

@Suite struct TokenizerTests {
  private func spans(_ text: String) -> [(Token.Kind, String)] {
    Tokenizer.tokens(in: text).map { ($0.kind, String(text.unicodeScalars[$0.range])) }
  }

  @Test(arguments: ["heldout-correct.txt", "seed-dispatch-ocr.txt", "ocr-vie-output.txt"])
  func tokensCoverTheTextByteForByte(file: String) throws {
    let text = try RepositoryPaths.fixtureText("restorer/\(file)")
    let joined = spans(text).map(\.1).joined()
    #expect(Array(joined.utf8) == Array(text.utf8))
  }

  @Test func documentSymbolsDatesAndAbbreviationsStayWhole() {
    let result = spans("Số: 365/BC-UBND ngày 28/7/2025 theo Nghị định 30/2020/NĐ-CP, HĐND (b/c).")
    let kinds = Dictionary(result.map { ($0.1, $0.0) }, uniquingKeysWith: { first, _ in first })
    #expect(kinds["365/BC-UBND"] == .symbol)
    #expect(kinds["28/7/2025"] == .symbol)
    #expect(kinds["30/2020/NĐ-CP"] == .symbol)
    #expect(kinds["HĐND"] == .abbreviation)
    #expect(kinds["b/c"] == .abbreviation)
    #expect(kinds["Số"] == .word)
    #expect(kinds[","] == .punctuation)
  }

  @Test func urlsAndEmailsStayWhole() {
    let result = spans(
      "Gửi vanthu@lechan.haiphong.gov.vn, xem https://lechan.haiphong.gov.vn/tin-tuc.")
    #expect(result.contains { $0.0 == .email && $0.1 == "vanthu@lechan.haiphong.gov.vn" })
    #expect(result.contains { $0.0 == .url && $0.1 == "https://lechan.haiphong.gov.vn/tin-tuc" })
  }

  @Test func ocrDebrisStaysInsideTheWord() {
    let result = spans("S6:365 ty 1¢ L8 Chan")
    #expect(result.filter { $0.0 == .word }.map(\.1) == ["S6", "ty", "1¢", "L8", "Chan"])
    #expect(result.contains { $0.0 == .number && $0.1 == "365" })
  }

  @Test func casePatterns() {
    #expect(CasePattern(of: "công") == .lower)
    #expect(CasePattern(of: "Công") == .title)
    #expect(CasePattern(of: "CÔNG") == .upper)
    #expect(CasePattern(of: "nghiỆp") == .mixed)
    #expect(CasePattern.upper.apply(to: "đạo") == "ĐẠO")
    #expect(CasePattern.title.apply(to: "đề") == "Đề")
    #expect(CasePattern.mixed.apply(to: "nghiệp") == "nghiệp")
  }
}
