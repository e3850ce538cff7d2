import CTesseract
import PageImaging

extension TesseractEngine {
  /// `recognized` with the signer's name read again on its own, as a raw line cut two ways, and
  /// taken from that reading when both cuts agree and differ from the page's reading in marks
  /// alone (see ``SignerLine``). Only sealed pages are looked at: the seal is what garbles them.
  func rereadingSignerName(in recognized: RecognizedPage, image: PixImage) -> RecognizedPage {
    guard recognized.cleanup.droppedRedInk, let index = SignerLine.index(in: recognized.lines)
    else { return recognized }
    let line = recognized.lines[index]
    let first = SignerLine.letterWords(line.words.map(\.text))
    let box = line.box
    var readings: [[String]] = []
    for side in [box.height / 2, box.height] {
      let area = BoundingBox(
        x: box.x - side, y: box.y - box.height / 2, width: box.width + 2 * side,
        height: box.height * 2)
      guard let crop = image.clipped(to: area) else { return recognized }
      let words = readAlone(crop, as: PSM_RAW_LINE, resolution: recognized.resolution)
        .flatMap(\.lines).flatMap(\.words).map(\.text)
      readings.append(SignerLine.letterWords(words))
    }
    guard let reading = readings.first, readings.allSatisfy({ $0 == reading }),
      SignerLine.differsInMarksOnly(first, reading)
    else { return recognized }
    // The words of letters alone, in order, take the new spelling; the page's blocks are
    // changed, so that reading order made again keeps it.
    var spelling: [BoundingBox: String] = [:]
    let lettered = line.words.filter { $0.text.contains(where: \.isLetter) }
    for (word, text) in zip(lettered, reading) where word.text.allSatisfy(\.isLetter) {
      spelling[word.box] = text
    }
    var page = recognized
    for block in page.blocks.indices {
      for row in page.blocks[block].lines.indices {
        for word in page.blocks[block].lines[row].words.indices {
          if let text = spelling[page.blocks[block].lines[row].words[word].box] {
            page.blocks[block].lines[row].words[word].text = text
          }
        }
      }
    }
    page.lines = ColumnLayout.readingOrder(of: page.blocks)
    return page
  }
}
