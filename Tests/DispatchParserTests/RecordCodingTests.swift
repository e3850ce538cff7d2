import DispatchParser
import Foundation
import Testing

/// The JSON contract, the Appendix III table, and input that is not a dispatch.
struct RecordCodingTests {
  static let keys: Set<String> = [
    "documentType", "number", "symbol", "date", "place", "issuer", "subject", "recipients",
    "references",
    "signer", "distribution", "urgency", "confidentiality", "copy", "confidence", "warnings",
    "digitalSignatures", "receivedStamp",
  ]

  func json(_ record: DispatchRecord) throws -> [String: Any] {
    let data = try JSONEncoder().encode(record)
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  @Test func encodesEveryKeyWithExplicitNulls() throws {
    let object = try json(DispatchRecord())
    #expect(Set(object.keys) == Self.keys)
    #expect(object["symbol"] is NSNull)
    #expect(object["copy"] is NSNull)
    let signer = try JSONEncoder().encode(
      Signer(authority: nil, onBehalfOf: nil, title: "Chủ tịch", name: nil))
    let signerObject = try #require(
      try JSONSerialization.jsonObject(with: signer) as? [String: Any])
    #expect(Set(signerObject.keys) == ["authority", "onBehalfOf", "title", "name", "rank"])
    #expect(signerObject["rank"] is NSNull)
  }

  @Test func roundTripsThroughJSON() throws {
    let record = DispatchParser().parse(SampleDispatch.text())
    let decoded = try JSONDecoder().decode(DispatchRecord.self, from: JSONEncoder().encode(record))
    #expect(decoded == record)
    #expect(record.references.first?.kind == "Luật")
  }

  @Test func appendixIIITableIsComplete() {
    let codes = DocumentType.appendixIII.compactMap(\.code)
    #expect(codes.count == 30)
    #expect(Set(codes).count == 30)
    for code in [
      "NQ", "QĐ", "CT", "QC", "QyĐ", "TC", "TB", "HD", "CTr", "KH", "PA", "ĐA", "DA", "BC", "BB",
      "TTr", "HĐ", "CĐ", "BGN", "BTT", "GUQ", "GM", "GGT", "GNP", "PG", "PC", "PB", "SY", "TrS",
      "SL",
    ] {
      #expect(codes.contains(code), "\(code)")
    }
  }

  @Test(arguments: [
    "", "   \n\n", "%PDF-1.4 \u{1}\u{2}\u{3} xref 0 12 trailer",
    "The quick brown fox jumps over the lazy dog.\nNothing here.",
  ])
  func garbageGivesNullsAndAWarning(input: String) throws {
    let record = DispatchParser().parse(input)
    #expect(
      record.symbol == nil && record.date == nil && record.issuer == nil && record.signer == nil)
    #expect(record.references.isEmpty && record.distribution.isEmpty)
    #expect(record.warnings.count == 1)
    #expect(Set(try json(record).keys) == Self.keys)
  }

  @Test func invalidUTF8IsATypedError() {
    #expect(throws: DispatchParserError.notText(byteCount: 3, source: "scan.txt")) {
      try DispatchParser().parse(data: Data([0xFF, 0xFE, 0xC3]), source: "scan.txt")
    }
  }

  @Test func binaryDataIsATypedError() {
    // Valid UTF-8, but a NUL byte: binary data, as vanban parse reads it.
    #expect(throws: DispatchParserError.notText(byteCount: 7, source: "scan.png")) {
      try DispatchParser().parse(data: Data("PNG\0abc".utf8), source: "scan.png")
    }
  }

  @Test func confidenceIsZeroForUnknownFields() {
    let record = DispatchParser().parse(SampleDispatch.text())
    #expect(record.confidence["symbol"] == 0.95)
    #expect(record.confidence["urgency"] == nil)
    let ocr = DispatchParser().parse(
      SampleDispatch.text(header: "SỞ NỘI VỤ\nS6:45/KH-SNV\nNinh Bình, ngày 03 tháng 02 năm 2026"))
    #expect(ocr.symbol == "45/KH-SNV")
    #expect(ocr.confidence["place"] == 0.95)
  }
}

/// Digital-signature boxes and the incoming-mail stamp: reported in the record, kept out of its
/// fields.
struct StampRecordTests {
  @Test func readsSignatureBoxesOfBothKinds() {
    let signatures = DispatchParser.digitalSignatures(
      in: """
        Ký bởi: Ủy ban nhân dân
        tỉnh Quảng Ngãi
        Thời gian ký: 05/01/2021
        08:15:24
        TRUNG TÂM CÔNG BÁO
        VÀ TIN HỌC
        ttcbth@quangngai.gov.vn
        05.02.2025 15:35:18 +07:00
        """)
    #expect(
      signatures == [
        DigitalSignature(
          signer: "Ủy ban nhân dân tỉnh Quảng Ngãi", email: nil, time: "2021-01-05T08:15:24"),
        DigitalSignature(
          signer: "Trung tâm Công báo và Tin học", email: "ttcbth@quangngai.gov.vn",
          time: "2025-02-05T15:35:18+07:00"),
      ])
  }

  @Test func keepsTheIncomingStampOutOfTheSubject() {
    let title = """
      KẾ HOẠCH
      Kiểm tra công tác văn thư, lưu trữ
      ĐẾN | Chuyển:
      Ngày : 21/3/18
      năm 2026
      """
    let record = DispatchParser().parse(SampleDispatch.text(title: title))
    #expect(record.receivedStamp == ReceivedStamp(number: nil, date: "2018-03-21"))
    #expect(record.subject == "Kiểm tra công tác văn thư, lưu trữ năm 2026")
  }
}
