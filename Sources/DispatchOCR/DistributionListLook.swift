import TesseractOCR
import VietnameseText

/// The look at a "Nơi nhận" list whose first items the page's reading lost: the list is set in
/// a small font beside the signer block, and Tesseract sometimes takes its first lines, or the
/// label with them, for specks ("Nơi nhận: / \"1. / - T, PCT UBND tỉnh" for "Nơi nhận: / - Như
/// trên; / - Bộ Tài chính; / - CT, PCT UBND tỉnh").
///
/// When the list ends in its filing item ("- Lưu: VT, …") and its top looks broken (debris
/// under the label, or more than ``lostLineGap`` line heights between the label and the first
/// item; no label and room above the first item for it and more), the left part of the page
/// from the label, or the end of the text above, down to the filing item is read again as a
/// block. The reading replaces the page's when it holds more items and ends in a filing item,
/// and only where nothing but the list stands, so no line is read twice.
enum DistributionListLook {
  /// Where the signer block starts across the page, as a share of its width.
  static let listEnd = 0.5
  /// A space above the first item, in its line heights, that lines were lost in.
  static let lostLineGap = 1.8
  /// The space above the first item, in its line heights, in which a lost label and items may
  /// be, where no label was read.
  static let lostLabelGap = 2.5
  /// How far above the filing item the list may start, in its line heights.
  static let linesAbove = 16

  /// `recognized` with its distribution list read again, or as it was.
  static func revise(_ recognized: RecognizedPage, reading reader: RegionReader) -> RecognizedPage {
    let lines = recognized.lines
    guard
      let filing = lines.lastIndex(where: {
        $0.column != .right && $0.box.midY > Double(recognized.height) / 2 && isFilingItem($0.text)
      })
    else { return recognized }
    let height = lines[filing].box.height
    let listRight = Int(Double(recognized.width) * listEnd)
    let leftLines = lines[..<filing].filter {
      $0.column != .right && $0.box.midX < Double(listRight)
        && $0.box.y >= lines[filing].box.y - linesAbove * height
    }
    // The list: the left lines above the filing item, up to the label or the text before it.
    var list: [TextLine] = []
    var label: TextLine?
    var above: TextLine?
    for line in leftLines.reversed() {
      if isRecipientsLabel(line.text) {
        label = line
        break
      }
      if line.box.maxX >= listRight || !list.isEmpty && isSentenceEnd(line.text) {
        above = line
        break
      }
      list.insert(line, at: 0)
    }
    let items = list.filter { isItem($0.text) }
    let firstLine = list.first ?? lines[filing]
    let top: Int
    if let label {
      // Under the label by one line height, not its box's bottom: a lost line's debris read as
      // a word of the label's line makes its box reach into the list.
      top = label.box.y + height
      let debris = list.first.map { isDebris($0.text) } ?? false
      guard debris || Double(firstLine.box.y - top) > lostLineGap * Double(height) else {
        return recognized
      }
    } else {
      // No label: lost with the first items, only if there is room for them under the text.
      guard let above, Double(firstLine.box.y - above.box.maxY) > lostLabelGap * Double(height)
      else { return recognized }
      top = above.box.maxY
    }
    let left = min(lines[filing].box.x, list.map(\.box.x).min() ?? Int.max) - height
    let region = BoundingBox(
      x: max(0, left), y: top, width: listRight - max(0, left),
      height: lines[filing].box.maxY + height / 2 - top)
    guard region.width > 0, region.height > 0 else { return recognized }
    // Only the list may stand there: text read twice is worse than items lost.
    let replaced = list + [lines[filing]]
    let others = lines.filter { line in
      line.column != .right && line.box.midX < Double(listRight)
        && line.box.midY > Double(region.y) && line.box.midY < Double(region.maxY)
        && !replaced.contains(line)
    }
    guard others.isEmpty else { return recognized }
    let reading = reader.read(region, as: .singleBlock).flatMap(\.lines)
    let readItems = reading.filter { isItem($0.text) }
    guard readItems.count > items.count, let last = reading.last, isFilingItem(last.text)
    else { return recognized }
    var page = recognized
    let newLines = reading.map { line in
      var line = line
      line.column = .left
      return line
    }
    page.replace(replaced.flatMap(\.words), withBlock: TextBlock(lines: newLines))
    page.notes.append(
      "distribution: the list was read again on its own (\(readItems.count) items, not \(items.count))"
    )
    page.arrangeLines()
    return page
  }

  /// "Nơi nhận:" (OCR: "Noi nhan:", "Nơi nhân", "ơi nhận:").
  static func isRecipientsLabel(_ text: String) -> Bool {
    let folded = text.split(separator: " ").prefix(2).map {
      String($0).vietnameseFolded.filter(\.isLetter)
    }
    return folded.count == 2 && folded[0].hasSuffix("oi") && folded[0].count <= 3
      && folded[1] == "nhan"
  }

  /// Specks read as a line: fewer than three letters ("\"1.", "r —").
  static func isDebris(_ text: String) -> Bool {
    text.filter(\.isLetter).count < 3
  }

  /// An item of the list: a dash, then a word.
  static func isItem(_ text: String) -> Bool {
    let trimmed = text.drop { $0 == " " }
    guard let first = trimmed.first, "-–—•+~".contains(first) else { return false }
    return trimmed.dropFirst().contains(where: \.isLetter)
  }

  /// The filing item "- Lưu: VT, …" (OCR: "Luu", "Lưu VT").
  static func isFilingItem(_ text: String) -> Bool {
    let letters = text.drop { !$0.isLetter }.prefix { $0.isLetter }
    return String(letters).vietnameseFolded == "luu"
  }

  /// A line that ends a sentence of the text above the list: words, then a full stop or colon
  /// (not debris such as "\"1.").
  private static func isSentenceEnd(_ text: String) -> Bool {
    let words = text.split(separator: " ").filter { $0.contains(where: \.isLetter) }
    return words.count >= 3 && (text.hasSuffix(".") || text.hasSuffix(":"))
  }
}
