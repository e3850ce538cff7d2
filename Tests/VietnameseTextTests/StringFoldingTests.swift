import Foundation
import Testing
import VietnameseText

@Suite("Folding and tone marks")
struct StringFoldingTests {
  @Test(
    "folds to lower-case ASCII letters, keeping everything else",
    arguments: [
      ("Đề án", "de an"),
      ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "cong hoa xa hoi chu nghia viet nam"),
      ("Số 365/BC-UBND", "so 365/bc-ubnd"), ("Ngày 01/12/2025.", "ngay 01/12/2025."),
      ("Vie\u{0323}\u{0302}t Nam", "viet nam"), ("", ""),
      ("Ñandú Müller Ç 越南", "nandu muller c 越南"), ("N\u{0303}andu\u{0301}", "nandu"),
    ])
  func folding(text: String, folded: String) {
    #expect(text.vietnameseFolded == folded)
  }

  @Test("folding agrees with Unicode decomposition for every letter")
  func foldingMatchesDecomposition() {
    for letter in AlphabetFixture.allMarked {
      let expected = letter.decomposedStringWithCanonicalMapping.unicodeScalars.first.map {
        String($0).lowercased()
      }
      #expect(letter.vietnameseFolded == (letter.lowercased() == "đ" ? "d" : expected))
    }
  }

  @Test(
    "removes tones, keeps shape marks and case, outputs NFC",
    arguments: [
      ("Việt Nam", "Viêt Nam"), ("VIỆT", "VIÊT"), ("Vie\u{0323}\u{0302}t", "Viêt"),
      ("Đường", "Đương"),
      ("a\u{0301}\u{0302}", "â"), ("số 12", "sô 12"),
    ])
  func removingTones(text: String, expected: String) {
    #expect(text.removingVietnameseTones == expected)
    #expect(
      text.removingVietnameseTones.unicodeScalars.elementsEqual(
        expected.precomposedStringWithCanonicalMapping.unicodeScalars))
  }

  @Test(
    "re-places tone marks in running text, keeping case",
    arguments: [
      (
        "Hoà Bình, thuỷ lợi, khoẻ mạnh", "Hòa Bình, thủy lợi, khỏe mạnh",
        "Hoà Bình, thuỷ lợi, khoẻ mạnh"
      ),
      ("ỦY BAN, Uỷ ban, uỷ", "ỦY BAN, Ủy ban, ủy", "UỶ BAN, Uỷ ban, uỷ"),
      (
        "Quý, giữa, người, thuở, khuya", "Quý, giữa, người, thuở, khuya",
        "Quý, giữa, người, thuở, khuya"
      ),
      ("hóa học, HOÁ", "hóa học, HÓA", "hoá học, HOÁ"),
      ("mùa, múa, mưa", "mùa, múa, mưa", "mùa, múa, mưa"),
      ("Tòan bộ", "Toàn bộ", "Toàn bộ"),
      ("Café, résumé, ISO 9001", "Café, résumé, ISO 9001", "Café, résumé, ISO 9001"),
      ("ho\u{0300}a", "hòa", "hoà"),
    ])
  func normalizing(text: String, modern: String, phonetic: String) {
    #expect(text.normalizingToneMarks() == modern)
    #expect(text.normalizingToneMarks(to: .phonetic) == phonetic)
  }

  @Test("NFC and NFD helpers are inverse")
  func normalization() {
    let text = "Nghị định 30/2020/NĐ-CP về công tác văn thư"
    #expect(text.nfd.unicodeScalars.count > text.unicodeScalars.count)
    #expect(text.nfd.nfc.unicodeScalars.elementsEqual(text.unicodeScalars))
    #expect(UnicodeNormalization.nfc(text.nfd) == text)
  }
}
