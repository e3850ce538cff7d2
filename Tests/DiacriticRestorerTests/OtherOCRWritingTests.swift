import DiacriticRestorer
import TestSupport
import Testing

/// How the restored words of OCR of unknown origin are written back: the space an engine
/// dropped after punctuation, a dot below read as a full stop, capitals read as small letters,
/// item numbers and zeros read as letters. The lines are gocr's and ocrad's, from the held-out
/// engine set.
@Suite struct OtherOCRWritingTests {
  /// The lines restored together, as a page of such OCR would be, one string per line; unless
  /// `anyChannel`, each line must be read as OCR of unknown origin.
  private func restored(_ lines: [String], anyChannel: Bool = false) throws -> [String] {
    let restorer = try #require(SharedRestorer.instance)
    let result = restorer.restore(lines.joined(separator: "\n") + "\n")
    if !anyChannel {
      #expect(result.channels.dropLast().allSatisfy { $0 == .otherOCR }, "\(result.channels)")
    }
    return result.text.split(separator: "\n").map(String.init)
  }

  @Test func punctuationGetsTheSpaceTheEngineDropped() throws {
    let lines = try restored([
      "1.Di.chvu.vi_.clàmbaogòm:t_ván,gi6ithi_.uvi_.clàm;cung_gvàtuy_nlaodô.ng",
      "c)H_.thóngchi_usángcuath_vi_.nda.iho.cgòmchi_usángt_. nhi_n,chi_usángnhânta.o",
    ])
    #expect(lines[0].hasPrefix("1. Dịch vụ việc làm bao gồm: "), "\(lines[0])")
    #expect(lines[0].contains(", giới thiệu việc làm; "), "\(lines[0])")
    #expect(lines[1].contains("nhiên, chiếu sáng"), "\(lines[1])")
  }

  @Test func aStopThatWasTheDotBelowIsDropped() throws {
    let lines = try restored([
      "2. Bô. Tu l_. nh Thành phõ' Hõ' Chí Minh, Bô. Chj huy quân su. cã'p tjnh, Bô.",
      "còn cung cã'p thông tin do Bô. Quõ'c phòng ta. o ra. thông",
    ])
    #expect(lines[0].hasPrefix("2. Bộ Tư lệnh Thành phố Hồ Chí Minh, Bộ Ch"), "\(lines[0])")
    // At the line's end the stop may be the sentence's: kept.
    #expect(lines[0].hasSuffix("cấp tỉnh, Bộ."), "\(lines[0])")
    #expect(lines[1].contains("do Bộ Quốc phòng"), "\(lines[1])")
  }

  @Test func smallLettersAmidCapitalsAreWrittenInCapitals() throws {
    let lines = try restored([
      "DÁT cÁc T_Y CHON vË BÁNG.", "BÁo TÀNG cÄP TíNH, BÁo TÀNG TU NHÂN.",
      "Thông t_ này áp d?ng dôi vói co quan có thâm quy_n c_p Gi_y phép",
    ])
    #expect(lines[0].hasPrefix("ĐẶT CÁC TÙY CHỌN VỀ "), "\(lines[0])")
    #expect(lines[1] == "BẢO TÀNG CẤP TỈNH, BẢO TÀNG TƯ NHÂN.", "\(lines[1])")
    // A line in small letters keeps them.
    #expect(lines[2].hasPrefix("Thông tư này áp dụng đối với cơ quan"), "\(lines[2])")
  }

  /// gocr writes a line of capitals half in mixed case: such words are capitals too when
  /// most of the line's words are capitals or mixed.
  @Test func mixedCaseWordsOnALineOfCapitalsAreWrittenInCapitals() throws {
    let lines = try restored([
      "BAy TÀu cHI_N cuA HAI auÂN HoÀNG GIAANH T%G ___. c _A. T cÁI TĴê_N HMs",
      "Tr_%ng hd. p dói t_d. ng quan lý ch_a du ti_u chuán di`eu tri. thì vi_. c quan lý",
    ])
    #expect(lines[0].hasPrefix("BẢY TÀU CHIẾN CỦA HẢI QUÂN HOÀNG"), "\(lines[0])")
    // Capitalised words too: their small letters look like the capitals ("B%o", "Qu_").
    let heading = try restored([
      "{i_ì_u 4o.1.TL.1.21. THôNG B%o _ĵ TìNH HìNH cHÄ_ HÀNH ÁN cuA NGUOl _AN_ cHÄ_ H%NH ÁN",
      "6. B`6I THU0NG THI_. r H_. I Do mìNH GÂy RA cHo NGÂN H_NG H?P rÁc xÃ, Qu_ TfN DvNG",
    ])
    #expect(heading[0].contains("THÔNG BÁO VỀ TÌNH HÌNH"), "\(heading[0])")
    #expect(heading[1].contains(" DO MÌNH GÂY RA "), "\(heading[1])")
    #expect(heading[1].hasSuffix("QUỸ TÍN DỤNG"), "\(heading[1])")
    // A line in small letters keeps them.
    #expect(lines[1].hasPrefix("Trường hợp đối tượng quản lý"), "\(lines[1])")
  }

  @Test func itemNumbersAndZerosReadAsLettersAreDigitsAgain() throws {
    // The second line reads as English-model OCR, which gets its zeros back too.
    let lines = try restored(
      [
        "l. Quý tích lûy trá nq duqc Chính phú thành lôp nhám báo dám khá näng thanh",
        "Na UY magnus den Gode năm 1 O43. Sau dó, trong suó't 1 2O năm sau, không tháy",
        "Gi_ tóc dô. tăng dân sò' tU. nhiĝn _ m_c O,90/o vȧo nǎm 2oo5.",
      ], anyChannel: true)
    #expect(lines[0].hasPrefix("1. Quỹ tích lũy trả nợ"), "\(lines[0])")
    // "2O" lost its 2 when the decoder read it as the syllable "o".
    #expect(lines[1].contains("năm 1 043."), "\(lines[1])")
    #expect(lines[1].contains(" 1 20 năm sau"), "\(lines[1])")
    #expect(lines[2].hasSuffix("năm 2005."), "\(lines[2])")
  }

  /// gocr writes zeros as O inside numbers and codes too, not only in words.
  @Test func zerosReadAsLettersInNumbersAndCodesAreDigitsAgain() throws {
    let lines = try restored([
      "c) Thȧi ra môi trU%ng 5OO.OOO m%t khô'i (m3) trĝn gi% tr% l%n khí thai có thông sô'",
      "__eu 8.4.LQ.7O. Quygn và nghĩa vu. cua con (t_ tháng 4/2O 1 6)",
    ])
    #expect(lines[0].contains(" 500.000 mét khối (m3) "), "\(lines[0])")
    // Only the groups of digits: the letters of a code stay.
    #expect(lines[1].contains(" 8.4.LQ.70. Quyền"), "\(lines[1])")
    #expect(lines[1].contains("tháng 4/20 1 6)"), "\(lines[1])")
    #expect(OCRRepairs.zerosInNumber("LQ.O".unicodeScalars[...]) == nil)
    #expect(OCRRepairs.zerosInNumber("2O25".unicodeScalars[...]) == "2025")
  }

  /// ocrad reads a 1 as "t" in some faces ("năm t759", "20t6"): amid two digits or more the
  /// letter is the digit; with one digit ("l4", "t7") it may be a word's letters and is left
  /// to the decoder.
  @Test func onesReadAsLettersAmidDigitsAreDigitsAgain() throws {
    func number(_ word: String) -> String? {
      OCRRepairs.misreadNumber(withZeros: word.unicodeScalars[...])
    }
    #expect(number("t759") == "1759")
    #expect(number("20t6") == "2016")
    #expect(number("l00") == "100")
    #expect(number("2O") == "20")
    #expect(number("l4") == nil)
    #expect(number("t7O") == nil)
    #expect(number("tt75") == nil)
    let lines = try restored([
      "Ferdlnand VI cúa Tây Ban Nha näm t759 và d_oc công nh_n vào näm 20t6, sau khi",
      "Trong quá trình th?c hi_n, nê'u có vuóng mác phát sinh, cän phán ánh *_p thòi",
    ])
    #expect(lines[0].contains(" 1759 "), "\(lines[0])")
    #expect(lines[0].contains(" 2016,"), "\(lines[0])")
  }

  @Test func englishOCRKeepsItsStopsAndItsSmallWordsBetweenCapitals() throws {
    // A stop after a restored word with a dot below is a stop on English-model OCR, which
    // writes no dot below as a stop; a title line in capitals beside a lower-case line stays.
    let restorer = try #require(SharedRestorer.instance)
    let text = "Ke hoach so 30/KH-UBND ve thuc hien cai cach hanh chinh cua Bo.\nUBND tinh\n"
    let result = restorer.restore(text)
    #expect(result.text.hasSuffix("của Bộ.\nUBND tỉnh\n"), "\(result.text)")
  }

  @Test func lettersVietnameseNeverWritesAreReadAsTheirKin() throws {
    let restorer = try #require(SharedRestorer.instance)
    // A capital look-alike is no abbreviation, and on a correct line it is still repaired.
    #expect(!Abbreviations.isAbbreviation("CHÄP"))
    #expect(Abbreviations.isAbbreviation("HĐND"))
    #expect(restorer.restore("BAN CHÄP HÀNH TRUNG ƯƠNG\n").text == "BAN CHẤP HÀNH TRUNG ƯƠNG\n")
    // A name with such a letter in correct text stays.
    let name = "Ông Müller đã trình bày báo cáo tại hội nghị của tỉnh.\n"
    #expect(restorer.restore(name).text == name)
    // With tables that never saw ocrad, its "á" for "â" and "ấ" is still a likely misreading:
    // the table for sources never seen keeps a floor for a letter written as its kin.
    let set = try #require(EvaluationSet.heldOut.first { $0.name.hasPrefix("ocrad") })
    let heldOut = try set.restorer(from: restorer, in: RepositoryPaths.fixture("restorer"))
    let line = "coquan _rung uong, úy ban nhán dán cáp Tính khóng g_ nhu cáu mua sáp\n"
    #expect(heldOut.restore(line).text.contains("ủy ban nhân dân cấp Tỉnh không gửi nhu cầu"))
  }
}
