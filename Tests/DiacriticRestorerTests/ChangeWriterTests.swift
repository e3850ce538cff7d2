import DiacriticRestorer
import Testing

/// Writing the restored text and its changes (``ChangeWriter``): everything but the changed
/// words is copied byte for byte, and the changes account for every difference.
@Suite struct ChangeWriterTests {
  private func restorer() throws -> DiacriticRestorer {
    try #require(SharedRestorer.instance, "the committed model in Dictionaries/ must load")
  }

  /// Runs the three passes by hand, as `restore(_:)` does.
  private func write(_ text: String) throws -> (ChangeWriter, LineAnalysis) {
    let restorer = try restorer()
    let analysis = LineAnalysis(text, restorer: restorer)
    var decoder = ParagraphDecoder(restorer: restorer)
    var writer = ChangeWriter(restorer: restorer, capacity: text.utf8.count)
    for paragraph in analysis.paragraphs {
      decoder.decode(paragraph, of: analysis)
      writer.write(paragraph, of: analysis, decoder: decoder)
    }
    return (writer, analysis)
  }

  /// The input with every change's range replaced by its replacement.
  private func applying(_ changes: [RestorationResult.Change], to text: String) -> String {
    var result = ""
    var start = text.startIndex
    for change in changes {
      result += String(text.unicodeScalars[start..<change.range.lowerBound])
      result += change.replacement
      start = change.range.upperBound
    }
    result += String(text.unicodeScalars[start...])
    return result
  }

  @Test func untouchedBytesStayIdentical() throws {
    let text =
      "Ké hoach s6 30/KH-UBND  cua co’ quan\t(b/c)\r\n\r\n\n"
      + "Căn cứ Kế hoạch ngày l4 tháng 5 năm 2025 của UBND phường.\n\n"
      + "CONG HOA XA HOI  chu nghia\r\nViet Nam\tdoc lap \u{00A0}tu do\n"
    let (writer, _) = try write(text)
    #expect(writer.output == (try restorer()).restore(text).text)
    #expect(writer.changes.count >= 15)
    // Changes come in input order, without overlap, each naming the text it replaced.
    for (previous, next) in zip(writer.changes, writer.changes.dropFirst()) {
      #expect(previous.range.upperBound <= next.range.lowerBound)
    }
    for change in writer.changes {
      #expect(String(text.unicodeScalars[change.range]) == change.original)
      #expect(change.original != change.replacement)
    }
    // Splicing the changes into the input gives the output byte for byte: nothing else moved.
    #expect(Array(applying(writer.changes, to: text).utf8) == Array(writer.output.utf8))
    // The motto, read right since the model learnt general text too ("từ đó" before).
    #expect(writer.output.hasSuffix("\tđộc lập \u{00A0}tự do\n"))
    #expect(writer.output.hasPrefix("Kế hoạch số 30/KH-UBND  của "))
    #expect(writer.output.contains("\t(b/c)\r\n\r\n\nCăn cứ Kế hoạch ngày 14 tháng 5"))
  }

  @Test func correctTextIsCopiedWithoutChanges() throws {
    let text = try SharedRestorer.lines("heldout-correct.txt", first: 40)
    let (writer, _) = try write(text)
    #expect(Array(writer.output.utf8) == Array(text.utf8))
    #expect(writer.changes.isEmpty)
  }

  /// English-model OCR writes the horn of "cơ" as a quote: the change takes the quote in.
  @Test func hornMarkBelongsToTheRestoredWord() throws {
    let text = "Ké hoach cua co’ quan nha nuoc"
    let (writer, _) = try write(text)
    #expect(writer.output == "Kế hoạch của cơ quan nhà nước")
    let horn = try #require(writer.changes.first { $0.replacement == "cơ" })
    #expect(horn.original == "co’")
    #expect(String(text.unicodeScalars[horn.range]) == "co’")
  }

  /// A question mark glued to a word it restores with a horn was the hook ("tt?" for "tử"):
  /// taken in before a lower-case word, or right after the horned vowel ("thi? Ba" for "thứ
  /// Ba"); a sentence's question mark stays.
  @Test func questionMarkThatWasTheHookBelongsToTheRestoredWord() throws {
    let text = "théng tin dién tt? cua Bé\nla Vuong triéu thi? Ba cia Ai Cap\nDay la cai gi?"
    let (writer, _) = try write(text)
    let lines = writer.output.split(separator: "\n")
    #expect(lines.first?.hasPrefix("thông tin điện tử của") == true)
    #expect(lines.dropFirst().first == "là Vương triều thứ Ba của Ai Cập")
    #expect(lines.last?.hasSuffix("?") == true)
    let hook = try #require(writer.changes.first { $0.replacement == "tử" })
    #expect(hook.original == "tt?")
  }

  /// English-model OCR reads "l" as a capital I: mid-sentence the restored word is in lower
  /// case ("nhà thơ lớn"), after a sentence's end it keeps its capital.
  @Test func capitalLookAlikeMidSentenceIsLowerCase() throws {
    let (writer, _) = try write("m6t nha tho Ién cia nuéc MY. Ién len")
    #expect(writer.output == "một nhà thơ lớn của nước Mỹ. Lớn lên")
  }

  /// A lone "6" between words on an English-model OCR line is "ở".
  @Test func loneDigitReadsAsTheWordItStoodFor() throws {
    let (writer, _) = try write("hifu tap trung 6 nhitng khu vue")
    #expect(writer.output.hasSuffix("tập trung ở những khu vực"))
  }

  /// A hyphen or full stop English-model OCR read from a speck between two words it then
  /// wrote without their space is that space; names and codes keep theirs.
  @Test func speckBetweenRestoredWordsIsTheirSpace() throws {
    let text =
      "nhim vu chinh tri-va kinh té, Quyén và.nghia vu\nbi-loai khéi Danh muc, Covid-19 va Bink-Moenen"
    let (writer, _) = try write(text)
    #expect(writer.output.hasPrefix("nhiệm vụ chính trị và kinh tế, "))
    #expect(writer.output.contains(" nghĩa vụ\n"))
    #expect(writer.output.hasSuffix("Covid-19 và Bink-Moenen"))
    let speck = try #require(writer.changes.first { $0.original == "-" })
    #expect(speck.replacement == " ")
    #expect(Array(applying(writer.changes, to: text).utf8) == Array(writer.output.utf8))
  }

  @Test func repairsAreCertainChanges() throws {
    let text = "Căn cứ Kế hoạch ngày l4 tháng 5 năm 2025 của UBND phường."
    let (writer, analysis) = try write(text)
    #expect(writer.output == "Căn cứ Kế hoạch ngày 14 tháng 5 năm 2025 của UBND phường.")
    let repair = try #require(writer.changes.first)
    #expect(writer.changes.count == 1)
    #expect(repair.original == "l4" && repair.replacement == "14")
    #expect(repair.confidence == 1)
    #expect(repair.alternatives.map(\.text) == ["14"])
    #expect(repair.alternatives.map(\.probability) == [1])
    #expect(repair.line == 0)
    #expect(analysis.repairs.count == 1)
  }
}
