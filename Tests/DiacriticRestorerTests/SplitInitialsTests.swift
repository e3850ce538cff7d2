import DiacriticRestorer
import Testing

/// Words Tesseract cut after their first consonant ("T ỊCH") are whole again; item letters,
/// initials and acronyms stay apart.
@Suite struct SplitInitialsTests {
  private func restorer() throws -> DiacriticRestorer {
    try #require(SharedRestorer.instance, "the committed model in Dictionaries/ must load")
  }

  @Test(arguments: [
    // bc-365-lechan-200: the signer's title under the seal.
    ("PHÓ CHỦ T ỊCH", "PHÓ CHỦ TỊCH"),
    ("TH ÔNG BÁO", "THÔNG BÁO"),
    ("ý kiến của ng ười dân", "ý kiến của người dân"),
  ])
  func joinsAWordCutAfterItsFirstConsonant(line: String, whole: String) throws {
    #expect(try restorer().restore(line).text == whole)
  }

  @Test(arguments: [
    "PHỤ LỤC B ƯỚC TÍNH", "theo điểm b ưu tiên", "ông Nguyễn T. Anh", "UBND ỦY BAN", "nhà A ơi",
  ])
  func leavesLettersThatAreNoWordsStartAlone(line: String) throws {
    #expect(try restorer().restore(line).text == line)
  }
}
