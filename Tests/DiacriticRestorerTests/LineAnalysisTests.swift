import DiacriticRestorer
import Testing

/// The restorer's first pass over a text (``LineAnalysis``): tokens, lines, paragraphs,
/// word forms, channels and outright repairs.
@Suite struct LineAnalysisTests {
  private func restorer() throws -> DiacriticRestorer {
    try #require(SharedRestorer.instance, "the committed model in Dictionaries/ must load")
  }

  /// The index of the first token whose text is `text`.
  private func index(of text: String, in analysis: LineAnalysis) throws -> Int {
    try #require(analysis.tokens.indices.first { analysis.text(of: $0) == text }, "\(text)")
  }

  @Test func twoParagraphsEndAfterTheBlankLine() throws {
    let analysis = LineAnalysis("Cong van so 12\n\nKinh gui", restorer: try restorer())
    // Cong ␠ van ␠ so ␠ 12 ⏎⏎ Kinh ␠ gui
    #expect(analysis.tokens.count == 11)
    #expect(analysis.tokens[7].kind == .whitespace)
    #expect(analysis.paragraphEnds == [7])
    #expect(analysis.paragraphs == [0..<8, 8..<11])
    #expect(analysis.lines == [0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 2])
    // The blank line has no words: it is taken for correct text.
    #expect(analysis.channels == [.stripped, .correct, .stripped])
  }

  @Test func paragraphsCoverEveryTokenOnce() throws {
    let text = "Mot\n\n\nHai \r\n\r\nBa\nBon\n\n"
    let analysis = LineAnalysis(text, restorer: try restorer())
    let paragraphs = analysis.paragraphs
    // Three line feeds end one paragraph; "\r\n\r\n" ends another; a single one does not.
    #expect(paragraphs.count == 4)
    #expect(paragraphs.first?.lowerBound == 0)
    #expect(paragraphs.last == analysis.tokens.count..<analysis.tokens.count)
    for (previous, next) in zip(paragraphs, paragraphs.dropFirst()) {
      #expect(previous.upperBound == next.lowerBound)
    }
    let joined = paragraphs.flatMap { $0 }.map { analysis.text(of: $0) }.joined()
    #expect(Array(joined.utf8) == Array(text.utf8))
    #expect(analysis.lines[try index(of: "Hai", in: analysis)] == 3)
    #expect(analysis.lines[try index(of: "Bon", in: analysis)] == 6)
    #expect(analysis.channels.count == 9)
  }

  @Test func wordsGetTheirLowerFormIDAndCase() throws {
    let text = "Công VĂN số 12 nghiỆp, \u{0043}\u{006F}\u{0302}ng"
    let analysis = LineAnalysis(text, restorer: try restorer())
    let words = analysis.tokens.indices.filter { analysis.tokens[$0].kind == .word }
    #expect(words.map { analysis.lowerForms[$0] } == ["công", "văn", "số", "nghiệp", "công"])
    #expect(words.map { analysis.patterns[$0] } == [.title, .upper, .lower, .mixed, .title])
    // Decomposed input is looked up by its NFC form: the same ID as the composed word.
    #expect(analysis.wordIDs[words[0]] == analysis.wordIDs[words[4]])
    #expect(analysis.wordIDs[words[0]] != analysis.wordIDs[try index(of: "12", in: analysis)])
    let number = try index(of: "12", in: analysis)
    #expect(analysis.lowerForms[number] == nil)
    #expect(analysis.patterns[number] == .lower)
  }

  @Test func misreadDayIsRepairedOutright() throws {
    let text = "Căn cứ Kế hoạch số 30/KH-UBND ngày l4 tháng 5 năm 2025 của UBND phường."
    let analysis = LineAnalysis(text, restorer: try restorer())
    let misread = try index(of: "l4", in: analysis)
    #expect(analysis.channels == [.vietnameseOCR])
    #expect(analysis.repairs[misread]?.text == "14")
    #expect(analysis.lowerForms[misread] == nil)
    #expect(analysis.repairs.count == 1)
  }

  /// In a document typed without diacritics, a line whose foreign names fold to no
  /// syllable is typing too, not English-model OCR ("Cuba" is no "Của", "&" no "ở").
  @Test func foreignNamesInTypingWithoutDiacriticsStayTyping() throws {
    let document = """
      Hom nay troi dep qua, chung toi di choi o cong vien gan nha
      Sang mai chung toi se ve que tham ong ba va cac em
      Nam nay mua mua den som hon moi nam
      Osleidys Menendez, nu van dong vien dien kinh Cuba
      Loai nay duoc Bink-Moenen & Gerling mieu ta lan dau
      """
    let restorer = try restorer()
    #expect(
      LineAnalysis(document, restorer: restorer).channels == Array(repeating: .stripped, count: 5))
    let restored = restorer.restore(document).text
    #expect(restored.contains("nữ vận động viên điền kinh Cuba"))
    #expect(restored.contains("Bink-Moenen & Gerling miêu tả"))
    // A word in capitals amid lower-case typing may be an acronym: kept.
    #expect(restorer.restore("ICH la chu viet tat cua cum tu tieng Anh").text.hasPrefix("ICH là"))
    #expect(
      restorer.restore("CONG HOA XA HOI CHU NGHIA VIET NAM").text
        == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
  }

  /// Text without blank lines is decoded in pieces ending at a line break past
  /// `longParagraph` tokens, and a single long line in pieces ending after a sentence:
  /// memory then stays that of a page, whatever the text's length.
  @Test func longTextWithoutBlankLinesIsDecodedInPieces() throws {
    let restorer = try restorer()
    let line = "Uy ban nhan dan phuong bao cao ket qua thuc hien cai cach hanh chinh nam 2025."
    let lines = Array(repeating: line, count: 400).joined(separator: "\n")
    let analysis = LineAnalysis(lines, restorer: restorer)
    #expect(analysis.paragraphs.count > 1)
    for paragraph in analysis.paragraphs.dropLast() {
      #expect(paragraph.count <= LineAnalysis.longParagraph + 40)
      #expect(analysis.text(of: paragraph.upperBound - 1).contains("\n"))
    }
    let long = LineAnalysis(
      Array(repeating: line, count: 400).joined(separator: " "), restorer: restorer)
    #expect(long.paragraphs.count > 1)
    for paragraph in long.paragraphs.dropLast() {
      #expect(long.text(of: paragraph.upperBound - 2) == ".")
    }
    // The pieces restore as the text does.
    let restored = restorer.restoredText(lines)
    #expect(restored == restorer.restore(lines).text)
    #expect(
      restored.hasPrefix("Ủy ban nhân dân phường báo cáo kết quả thực hiện cải cách hành chính"))
    #expect(restored.split(separator: "\n").allSatisfy { $0 == restored.split(separator: "\n")[0] })
  }

  @Test func shortLinesFollowTheDocumentsChannel() throws {
    #expect(LineAnalysis("Minh.", restorer: try restorer()).channels == [.stripped])
    let document = "Công văn của Ủy ban nhân dân phường về việc triển khai kế hoạch\nMinh."
    let analysis = LineAnalysis(document, restorer: try restorer())
    #expect(analysis.channels == [.correct, .correct])
    #expect(analysis.channel(of: try index(of: "Minh", in: analysis)) == .correct)
  }

  /// A line of three words or more without one accent amid accented lines was typed without
  /// diacritics, foreign names and all; an English sentence and a short line follow the
  /// document (`vanban model evaluate`'s mixed sets: general lines 81.18 % → 98.18 %).
  @Test func longLinesTypedWithoutDiacriticsAmidAccentedOnesAreRestored() throws {
    let document = [
      "Công văn của Ủy ban nhân dân phường về việc triển khai kế hoạch.",
      "Ủy ban nhân dân phường đề nghị các tổ dân phố phối hợp thực hiện nghiêm túc các nội dung",
      "của kế hoạch, báo cáo kết quả về Văn phòng trước ngày 15 tháng 12 năm 2025.",
      "Hang Krubera la mot hang dong nam o khoi nui Arabika, thuoc day Gagrinsky.",
      "The Project is funded by the World Bank and ADB.",
      "CHANH VAN PHONG",
      "Noi nhan:",
      "Trân trọng cảm ơn các đồng chí.",
    ].joined(separator: "\n")
    let analysis = LineAnalysis(document, restorer: try restorer())
    #expect(analysis.channels[3] == .stripped)
    #expect(analysis.channels[4] != .stripped)
    #expect(analysis.channels[5] == .stripped)
    #expect(analysis.channels[6] != .stripped)
    let lines = try restorer().restore(document).text.split(separator: "\n")
    #expect(lines[3].contains("là một hang động nằm ở khối núi Arabika, thuộc dãy"), "\(lines[3])")
    #expect(lines[4] == "The Project is funded by the World Bank and ADB.")
    #expect(lines[5] == "CHÁNH VĂN PHÒNG")
  }
}
