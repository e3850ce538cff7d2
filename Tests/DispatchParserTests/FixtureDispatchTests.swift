import DispatchParser
import Foundation
import TestSupport
import Testing

/// Every fixture dispatch in `Fixtures/dispatches/` against its hand-written expected record.
struct FixtureDispatchTests {
  static let folder = RepositoryPaths.fixture("dispatches")

  static var ids: [String] {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return files.filter { $0.hasSuffix(".record.json") }.map {
      String($0.dropLast(".record.json".count))
    }.sorted()
  }

  static func load(_ id: String) throws -> (text: String, expected: DispatchRecord) {
    let text = try String(contentsOf: folder.appendingPathComponent(id + ".txt"), encoding: .utf8)
    let json = try Data(contentsOf: folder.appendingPathComponent(id + ".record.json"))
    return (text, try JSONDecoder().decode(DispatchRecord.self, from: json))
  }

  @Test func everyExpectedRecordHasItsText() throws {
    let texts = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
      .filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }
    #expect(Self.ids.count >= 9)
    #expect(Set(Self.ids).isSubset(of: Set(texts)))
  }

  @Test(arguments: FixtureDispatchTests.ids)
  func reproducesEveryField(id: String) throws {
    let (text, expected) = try Self.load(id)
    let actual = DispatchParser().parse(text)
    let score = ParserEvaluation.fieldAccuracy(expected: expected, actual: actual)
    #expect(score.mismatches.isEmpty, "\(id): \(score.mismatches.joined(separator: "\n"))")
    #expect(score.total >= 20)
  }

  @Test func fieldAccuracyOverAllFixtures() throws {
    var correct = 0
    var total = 0
    for id in Self.ids {
      let (text, expected) = try Self.load(id)
      let score = ParserEvaluation.fieldAccuracy(
        expected: expected, actual: DispatchParser().parse(text))
      correct += score.correct
      total += score.total
    }
    print(
      "DispatchParser field accuracy on \(Self.ids.count) fixture dispatches: \(correct)/\(total)")
    #expect(total > 200)
    #expect(correct == total)
  }

  @Test func fixtureRecordsCarryNoParserOnlyFields() throws {
    for id in Self.ids {
      let (_, expected) = try Self.load(id)
      #expect(expected.confidence.isEmpty && expected.warnings.isEmpty, "\(id)")
      #expect(expected.documentType != nil && expected.signer?.name != nil, "\(id)")
    }
  }
}
