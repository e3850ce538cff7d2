import DispatchParser
import Foundation
import TestSupport
import Testing

/// Whole texts from scans (`Fixtures/parser-ocr/`) against the dispatches' hand-written records:
/// every field is right except those whose information the text itself lost.
struct OCRScanFixtureTests {
  /// Per scan, the fields the text cannot support, with what happened to them.
  static let lostFields: [String: [String: String]] = [
    "qd-85-thptcva-200": ["subject": "\"học kỳ II\" read as \"học kỳ H\""],
    "cv-2207-stnmt-200": [
      "subject": "restoration wrote \"hướng dân\" for \"hướng dẫn\"",
      "references[0].date": "\"ngày I§ tháng năm 2024\": the law's date lost its month",
      "references[2].symbol": "\"3164/UBND-VPS\" for 3164/UBND-VP5",
    ],
    "tb-512-bnv-150": [
      "date": "\"ngày 12 tháng năm 2025\": the handwritten month was not read",
      "subject": "\"hết luận\", \"chuyến đối số\"",
      "distribution": "\"~ Bộ trưởng k\" lost \"(để b/c)\"; \"Thứ trưởng Trần Quang Huy\" lost",
    ],
    "cv-115-pa83-150": [
      "date": "\"năm 2/9\": the year's middle figures were lost",
      "symbol": "\"PAS3\" in the symbol and \"PA#3\" in the filing item: neither reads the 8",
      "distribution": "same",
    ],
    "qd-85-thptcva-150": [
      "issuer.name": "restoration wrote \"Chủ Văn An\" for \"Chu Văn An\"",
      "references[1].subject": "\"trang học\", \"trune học\" for \"trung học\"",
      "references[2].date": "\"18/4/20235\": a fifth figure makes the year unreadable",
      "references[2].subject": "\"cuỗi\" for \"cuối\"",
    ],
    "tb-512-bnv-200": [
      "references[0].kind": "\"Luật Lưu trữ năm 2024\" read as \"Lưu trữ\" (two words lost)",
      "references[0].date": "same", "references[0].subject": "same",
    ],
    "cv-1846-snnmt-150": [
      "date": "\"tháng ® năm 202$\"", "subject": "restoration wrote \"bảo\" for \"bão\"",
      "urgency": "the red KHẨN stamp was dropped with the seal colour",
    ],
  ]

  @Test(arguments: OCRScanFixtureTests.lostFields.keys.sorted())
  func readsEveryFieldTheTextKeeps(scan: String) throws {
    let text = try RepositoryPaths.fixtureText("parser-ocr/\(scan).txt")
    let dispatch = String(scan.dropLast(4))
    let json = try Data(
      contentsOf: RepositoryPaths.fixture("dispatches").appendingPathComponent(
        dispatch + ".record.json"))
    let expected = try JSONDecoder().decode(DispatchRecord.self, from: json)
    let score = ParserEvaluation.fieldAccuracy(
      expected: expected, actual: DispatchParser().parse(text))
    let lost = Self.lostFields[scan] ?? [:]
    let wrong = score.mismatches.filter { lost[String($0.prefix { $0 != ":" })] == nil }
    #expect(wrong.isEmpty, "\(scan): \(wrong.joined(separator: "\n"))")
  }
}
