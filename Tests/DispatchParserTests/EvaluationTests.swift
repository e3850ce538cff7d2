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

  @Test func ignoresWhitespaceAndNormalisationDifferences() {
    var expected = DispatchRecord()
    expected.subject = "Công tác  văn thư"
    var actual = DispatchRecord()
    actual.subject = "Co\u{0302}ng ta\u{0301}c văn thư"
    let score = ParserEvaluation.fieldAccuracy(expected: expected, actual: actual)
    #expect(score.correct == score.total)
  }
}
