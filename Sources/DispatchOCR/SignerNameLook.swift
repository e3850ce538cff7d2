import TesseractOCR

/// The second look at the signer's name on a sealed page: the line read again on its own, as a
/// raw line cut three ways, and its words' tone marks taken from those readings where most agree
/// (see ``SignerLine/settled(first:garbled:readings:)``). Only sealed pages are looked at: the
/// seal is what garbles them.
enum SignerNameLook {
  /// `recognized` with the signer's name settled by the readings of its line alone.
  static func revise(_ recognized: RecognizedPage, reading reader: RegionReader) -> RecognizedPage {
    guard recognized.cleanup.droppedRedInk, let index = SignerLine.index(in: recognized.lines)
    else { return recognized }
    let line = recognized.lines[index]
    let first = SignerLine.letterWords(line.words.map(\.text))
    let garbled = SignerLine.garbledPositions(line.words.map(\.text))
    let box = line.box
    // A quarter of a line above and below, which keeps the marks but little of the seal's
    // rings around the name (with half a line "Vũ" under a ring read "VBThiHồng"); on either
    // side half a line, a line or one and a half: cuts that keep or lose different marks.
    // A cut that reads nothing spells no name like the first reading's and casts no vote.
    let readings = [box.height / 2, box.height, box.height * 3 / 2].map { side in
      let cut = box.lineCut(side: side, margin: box.height / 4)
      let words = reader.read(cut, as: .rawLine).flatMap(\.lines).flatMap(\.words)
      return SignerLine.letterWords(words.map(\.text))
    }
    let reading = SignerLine.settled(first: first, garbled: garbled, readings: readings)
    guard reading != first else { return recognized }
    // The words of letters alone, and the garbled ones, take the new spelling; the page's
    // blocks are changed, so that reading order made again keeps it.
    var spelling: [BoundingBox: String] = [:]
    let lettered = line.words.filter { $0.text.contains(where: \.isLetter) }
    for (position, (word, text)) in zip(lettered, reading).enumerated()
    where word.text.allSatisfy(\.isLetter) || garbled.contains(position) {
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
    page.arrangeLines()
    return page
  }
}
