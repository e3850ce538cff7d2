import DiacriticRestorer
import Foundation
import TestSupport
import Testing

@Suite struct RestorerTests {
  private func restorer() throws -> DiacriticRestorer {
    try #require(SharedRestorer.instance, "the committed model in Dictionaries/ must load")
  }

  @Test func restoresTheSeedDispatchHeader() throws {
    let result = try restorer().restore("S6:365 /BC-UBND Phuong L8 Chan, ngay 01 thang 12 ndm 2025")
    #expect(result.channels == [.englishOCR])
    let words = result.text.split(separator: " ")
    #expect(words.first == "Số:365")
    #expect(words.contains("/BC-UBND"))
    #expect(result.text.hasSuffix(", ngày 01 tháng 12 năm 2025"))
    #expect(!result.text.contains("L8"))
  }

  /// A list item's letter at a line's start is written as it is, on every channel: OCR lines
  /// read it as a syllable for want of context ("cơ)", "dự)", "bị)"). Inside a line, a word
  /// before a bracket is restored as usual.
  @Test func keepsTheLettersOfListItems() throws {
    let text = try restorer().restore(
      "Ké hoach s6 30/KH-UBND ngay 28/7/2025 vé thyc hién cai cach hanh chinh\n"
        + "c) Tang cuòng cong tac kiém tra\n"
        + "  d) Các nhiêm vu khác h_i d_ng\n"
        + "Cac co quan (bao gom so) thuc hien\n"
    ).text
    #expect(text.contains("\nc) Tăng cường công tác kiểm tra\n"), "\(text)")
    #expect(text.contains("\n  d) Các nhiệm vụ khác"), "\(text)")
    #expect(text.contains("(bao gồm") && !text.contains(" so)"), "\(text)")
  }

  /// A dispatch's footer typed without diacritics, whose "website" and address make it look
  /// like English-model OCR: "email", a word the model knows but no syllable, stays itself
  /// (it was read "mai").
  @Test func keepsKnownWordsThatAreNoSyllables() throws {
    let result = try restorer().restore(
      "Dia chi: so 1 pho Trang Tien, email: vanthu@moet.gov.vn, website www.moet.gov.vn")
    #expect(result.channels == [.englishOCR])
    #expect(result.text.hasPrefix("Địa chỉ: số 1 phố Tràng Tiền, email: vanthu@moet.gov.vn"))
  }

  /// A word whose marks make it no syllable ("chién": the English model's é for ế) is a
  /// misreading, not a name to keep, even between words glued together that give no context.
  @Test func readsMarkedWordsThatAreNoSyllablesEvenWithoutContext() throws {
    let result = try restorer().restore("Ho chitham chién sau khiso")
    #expect(result.channels == [.englishOCR])
    #expect(result.text.split(separator: " ").contains("chiến"))
  }

  /// The text layer a commercial scanner's OCR put into a real PDF (issue 12): its "CilU" has
  /// no reading under the English model's confusions, and the pooled ones read it "CHỦ".
  @Test func readsAScannersTextLayerOfTheNationalMotto() throws {
    let result = try restorer().restore("CONG HOA xA HQI CilU NGHIA VIT NAM")
    #expect(result.text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
  }

  /// English-model OCR reads the space between two words in capitals as a stop or a hyphen
  /// (held-out Liberation Serif pages); the words are restored, the marks kept, and codes
  /// stay whole.
  @Test func restoresWordsJoinedByAStopOrAHyphen() throws {
    let restorer = try restorer()
    #expect(
      restorer.restore("1) HOP TAC QUOC TE TRONG HOAT DONG KHAC PHUC HAU-QUA BOM MIN").text
        == "1) HỢP TÁC QUỐC TẾ TRONG HOẠT ĐỘNG KHẮC PHỤC HẬU-QUẢ BOM MÌN")
    #expect(
      restorer.restore("C) BAO.DAM HOAT DONG CUA CAC DU AN").text
        == "C) BẢO.ĐẢM HOẠT ĐỘNG CỦA CÁC DỰ ÁN")
    #expect(
      restorer.restore("Ke hoach so 30/KH-UBND cua UBND TP.HCM ve Anglo-Saxon").text
        == "Kế hoạch số 30/KH-UBND của UBND TP.HCM về Anglo-Saxon")
    let correct = "Hội thảo VĂN-HỌC VIỆT-NAM ngày nay"
    #expect(restorer.restore(correct).text == correct)
  }

  @Test func restoresCapitalHeadings() throws {
    let result = try restorer().restore("CONG HOA XA HOI CHU NGHIA VIET NAM")
    #expect(result.text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    #expect(result.channels == [.stripped])
  }

  /// One-letter list markers and initials ("g)", "a, b, c") are no sign of OCR: the
  /// line is still text typed without diacritics (held-out corpus line).
  @Test func listMarkersLeaveTypedTextStripped() throws {
    let result = try restorer().restore("g) Chi phi hop ly khac co lien quan.")
    #expect(result.channels == [.stripped])
    #expect(result.text == "g) Chi phí hợp lý khác có liên quan.")
  }

  @Test func keepsSymbolsAbbreviationsAndSpacing() throws {
    let input =
      "Thuc hien Ke hoach so 30/KH-UBND  cua UBND phuong,\r\nbao cao HDND (b/c)   ngay 28/7/2025.\n"
    let result = try restorer().restore(input)
    #expect(
      result.text
        == "Thực hiện Kế hoạch số 30/KH-UBND  của UBND phường,\r\nbáo cáo HĐND (b/c)   ngày 28/7/2025.\n"
    )
  }

  @Test func correctTextComesBackByteForByte() throws {
    let text = try SharedRestorer.lines("heldout-correct.txt", first: 120)
    let result = try restorer().restore(text)
    // But for the one typo of these lines, two words written without their space, which is
    // repaired: "cáclớp". (A space put back is not listed among the word changes.)
    let typo = ("chi tiết cáclớp", "chi tiết các lớp")
    #expect(text.contains(typo.0))
    let expected = text.replacingOccurrences(of: typo.0, with: typo.1)
    #expect(Array(result.text.utf8) == Array(expected.utf8))
    #expect(result.changes.isEmpty)
    let decomposed = text.decomposedStringWithCanonicalMapping
    #expect(
      Array(try restorer().restore(decomposed).text.utf8)
        == Array(expected.decomposedStringWithCanonicalMapping.utf8))
  }

  @Test func fixesVietnameseModelSlipsWithConfidence() throws {
    let result = try restorer().restore("nâng cao tỉnh thần trách nhiệm của cán bộ, công chức")
    #expect(result.text == "nâng cao tinh thần trách nhiệm của cán bộ, công chức")
    let change = try #require(result.changes.first)
    #expect(change.original == "tỉnh" && change.replacement == "tinh")
    #expect(change.confidence > 0.5 && change.confidence <= 1)
    #expect(change.alternatives.contains { $0.text == "tỉnh" })
  }

  @Test func strippedHeldOutText() throws {
    let evaluation = try evaluate("heldout-stripped.txt", "heldout-correct.txt", lines: 80)
    #expect(evaluation.accuracy >= 0.97, "\(evaluation)")
  }

  @Test func englishModelOCR() throws {
    let evaluation = try evaluate("ocr-eng-output.txt", "ocr-eng-truth.txt", lines: 60)
    #expect(evaluation.baseline < 0.3)
    #expect(evaluation.accuracy >= 0.93, "\(evaluation)")
  }

  @Test func seedDispatch() throws {
    let evaluation = try RestorerEvaluation.run(
      name: "seed", input: RepositoryPaths.fixture("restorer/seed-dispatch-ocr.txt"),
      truth: RepositoryPaths.fixture("restorer/seed-dispatch-truth.txt"), restorer: try restorer())
    #expect(evaluation.accuracy >= 0.88, "\(evaluation)")
  }

  @Test func vietnameseModelOCRErrorsAreCut() throws {
    let evaluation = try evaluate("ocr-vie-output.txt", "ocr-vie-truth.txt", lines: 200)
    #expect(evaluation.errorReduction >= 0.4, "\(evaluation)")
  }

  private func evaluate(_ input: String, _ truth: String, lines: Int) throws -> RestorerEvaluation {
    let folder = TemporaryFolder.root.appendingPathComponent(
      "dr-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let inputURL = folder.appendingPathComponent("input.txt")
    let truthURL = folder.appendingPathComponent("truth.txt")
    try SharedRestorer.lines(input, first: lines).write(
      to: inputURL, atomically: true, encoding: .utf8)
    try SharedRestorer.lines(truth, first: lines).write(
      to: truthURL, atomically: true, encoding: .utf8)
    return try RestorerEvaluation.run(
      name: input, input: inputURL, truth: truthURL, restorer: try restorer())
  }
}
