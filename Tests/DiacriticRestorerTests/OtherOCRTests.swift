import DiacriticRestorer
import Foundation
import TestSupport
import Testing

/// OCR of unknown origin (issue 12): placeholders kept inside words, letters Vietnamese never
/// uses repaired, detached dots and runs without spaces read by the pooled channel.
@Suite struct OtherOCRTests {
  private func restorer() throws -> DiacriticRestorer {
    try #require(SharedRestorer.instance, "the committed model in Dictionaries/ must load")
  }

  private func words(_ text: String) -> [String] {
    Tokenizer.tokens(in: text).filter { $0.kind == .word }.map {
      String(text.unicodeScalars[$0.range])
    }
  }

  @Test func placeholdersStayInsideWords() {
    // gocr's `_` and `%`, ocrad's `?` between letters, gocr's backtick grave.
    #expect(
      words("ng_%i d_ng Ph? l?c di`eu _ng c_,") == [
        "ng_%i", "d_ng", "Ph", "l?c", "di`eu", "_ng", "c_",
      ])
    // A question mark ending a word, a percentage and a form's blank line stay what they are.
    let spans = Tokenizer.tokens(in: "ĐÂU? 50% ____").map {
      ($0.kind, String("ĐÂU? 50% ____".unicodeScalars[$0.range]))
    }
    #expect(spans.contains { $0 == (.punctuation, "?") })
    #expect(spans.contains { $0 == (.number, "50") })
    #expect(spans.contains { $0 == (.punctuation, "%") })
    #expect(spans.contains { $0 == (.punctuation, "____") })
  }

  /// ocrad writes an unread Ị as "!", ơ and ư as "¬" or a backslash, and an l before an unread
  /// glyph as a bar: between letters (or opening a word before its placeholder) they are
  /// the word's, elsewhere punctuation as ever.
  @Test func ocradsSignsInsideWordsStayInThem() {
    #expect(
      words("CHÚ T!CH bd¬i t\\_dng tên |_a k_ |_p") == [
        "CHÚ", "T!CH", "bd¬i", "t\\_dng", "tên", "|_a", "k_", "|_p",
      ])
    #expect(words("Hay quá! Thật sao?") == ["Hay", "quá", "Thật", "sao"])
    #expect(words("nhật trình|số lần | xem \\ a") == ["nhật", "trình", "số", "lần", "xem", "a"])
  }

  /// Lines of the held-out ocrad set that it cut at those signs: "T!CH" read "T" and "CH",
  /// "|_a" read "|" and "a" (measured: 662 → 632 word errors with tables that never saw ocrad).
  @Test func ocradsSignsInsideWordsAreRead() throws {
    let lines =
      "Näm bät khi cd h_i d_Pdc tao ra bd¬i vân dê này, các nhà doanh nghi_p tao ra các dàn\n"
      + "B) CHÚ T!CH ÚY BAN NHÂN DÂN CÄP TíNH QUYËT O!NH THANH _P\n"
      + ". Tyu tiên ghi chú tên iác döi t\\_dng %a lý có liên quan dën yëu tö biên giói quöc gia,\n"
      + "Loai tÉn |_a nay d_oc thi__ k_ |_p trlnh aé __ d?ng phát huy hl_u quá v_ chién thu_t\n"
    let text = try restorer().restore(lines).text
    #expect(text.contains("tạo ra bởi vấn đề"), "\(text)")
    #expect(text.contains("CHỦ TỊCH"), "\(text)")
    #expect(text.contains("QUYẾT ĐỊNH"), "\(text)")
    #expect(text.contains("các đối tượng"), "\(text)")
    #expect(text.contains("tên lửa này"), "\(text)")
    #expect(text.contains("kế lập trình"), "\(text)")
  }

  /// A word of Latin letters whose marks make it no syllable ("tàj" for "tài") is a
  /// misreading on such a line, not a word to keep, even amid debris that gives no context.
  @Test func wordsWhoseMarksMakeThemNoSyllableAreRead() throws {
    let result = try restorer().restore("T%' ch_c viĝ. c k% khaj tàj $ȧn, thu nhâ.p\n")
    #expect(result.channels.first == .otherOCR)
    let read = words(result.text)
    #expect(read.contains("tài"))
    #expect(!read.contains("tàj"))
  }

  @Test func linesWithPlaceholdersAreReadByThePooledChannel() throws {
    let line = "Thông t_ này áp d?ng dôi vói co quan có thâm quy_n c_p Gi_y phép\n"
    let result = try restorer().restore(line)
    #expect(result.channels.first == .otherOCR)
    #expect(result.text.hasPrefix("Thông tư này áp dụng đối với cơ quan có thẩm quyền cấp Giấy"))
  }

  @Test func ethAndLettersVietnameseNeverUsesAreRepaired() throws {
    let result = try restorer().restore("Ðiều 5. Ðối tượng áp dụng\n")
    #expect(result.text == "Điều 5. Đối tượng áp dụng\n")
    // Eth is read as the Đ it stands for: the line is correct text, not another engine's.
    #expect(result.channels.first == .correct)
  }

  @Test func correctTextWithOneForeignNameStaysCorrect() throws {
    let text = "Ông Müller đã trình bày báo cáo tại hội nghị của tỉnh.\n"
    let result = try restorer().restore(text)
    #expect(result.text == text)
    #expect(result.channels.first != .otherOCR)
  }

  @Test func detachedDotsBelowJoinTheirWords() throws {
    let line =
      "10. Phán quy_t tro. ng tài là quy_t d_!nh cua Hô. i dòng tro. ng tài giai quy_t toàn "
      + "bô. nô. i dung vu. tranh cháp\n"
    let text = try restorer().restore(line).text
    #expect(text.contains("trọng tài là"))
    #expect(text.contains("Hội đồng trọng tài"))
    #expect(text.contains("toàn bộ nội dung vụ tranh chấp"))
  }

  /// gocr writes "nằm" as "naV` m": its breve, its grave, then a space inside the word. The
  /// piece after the space joins the word when it is a letter or two that spell no syllable;
  /// in "v%` an" ("và an") the "an" stays a word of its own (held-out gocr lines).
  @Test func wordsCutAfterTheirGraveJoin() throws {
    let line =
      "Fairfax. Các campus khác cua tr_%ng naV` m ta. i quâ. n Arlington\n"
      + "cua pháp lu%t v%` an toàn th_. c ph_m\n"
    let text = try restorer().restore(line).text
    #expect(text.contains("trường nằm tại quận Arlington"), "\(text)")
    #expect(text.contains(" an toàn thực phẩm"), "\(text)")
  }

  @Test func runsWithoutSpacesAreCutIntoSyllables() throws {
    let line = "thành viên cua C_ng hòaxãhô.ichunghĩaVi_.tNam d_. di.nh ký\n"
    let text = try restorer().restore(line).text
    #expect(text.contains("hòa xã hội chủ nghĩa Việt Nam"))
  }

  /// A run that ``DetachedMarks`` joined to the word after its last stop ("dô. trd.") holds a
  /// space, and is cut all the same; a known word that is no syllable ("BHYT") is a piece of
  /// its own (held-out gocr lines).
  @Test func runsJoinedAcrossASpaceAreCutAndKeepKnownWords() throws {
    let line =
      "theocácnhómkhác,thìth%igianthamgiaBHYTli_ntu.cbaogòmth%igianlàmthutu.cch%h_%ngch_dô. "
      + "trd. cápthátnghi_.p\n"
    let text = try restorer().restore(line).text
    #expect(text.contains("thời gian tham gia BHYT liên tục bao gồm thời gian làm"), "\(text)")
    #expect(!text.contains("  "), "\(text)")
  }

  @Test func adaptationScalesWithTheDocumentsErrorRate() {
    // The table misreads 1% of letters: about 3.6% of words.
    let clean = ChannelAdaptation(changed: 2, words: 1000, letterErrorRate: 0.01)
    let asTable = ChannelAdaptation(changed: 36, words: 1000, letterErrorRate: 0.01)
    let degraded = ChannelAdaptation(changed: 100, words: 1000, letterErrorRate: 0.01)
    let worse = ChannelAdaptation(changed: 300, words: 1000, letterErrorRate: 0.01)
    #expect(clean.logScale < -0.2 && clean.logScale > -0.5)
    #expect(abs(asTable.logScale) < 0.01)
    #expect(degraded.logScale > 0.5 && degraded.logScale < worse.logScale)
    #expect(worse.logScale == 1)
    // Ten words say nothing; twenty say little: drawn towards the table's rate.
    #expect(ChannelAdaptation(changed: 10, words: 10, letterErrorRate: 0.01) == .none)
    let short = ChannelAdaptation(changed: 5, words: 20, letterErrorRate: 0.01)
    #expect(short.logScale > 0 && short.logScale < degraded.logScale)
  }

  @Test func adaptationRepairsMoreOfTheDegradedSet() throws {
    let restorer = try restorer()
    var fixed = restorer.configuration
    fixed.adaptsToDocument = false
    let plain = try DiacriticRestorer(
      modelDirectory: RepositoryPaths.dictionaries, configuration: fixed)
    let set = try #require(EvaluationSet.standard.first { $0.input == "ocr-vie-output.txt" })
    let folder = RepositoryPaths.fixture("restorer")
    let adapted = try set.evaluate(restorer, in: folder)
    let table = try set.evaluate(plain, in: folder)
    #expect(adapted.errorsAfter < table.errorsAfter)
  }

  @Test func heldOutSetsLoadTheirOwnTables() throws {
    let restorer = try restorer()
    let folder = RepositoryPaths.fixture("restorer")
    #expect(EvaluationSet.heldOut.count == 4)
    for set in EvaluationSet.heldOut {
      let swapped = try set.restorer(from: restorer, in: folder)
      #expect(swapped !== restorer)
      for (role, file) in set.channelTables {
        #expect(swapped.channelTables[role].path == folder.appendingPathComponent(file).path)
      }
      #expect(set.withShippingTables.channelTables.isEmpty)
    }
    let missing = EvaluationSet(
      name: "none", input: "ocr-eng-output.txt", truth: "ocr-eng-truth.txt",
      channelTables: [.generic: "no-such-table.tsv"])
    #expect(throws: RestorerError.self) { try missing.evaluate(restorer, in: folder) }
  }

  @Test func heldOutEngineIsRepairedBeyondItsRawText() throws {
    let set = try #require(EvaluationSet.heldOut.first { $0.name.hasPrefix("ocrad") })
    let evaluation = try set.evaluate(try restorer(), in: RepositoryPaths.fixture("restorer"))
    #expect(evaluation.words > 3000)
    #expect(evaluation.accuracy > evaluation.baseline + 0.3)
  }

  /// ocrad writes "ộ" and "ồ" as `_`; the engines the held-out table learnt from seldom did.
  /// A placeholder stands for a letter under two marks at least as often as
  /// `ConfusionModel.wildcardFloor` says, so "H_i d_ng" is "Hội đồng", not "Hai dòng".
  @Test func placeholdersReadLettersUnderTwoMarksWithTablesThatNeverSawThem() throws {
    let set = try #require(EvaluationSet.heldOut.first { $0.name.hasPrefix("ocrad") })
    let restorer = try set.restorer(from: try restorer(), in: RepositoryPaths.fixture("restorer"))
    let text = restorer.restore(
      "trên h_ th_ng truy_n hình; H_i d_ng thâm d_nh,\n"
        + "02 nám x 03 tháng x 9.500.000 d_ng = 57.000.000 d_ng.\n"
        + "khác liên quan dên tô ch_c và hoat d_ng th_ tr_òng giao d_ch ch_ng khoán;\n"
    ).text
    #expect(text.contains("Hội đồng thẩm định"), "\(text)")
    #expect(text.contains("9.500.000 đồng = 57.000.000 đồng"), "\(text)")
    #expect(text.contains("hoạt động thị trường"), "\(text)")
  }

  /// ocrad's "v?" ties with twenty readings of "v" and a letter under marks by the channel
  /// alone; the list the decoder weighs keeps the likeliest by their unigrams too, "vụ" among
  /// them (``RestorerConfiguration/otherSearchBreadth``).
  @Test func placeholderReadingsAreChosenWithTheirUnigrams() throws {
    let set = try #require(EvaluationSet.heldOut.first { $0.name.hasPrefix("ocrad") })
    let restorer = try set.restorer(from: try restorer(), in: RepositoryPaths.fixture("restorer"))
    let line = "dôi vói Tô ch_c chú trì nhi_m v? thu_c d_a bàn quán lý.\n"
    #expect(restorer.restore(line).text.contains("nhiệm vụ thuộc"))
    var narrow = restorer.configuration
    // The list cut by the channel alone, at 40 readings (the setting before).
    narrow.otherCandidates = 40
    narrow.otherSearchBreadth = 40
    let cut = try DiacriticRestorer(
      modelDirectory: RepositoryPaths.dictionaries, channelTables: restorer.channelTables,
      configuration: narrow)
    #expect(!cut.restore(line).text.contains("nhiệm vụ thuộc"))
  }
}
