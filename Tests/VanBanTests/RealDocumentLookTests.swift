import Foundation
import TestSupport
import Testing

/// Second looks measured on real scans from `../shared/realdocs` (the development set beside the
/// project, not copied into Fixtures/ for its size): they run where that folder is.
@Suite(
  "Second looks on real scans",
  .enabled(if: RealDocuments.available, "../shared/realdocs is not beside this checkout"))
struct RealDocumentLookTests {
  private func scan(_ name: String) throws -> [String: Any] {
    let result = try CommandRunner.vanban(
      ["scan", "--format", "json", "--jobs", "2", RealDocuments.path(name)])
    #expect(result.status == 0, "\(result.stderr)")
    return try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
  }

  @Test("A signer block a grey seal hid from the page's reading is read beside 'Nơi nhận'")
  func signerUnderAGreySeal() throws {
    let object = try scan(
      "QuangDuyxyz__OCR_LOCAL_VBHC__2352_(_07-CT-UBND).signed_20250221_092046.pdf")
    let record = try #require(object["record"] as? [String: Any])
    let signer = try #require(record["signer"] as? [String: Any])
    #expect(signer["name"] as? String == "Phạm Trường Thọ")
    #expect(signer["authority"] as? String == "KT")
    #expect(signer["onBehalfOf"] as? String == "Chủ tịch")
    #expect(signer["title"] as? String == "Phó Chủ tịch")
    let notes = (object["pages"] as? [[String: Any]])?.flatMap { $0["notes"] as? [String] ?? [] }
    #expect(notes?.contains { $0.contains("inferred from a title read twice") } == true)
  }

  @Test("A 'Số:' line the page's reading left bare keeps its printed codes")
  func bareNumberLine() throws {
    let object = try scan("QuangDuyxyz__OCR_LOCAL_VBHC__660TBUB.signed_20250219_234149.pdf")
    let record = try #require(object["record"] as? [String: Any])
    // The number is written in a hand-like face: read when the digit reader and Tesseract agree
    // on it, else left out with a note; never another number.
    let symbol = record["symbol"] as? String
    #expect(symbol == "660/TB-UBND" || symbol == "/TB-UBND")
    let notes = (object["pages"] as? [[String: Any]])?.first?["notes"] as? [String] ?? []
    #expect(notes.contains { $0.contains("read again on its own") })
  }

  @Test(
    "A number written by hand is read digit by digit; a list whose first items were lost is read again"
  )
  func handwrittenNumberAndLostListItems() throws {
    let object = try scan("QuangDuyxyz__OCR_LOCAL_VBHC__575_UB.signed_20250510_124908.pdf")
    let record = try #require(object["record"] as? [String: Any])
    #expect(record["number"] as? String == "575")
    #expect(record["symbol"] as? String == "575/UBND-KTTH")
    // The day, a 04 whose 4 the digit reader is not sure of: read when Tesseract's readings
    // confirm it, else left out rather than guessed.
    let date = record["date"] as? String
    #expect(date == "2025-02-04" || date == "2025-02")
    let distribution = record["distribution"] as? [String] ?? []
    #expect(distribution.first == "Như trên")
    #expect(distribution.contains("CT, PCT UBND tỉnh"))
    #expect(distribution.count == 6, "\(distribution)")
    let notes = (object["pages"] as? [[String: Any]])?.flatMap { $0["notes"] as? [String] ?? [] }
    #expect(notes?.contains { $0.contains("\"575\" was read from handwriting") } == true)
    #expect(notes?.contains { $0.contains("the list was read again") } == true)
  }

  @Test("A handwritten day is read digit by digit")
  func handwrittenDay() throws {
    let object = try scan("QuangDuyxyz__OCR_LOCAL_VBHC__280_BC.signed_20250219_164611.pdf")
    let record = try #require(object["record"] as? [String: Any])
    #expect(record["date"] as? String == "2024-11-22")
    #expect(record["symbol"] as? String == "280/BC-UBND")
  }

  @Test("A 'HỎA TỐC' stamp set at a slant in a red arrow is the urgency, not an addressee")
  func slantedStamp() throws {
    let object = try scan("QuangDuyxyz__OCR_LOCAL_VBHC__299_UB.signed_20250510_124908.pdf")
    let record = try #require(object["record"] as? [String: Any])
    #expect(record["urgency"] as? String == "Hỏa tốc")
    #expect(
      record["recipients"] as? [String] == [
        "Sở Giao thông vận tải", "Sở Nông nghiệp và Phát triển nông thôn",
      ])
  }

  @Test("A notice of thin, light print is read, not taken for two blank pages")
  func lightPrint() throws {
    let object = try scan("tuanhud__quanlycongvan2013__Tuyen_thuc_tap_dot_3.pdf")
    let record = try #require(object["record"] as? [String: Any])
    let subject = record["subject"] as? String ?? ""
    #expect(subject.hasPrefix("Kế hoạch bảo vệ Thực tập Tốt nghiệp"), "\(subject)")
    #expect(record["place"] as? String == "Hồ Chí Minh")
  }
}

/// The real scans of `../shared/realdocs`, beside the checkout.
enum RealDocuments {
  static var folder: URL {
    RepositoryPaths.root.deletingLastPathComponent().appendingPathComponent("shared/realdocs")
  }
  static var available: Bool {
    FileManager.default.fileExists(atPath: folder.appendingPathComponent("SOURCES.tsv").path)
  }
  static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
}
