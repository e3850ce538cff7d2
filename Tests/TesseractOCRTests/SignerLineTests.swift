import PageImaging
import TestSupport
import Testing

@testable import TesseractOCR

@Suite("The signer's name read again under the seal")
struct SignerLineTests {
  @Test(
    "A second reading is taken where it moves or adds marks on the same letters, never where it drops marks or letters",
    arguments: [
      (["Đồ", "Minh", "Hòa"], ["Đỗ", "Minh", "Hòa"], true),
      (["Đăng", "Quốc", "Khánh"], ["Đặng", "Quốc", "Khánh"], true),
      (["Hồ", "Sỹ", "Tuấn"], ["Hồ", "Sy", "Tuấn"], false),
      (["Phạm", "Việt", "Anh"], ["PBạm", "Việt", "Anh"], false),
      (["Vũ", "Thị", "Hồng", "Nhung"], ["VBThiHồng", "Nhang"], false),
      (["Mai", "Văn", "Tuất"], ["Mai", "Văn", "Tuất"], false),
    ])
  func marksOnly(first: [String], reading: [String], taken: Bool) {
    #expect(SignerLine.differsInMarksOnly(first, reading) == taken)
  }

  @Test("Marks around the name's words are not letters")
  func letterWords() {
    #expect(
      SignerLine.letterWords(["_Trung", "tá", "Lê", "—", "Thắng."]) == [
        "Trung", "tá", "Lê", "Thắng",
      ])
  }

  @Test("The family name the page's reading loses under the seal is read on the line alone")
  func nameUnderSeal() async throws {
    let fixture = try #require(
      try FixtureManifest.scans(inSet: "ppi200").first { $0.file.contains("tb-512-bnv") })
    let recognized = try #require(try await FixtureRecognition.pages(of: fixture).first)
    #expect(recognized.lines.last?.text == "Đỗ Minh Hòa")

    var firstReadingOnly = OCRConfiguration()
    firstReadingOnly.rereadSignerName = false
    let plain = try await OCRWorker(configuration: firstReadingOnly, label: "test.signer")
      .recognize(try ScannedDocument(path: fixture.path), page: 1)
    // Without the second look the tone mark is wrong: the test still shows something.
    #expect(plain.lines.last?.text == "Đồ Minh Hòa")
  }
}
