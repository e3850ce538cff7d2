import DispatchParser
import Foundation
import TestSupport
import Testing

/// Truncated, shuffled and random input never crashes the parser and always yields the full record.
struct RobustnessTests {
  @Test func parsesEveryTruncationOfAFixture() throws {
    let text = try RepositoryPaths.fixtureText("dispatches/cv-2207-stnmt.txt")
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    for count in 0...lines.count {
      let record = DispatchParser().parse(lines.prefix(count).joined(separator: "\n"))
      if count >= 8 {
        #expect(record.symbol == "2207/STNMT-QLĐĐ", "first \(count) lines")
      }
    }
    // Cut mid-line too: every 97th character.
    for end in stride(from: 0, to: text.count, by: 97) {
      try Self.expectWellFormed(DispatchParser().parse(String(text.prefix(end))), "\(end) chars")
    }
  }

  /// What holds for every record whatever the input: it survives a round trip through the JSON
  /// contract; confidences are between 0 and 1, and 0 exactly for a null field; dates are ISO
  /// 8601 of full or reduced precision; no value spans lines; a record either names at least
  /// two dispatch anchors or says in one warning that it found none.
  static func expectWellFormed(
    _ record: DispatchRecord, _ context: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let decoded = try JSONDecoder().decode(
      DispatchRecord.self, from: JSONEncoder().encode(record))
    #expect(decoded == record, "\(context)", sourceLocation: sourceLocation)
    #expect(
      record.confidence.values.allSatisfy { (0...1).contains($0) }, "\(context)",
      sourceLocation: sourceLocation)
    for (field, value) in [("symbol", record.symbol), ("date", record.date)] where value == nil {
      #expect(
        record.confidence[field] ?? 0 == 0, "\(context): \(field)", sourceLocation: sourceLocation)
    }
    let dates = [record.date] + record.references.map(\.date)
    for date in dates.compactMap({ $0 }) {
      #expect(
        date.wholeMatch(of: #/\d{4}(-\d{2}(-\d{2})?)?/#) != nil, "\(context): date \(date)",
        sourceLocation: sourceLocation)
    }
    let values =
      [
        record.number, record.symbol, record.place, record.subject, record.issuer?.name,
        record.issuer?.parent, record.signer?.name, record.signer?.title,
      ]
      + record.recipients.map(Optional.some) + record.distribution.map(Optional.some)
    for value in values.compactMap({ $0 }) {
      #expect(!value.contains("\n"), "\(context): \(value)", sourceLocation: sourceLocation)
    }
    let anchors = [
      record.symbol != nil, record.date != nil, record.documentType != nil,
      record.signer != nil, record.issuer?.name != nil,
    ].filter { $0 }.count
    #expect(
      anchors >= 2 || record.warnings.count == 1, "\(context): \(record.warnings)",
      sourceLocation: sourceLocation)
  }

  @Test func bodyOrderDoesNotMatterToHeaderAndFooter() throws {
    let text = try RepositoryPaths.fixtureText("dispatches/tb-512-bnv.txt")
    var lines = text.split(separator: "\n").map(String.init)
    let bodyStart = try #require(lines.firstIndex { $0.hasPrefix("Ngày 05/11/2025") })
    let bodyEnd = try #require(lines.firstIndex { $0.hasPrefix("Nơi nhận") })
    lines.replaceSubrange(bodyStart..<bodyEnd, with: lines[bodyStart..<bodyEnd].reversed())
    let shuffled = DispatchParser().parse(lines.joined(separator: "\n"))
    let original = DispatchParser().parse(text)
    #expect(shuffled.symbol == original.symbol && shuffled.signer == original.signer)
    // References come in reading order; the same ones, whatever the order.
    let sorted = { (record: DispatchRecord) in
      record.references.map { "\($0.kind ?? "")|\($0.symbol ?? $0.subject ?? "")" }.sorted()
    }
    #expect(sorted(shuffled) == sorted(original))
  }

  @Test func parsesRandomNoise() throws {
    // A fixed linear congruential generator, so failures reproduce.
    var state: UInt64 = 0x5EED
    let alphabet =
      Array("aăâbcdđeêghiklmnoôơpqrstuưvxyÀÁẠẢÃĐỀỂỄỆỜỚỢỞỠ0123456789 .,;:/-–()“”\n\t*_~|\\") + [
        "\u{0301}", "\u{0323}",
      ]
    for _ in 0..<40 {
      var text = ""
      for _ in 0..<600 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        text.append(alphabet[Int(state >> 33) % alphabet.count])
      }
      let record = DispatchParser().parse(text)
      #expect(!record.warnings.isEmpty || record.symbol != nil || record.date != nil)
      try Self.expectWellFormed(record, "noise")
    }
  }

  @Test func parsesPathologicalLines() throws {
    let inputs = [
      String(repeating: "Số: ", count: 500),
      String(repeating: "-", count: 5000),
      String(repeating: "Căn cứ Luật ", count: 300) + "ngày 1 tháng 1 năm 2020",
      "Nơi nhận:\n" + String(repeating: "- TM. KT. TL.\n", count: 200),
      "V/v\nKính gửi:\nNơi nhận:\nTM.\n",
      "\u{FEFF}\r\nSỐ: 1/BC-UBND\r\nHà Nội, ngày 1/1/2020\r\n",
    ]
    for input in inputs {
      try Self.expectWellFormed(DispatchParser().parse(input), String(input.prefix(20)))
    }
  }
}
