import Testing
import VietnameseText

@Suite("Legacy encodings")
struct LegacyEncodingTests {
  @Test("the fixture has all 134 marked letters")
  func fixtureIsComplete() {
    #expect(Set(AlphabetFixture.allMarked).count == 134)
  }

  @Test(
    "VNI and VISCII round-trip all 134 letters through a Windows-1252 mis-read",
    arguments: [LegacyEncoding.vni, .viscii])
  func roundTrip(encoding: LegacyEncoding) throws {
    let text = AlphabetFixture.paragraph(AlphabetFixture.allMarked)
    let bytes = try encoding.encode(text)
    #expect(encoding.decode(bytes: bytes) == text)
    #expect(encoding.decode(LegacyEncoding.windows1252Text(of: bytes)) == text)
  }

  @Test("TCVN3 round-trips lower-case letters exactly and capitals through the capitals-font rule")
  func roundTripTCVN3() throws {
    let lower = AlphabetFixture.paragraph(AlphabetFixture.lowercaseMarked)
    // A heading line: its ASCII capitals tell the decoder a capitals font was in use.
    let upper = "CÁC CHỮ CÁI: " + lower.uppercased()
    for text in [lower, upper, lower + "\n" + upper] {
      let bytes = try LegacyEncoding.tcvn3.encode(text)
      #expect(LegacyEncoding.tcvn3.decode(LegacyEncoding.windows1252Text(of: bytes)) == text)
    }
    // Capitals with tone marks have no byte of their own: they share the lower-case one.
    #expect(try LegacyEncoding.tcvn3.encode("Ộ") == LegacyEncoding.tcvn3.encode("ộ"))
  }

  @Test(
    "decodes samples published by independent converters",
    arguments: [
      (LegacyEncoding.vni, "Xin chaøo caùc baïn", "Xin chào các bạn"),
      (.tcvn3, "B¶o Th¾ng", "Bảo Thắng"),
      // ư is 0xAD, a soft hyphen in Windows-1252, which page views do not show.
      (.tcvn3, "M\u{AD}êng Kh\u{AD}¬ng", "Mường Khương"),
      (.tcvn3, "B¸t X¸t", "Bát Xát"),
    ])
  func knownSamples(encoding: LegacyEncoding, misread: String, expected: String) {
    #expect(encoding.decode(misread) == expected)
  }

  @Test("restores capitals typed in a TCVN3 capitals font")
  func tcvn3Headings() {
    #expect(
      LegacyEncoding.tcvn3.decode("CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM")
        == "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    #expect(LegacyEncoding.tcvn3.decode("§iÒu 1. QUYÕT §ÞNH") == "Điều 1. QUYẾT ĐỊNH")
  }

  @Test(
    "detects each encoding in a mis-read dispatch sentence",
    arguments: LegacyEncoding.allCases)
  func detection(encoding: LegacyEncoding) throws {
    let text = "Ủy ban nhân dân phường Lê Chân báo cáo kết quả thực hiện nhiệm vụ năm 2025 như sau."
    let misread = LegacyEncoding.windows1252Text(of: try encoding.encode(text))
    #expect(LegacyEncoding.detect(misread) == encoding)
    let expected =
      encoding == .tcvn3 ? "ủy ban nhân dân phường Lê Chân" : "Ủy ban nhân dân phường Lê Chân"
    #expect(encoding.decode(misread).hasPrefix(expected))
  }

  @Test(
    "does not fire on Unicode Vietnamese, English or plain ASCII",
    arguments: [
      "Ủy ban nhân dân phường Lê Chân báo cáo kết quả thực hiện nhiệm vụ năm 2025.",
      "Tôi là ai, và đây là đâu? Bà ấy đã về nhà.",
      "Tôi là ai",
      "The café served crème brûlée and a piña colada — naïve façade, déjà vu.",
      "Báo cáo số 365/BC-UBND ngày 01/12/2025",
      "Plain ASCII text with numbers 1, 2, 3.",
      "Nhiệt độ 25°C ± 2°C, độ ẩm 80%.",
    ])
  func noFalsePositives(text: String) {
    #expect(LegacyEncoding.detect(text) == nil)
  }

  @Test("encoding a character outside the encoding throws a typed error")
  func unencodable() {
    #expect(throws: LegacyEncodingError.self) { try LegacyEncoding.viscii.encode("Việt Nam — 越南") }
    do {
      _ = try LegacyEncoding.tcvn3.encode("ab越")
    } catch {
      #expect(error == .unencodable(character: "越", offset: 2, encoding: .tcvn3))
      #expect(error.description.contains("U+8D8A"))
    }
  }

  @Test(
    "on the corpus sample: detects every line with three marked words, never fires on Unicode",
    arguments: LegacyEncoding.allCases)
  func corpusLines(encoding: LegacyEncoding) {
    let lines = corpusSample.split(separator: "\n").map(String.init)
    var checked = 0
    for line in lines {
      #expect(LegacyEncoding.detect(line) == nil, "false positive: \(line)")
      guard let bytes = try? encoding.encode(line) else { continue }
      let misread = LegacyEncoding.windows1252Text(of: bytes)
      let decoded = encoding.decode(misread)
      // TCVN3 cannot tell "Ủy" from "ủy" outside capitals lines; everything else comes back exactly.
      #expect(encoding == .tcvn3 ? decoded.lowercased() == line.lowercased() : decoded == line)
      let markedWords = line.split(separator: " ").filter {
        $0.unicodeScalars.contains { $0.value >= 0x80 }
      }
      guard markedWords.count >= 3 else { continue }
      checked += 1
      #expect(LegacyEncoding.detect(misread) == encoding, "\(line)")
    }
    #expect(checked > 300)
  }

  @Test("repair decodes the legacy lines of a mixed text and leaves the rest alone")
  func repairMixedText() throws {
    let body =
      "Hà Nội, ngày 01 tháng 12 năm 2025\nỦy ban nhân dân phường Lê Chân báo cáo kết quả như sau"
    let misread = LegacyEncoding.windows1252Text(of: try LegacyEncoding.vni.encode(body))
    let header = "Trang 1/3 — bản sao điện tử"
    let repaired = LegacyEncoding.repair(header + "\n" + misread + "\n12")
    #expect(repaired == header + "\n" + body + "\n12")
    #expect(LegacyEncoding.repair(body) == body)
    #expect(
      LegacyEncoding.repair("Hµ Néi, ngµy 01 th¸ng 12 n¨m 2025")
        == "Hà Nội, ngày 01 tháng 12 năm 2025")
  }
}
