import OCRTestSupport
import PageImaging
import TesseractOCR
import TestSupport
import Testing

@testable import DispatchOCR

@Suite("Urgency and confidentiality stamps read from the red ink")
struct RedStampTests {
  @Test(
    "OCR readings of stamps map to the stamp, near misses of short words do not",
    arguments: [
      ("kHAN", "KHẨN"), ("[KHẨN |", "KHẨN"), ("THUONG KHAN", "THƯỢNG KHẨN"),
      ("THƯỢNG KHÂN", "THƯỢNG KHẨN"), ("HOA TOC", "HỎA TỐC"),
      ("HỎA TỐC HẸN GIỜ", "HỎA TỐC HẸN GIỜ"),
      ("MẬT", "MẬT"), ("TỐI MẬT", "TỐI MẬT"), ("TUYET MAT", "TUYỆT MẬT"),
    ])
  func stamps(reading: String, stamp: String) {
    #expect(RedStamp.stamp(reading: reading) == stamp)
  }

  @Test(
    "Seal lettering and specks are no stamps",
    arguments: ["NHAN", "NHÂN", "MAI", "HAN", "¬", "x~ZZTT\"x", "ỦY BAN NHÂN DÂN", ""])
  func noStamp(reading: String) {
    #expect(RedStamp.stamp(reading: reading) == nil)
  }

  @Test(
    "The red KHẨN stamp dropped with the seal is read back into the header; other sealed pages get none"
  )
  func stampOnScans() async throws {
    let scans = try FixtureManifest.scans(inSet: "ppi200").filter { $0.seal == true }
    let stamped = try #require(scans.first { $0.file.contains("cv-1846") })
    let worker = OCRWorker(passes: [DispatchLooks()], label: "test.stamps")
    for fixture in [stamped] + scans.filter({ $0.file != stamped.file }).prefix(2) {
      let page = try await worker.recognize(try ScannedDocument(path: fixture.path), page: 1)
      let stamps = page.lines.map(\.text).filter { RedStamp.vocabulary.contains($0) }
      if fixture.file == stamped.file {
        #expect(stamps == ["KHẨN"])
        // It stands in the left column under the subject line, before "Kính gửi".
        let texts = page.lines.map(\.text)
        let stampIndex = try #require(texts.firstIndex(of: "KHẨN"))
        let recipientsIndex = try #require(texts.firstIndex { $0.hasPrefix("Kính gửi") })
        #expect(stampIndex < recipientsIndex)
      } else {
        #expect(stamps.isEmpty, "\(fixture.file)")
      }
    }
  }
}
