import DispatchParser
import Testing

/// `ParserEvaluation.fieldAccuracy`, which the benchmark prints.
struct EvaluationTests {
  @Test func countsEqualRecordsAsAllCorrect() {
    let record = DispatchParser().parse(SampleDispatch.text())
    let score = ParserEvaluation.fieldAccuracy(expected: record, actual: record)
    #expect(score.correct == score.total)
    #expect(score.mismatches.isEmpty)
    // 18 record fields plus 7 for the one reference.
    #expect(score.total == 25)
  }

  @Test func reportsEachWrongField() {
    let expected = DispatchParser().parse(SampleDispatch.text())
    var actual = expected
    actual.symbol = "45/KH-UBND"
    actual.signer?.name = "Lê Thị Mây"
    actual.references.append(
      Reference(
        kind: "Kế hoạch", typeCode: "KH", number: "1", symbol: "1/KH-UBND", date: nil, issuer: nil,
        subject: nil))
    let score = ParserEvaluation.fieldAccuracy(expected: expected, actual: actual)
    #expect(score.total - score.correct == 3)
    #expect(score.mismatches.contains { $0.hasPrefix("symbol:") })
    #expect(score.mismatches.contains { $0.hasPrefix("signer.name:") })
    #expect(score.mismatches.contains { $0.hasPrefix("references[extra]") })
  }

  @Test func pairsAGarbledSymbolByNumberAndDate() {
    let cited = Reference(
      kind: "Văn bản", typeCode: nil, number: "3164", symbol: "3164/UBND-VP5",
      date: "2024-09-05", issuer: "Ủy ban nhân dân tỉnh", subject: "triển khai thi hành")
    var read = cited
    read.symbol = "3164/UBND-VPS"
    var expected = DispatchRecord()
    expected.references = [cited]
    var actual = DispatchRecord()
    actual.references = [read]
    let score = ParserEvaluation.fieldAccuracy(expected: expected, actual: actual)
    #expect(
      score.mismatches == ["references[0].symbol: expected \"3164/UBND-VP5\" got \"3164/UBND-VPS\""]
    )
    // Another date is another document: its six non-null fields missing and one extra.
    actual.references[0].date = "2024-09-06"
    let other = ParserEvaluation.fieldAccuracy(expected: expected, actual: actual)
    #expect(other.total - other.correct == 7)
  }

  @Test func pairsALawWhoseDateWasLostByKindAndName() {
    let cited = Reference(
      kind: "Luật", typeCode: nil, number: nil, symbol: nil, date: "2024-01-18", issuer: nil,
      subject: "Đất đai")
    var read = cited
    read.date = nil
    var expected = DispatchRecord()
    expected.references = [cited]
    var actual = DispatchRecord()
    actual.references = [read]
    let score = ParserEvaluation.fieldAccuracy(expected: expected, actual: actual)
    #expect(score.mismatches == ["references[0].date: expected \"2024-01-18\" got null"])
    // Another law is another citation.
    actual.references[0].subject = "Đầu tư"
    let other = ParserEvaluation.fieldAccuracy(expected: expected, actual: actual)
    #expect(other.mismatches.contains { $0.hasPrefix("references[extra]") })
  }

  @Test func ignoresWhitespaceAndNormalisationDifferences() {
    var expected = DispatchRecord()
    expected.subject = "Công tác  văn thư"
    var actual = DispatchRecord()
    actual.subject = "Co\u{0302}ng ta\u{0301}c văn thư"
    let score = ParserEvaluation.fieldAccuracy(expected: expected, actual: actual)
    #expect(score.correct == score.total)
  }
}

/// Verdicts of `FieldComparison`: what the real-scan benchmark counts as right, partial, missing
/// and wrong.
struct FieldVerdictTests {
  @Test(
    "Printed tail of a symbol and a date of reduced precision are partial; other values wrong",
    arguments: [
      (
        "symbol", "575/UBND-KTTH" as String?, "/UBND-KTTH" as String?,
        FieldComparison.Verdict.partial
      ),
      ("symbol", "575/UBND-KTTH", "75/UBND-KTTH", .wrong),
      ("symbol", "575/UBND-KTTH", "/", .wrong),
      ("date", "2025-02-04", "2025-02", .partial),
      ("date", "2025-02-04", "2025", .partial),
      ("date", "2025-02-04", "2025-02-05", .wrong),
      ("date", "2025-12-04", "2025-1", .wrong),
      ("references[0].date", "2024-11-20", "2024-11", .partial),
      ("place", "Quảng Ngãi", "Quảng  Ngãi", .right),
      ("place", "Quảng Ngãi", nil, .missing),
      ("place", nil, "Quảng Ngãi", .wrong),
    ])
  func verdicts(field: String, expected: String?, actual: String?, verdict: FieldComparison.Verdict)
  {
    #expect(FieldComparison(field: field, expected: expected, actual: actual).verdict == verdict)
  }

  @Test func labelledCoreFieldsLeaveOutListsAndEmptyFields() {
    let expected = DispatchParser().parse(SampleDispatch.text())
    var actual = expected
    actual.symbol = nil
    actual.urgency = "Khẩn"
    let report = EvaluationReport([
      DocumentEvaluation(
        id: "x", fields: ParserEvaluation.comparisons(expected: expected, actual: actual))
    ])
    let core = report.labelledCore
    #expect(core[.missing] == 1)
    #expect(core[.wrong] == 1)
    #expect(
      core.total
        == ParserEvaluation.comparisons(expected: expected, actual: actual).filter {
          $0.isCore && $0.isLabelled
        }.count)
    #expect(report.lines.last?.hasPrefix("labelled core fields:") == true)
  }
}
