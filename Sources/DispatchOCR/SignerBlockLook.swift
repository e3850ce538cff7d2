import TesseractOCR
import VietnameseText

/// The look at a signer block the page's reading lost under a seal: on a black-and-white scan
/// the seal is grey, not red, clean-up cannot drop it, and the layout analysis takes the titles
/// and the name it overlaps for a picture ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Phạm Trường Thọ" read as
/// "hàm Trường Thọ").
///
/// When the page has a "Nơi nhận" list and no title beside it, the right half of the page from
/// just above the list down is read again as a block. Its title lines (capitals with an office
/// holder's title) and the name under them (two to five capitalised syllables) replace what the
/// page read there; seal debris around them is left out.
enum SignerBlockLook {
  /// Where the signer block starts across the page, as a share of its width.
  static let blockStart = 0.45
  /// How far below the "Nơi nhận" line the block is looked for, in its line heights.
  static let linesBelow = 14
  /// Words of titles: a capitalised line holding one is a title line.
  static let titleWords: [[String]] = [
    ["chu", "tich"], ["tich"], ["giam", "doc"], ["truong"], ["bi", "thu"], ["thu", "tuong"],
    ["chanh", "van", "phong"], ["chanh", "an"], ["vien", "truong"], ["tong", "cuc", "truong"],
  ]
  /// Marks before a title that say in whose name it is signed.
  static let authorities: Set<String> = ["kt.", "tm.", "tl.", "tuq.", "q.", "kt", "tm", "tl"]

  /// `recognized` with its signer block read again, or as it was.
  static func revise(_ recognized: RecognizedPage, reading reader: RegionReader) -> RecognizedPage {
    guard
      let footer = recognized.lines.last(where: {
        $0.column != .right && isRecipientsLabel($0)
      })
    else { return recognized }
    let height = footer.box.height
    let left = Int(Double(recognized.width) * blockStart)
    let region = BoundingBox(
      x: left, y: max(0, footer.box.y - 2 * height), width: recognized.width - left,
      height: (linesBelow + 2) * height)
    let inside = { (box: BoundingBox) in
      box.midX >= Double(region.x) && box.midY >= Double(region.y)
        && box.midY <= Double(region.maxY)
    }
    let existing = recognized.lines.filter { inside($0.box) }
    guard !existing.contains(where: { isTitle($0.words.map(\.text)) }) else { return recognized }
    let reading = reader.read(region, as: .singleBlock).flatMap(\.lines)
    var titles: [TextLine] = []
    var name: TextLine?
    for line in reading {
      let cleaned = cleanedStart(line)
      let texts = cleaned.words.map(\.text)
      if name == nil, isTitle(texts) {
        titles.append(cleaned)
      } else if !titles.isEmpty, isName(texts) {
        name = cleaned
      }
    }
    guard !titles.isEmpty, let name else { return recognized }
    var notes = ["signer: the block under the seal was read again on its own"]
    if let inferred = deputyTitles(titles) {
      titles = inferred
      notes.append("signer: \"KT.\" and \"PHÓ\" inferred from a title read twice; check them")
    }
    let lines = (titles + [name]).map { line in
      var line = line
      line.column = .right
      line.words = line.words.map { word in
        var word = word
        word.confidence = max(word.confidence, FigureLine.guessConfidence)
        return word
      }
      return line
    }
    var page = recognized
    page.replace(existing.flatMap(\.words), withBlock: TextBlock(lines: lines))
    for note in notes where !page.notes.contains(note) { page.notes.append(note) }
    page.arrangeLines()
    return page
  }

  /// Heads whose deputy signs as "KT. X / PHÓ X" (a minister's deputy is a "THỨ TRƯỞNG").
  static let deputised: [[String]] = [
    ["chu", "tich"], ["giam", "doc"], ["hieu", "truong"], ["vien", "truong"], ["cuc", "truong"],
    ["truong", "ban"], ["chanh", "an"], ["tong", "giam", "doc"],
  ]

  /// "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" is the one block whose two title lines end alike; under a
  /// seal its "KT." and "PHÓ" are what is lost ("CHỦ TỊCH", "Ủ TỊCH"). Two such lines, the first a
  /// deputised head's title and neither with a mark of its own, are written out in full.
  private static func deputyTitles(_ titles: [TextLine]) -> [TextLine]? {
    guard titles.count == 2 else { return nil }
    let folded = titles.map { $0.words.map { $0.text.vietnameseFolded.filter(\.isLetter) } }
    guard deputised.contains(folded[0]), folded[1].last == folded[0].last,
      !folded[1].contains("pho"), let first = titles[0].words.first,
      let second = titles[1].words.first
    else { return nil }
    let guess = { (text: String, box: BoundingBox) in
      RecognizedWord(text: text, box: box, confidence: FigureLine.guessConfidence)
    }
    var head = titles[0]
    head.words.insert(guess("KT.", first.box), at: 0)
    var deputy = titles[1]
    deputy.words = [guess("PHÓ", second.box)] + titles[0].words.map { guess($0.text, $0.box) }
    return [head, deputy]
  }

  /// "Nơi nhận:" (OCR: "Noi nhan:", "Nơi nhân").
  private static func isRecipientsLabel(_ line: TextLine) -> Bool {
    let folded = line.words.prefix(2).map { $0.text.vietnameseFolded.filter(\.isLetter) }
    return folded == ["noi", "nhan"]
  }

  /// A line of capitals holding a title word.
  private static func isTitle(_ words: [String]) -> Bool {
    let letters = words.joined().filter(\.isLetter)
    guard letters.count >= 4, letters.filter(\.isUppercase).count * 10 >= letters.count * 9
    else { return false }
    let folded = words.map { $0.vietnameseFolded.filter(\.isLetter) }
    return titleWords.contains { title in
      folded.indices.contains { start in
        start + title.count <= folded.count
          && Array(folded[start..<(start + title.count)]) == title
      }
    }
  }

  /// Two to five capitalised syllables, at most one of them not a syllable.
  private static func isName(_ words: [String]) -> Bool {
    let letters = words.map { String($0.filter(\.isLetter)) }
    guard (2...5).contains(letters.count), letters.allSatisfy({ $0.first?.isUppercase == true })
    else { return false }
    let valid = letters.filter { Syllable($0) != nil }.count
    return valid >= letters.count - 1
      && letters.contains { $0.dropFirst().contains(where: \.isLowercase) }
  }

  /// The line without the seal debris OCR reads before its first real word ("-e=J{T. CHỦ TỊCH",
  /// "KP }CHỦ TỊCH"): words up to the first syllable or authority mark go, and signs glued to
  /// the front of that word.
  private static func cleanedStart(_ line: TextLine) -> TextLine {
    var line = line
    while let first = line.words.first {
      let letters = first.text.drop { !$0.isLetter }
      if authorities.contains(first.text.lowercased()) || Syllable(String(letters)) != nil {
        if letters.count != first.text.count {
          line.words[0].text = String(letters)
        }
        break
      }
      line.words.removeFirst()
    }
    return line
  }
}
