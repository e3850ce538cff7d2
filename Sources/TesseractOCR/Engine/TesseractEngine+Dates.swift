import CTesseract
import PageImaging

extension TesseractEngine {
  /// Ways to read a date's strip of the page on its own: as a raw line (no layout analysis to
  /// lose the italic digits) and as a block (on these strips, reading as a single line gave the
  /// same text as a block every time).
  private static let dateReadings = [PSM_RAW_LINE, PSM_SINGLE_BLOCK]

  /// `recognized` with each date after "ngày" whose day, month or year Tesseract dropped or
  /// garbled ("ngày 12 tháng năm 2025", "tháng ® năm 202$", "ngày !8/4/20235") read again from
  /// its strip of `image`, the page as recognised.
  ///
  /// Italic digits read differently with each cut and segmentation, so a figure is put to a vote
  /// of several readings and changed only when they agree on something better than the first
  /// reading; lines without a broken date cost nothing.
  func rereadingWrittenDates(in recognized: RecognizedPage, image: PixImage) -> RecognizedPage {
    var page = recognized
    var changed = false
    for block in page.blocks.indices {
      for line in page.blocks[block].lines.indices {
        // Judged without the slivers that reading order drops as marks: a month read as "!Ì" at
        // confidence 10 is no month at all.
        let words = NoiseFilter.removingMarks(page.blocks[block].lines[line]).words
        guard
          let date = WrittenDate.all(in: words.map(\.text)).first(where: { $0.legibility == 0 })
        else { continue }
        var ballot = DateBallot(first: date, words: words)
        vote(on: &ballot, readingStripOf: date, image: image, resolution: page.resolution)
        let spliced = ballot.splicedWords()
        guard spliced != words else { continue }
        page.blocks[block].lines[line].words = spliced
        changed = true
      }
    }
    guard changed else { return recognized }
    page.lines = ColumnLayout.readingOrder(of: page.blocks)
    return page
  }

  /// Adds to `ballot` the dates read from `date`'s strip of the page, cut two ways and read each
  /// way, with their words in page coordinates, until the ballot is settled.
  private func vote(
    on ballot: inout DateBallot, readingStripOf date: WrittenDate, image: PixImage, resolution: Int
  ) {
    // From the word before "ngày" (the place) to the year: Tesseract finds the line's baseline
    // better with a word of plain letters ahead of the digits.
    let words = ballot.words
    let first = max(0, date.dayWord - 1)
    guard let strip = BoundingBox.union(of: words[first...date.span.upperBound].map(\.box)) else {
      return
    }
    // Half a line of margin above and below keeps accents and descenders; on either side, half a
    // line or a whole one, two cuts that lose different digits. Both cuts are read as a raw line
    // first, the cheapest reading and the best on the fixtures, which mostly settles the vote.
    let cuts: [(crop: PixImage, origin: (x: Int, y: Int))] = [strip.height / 2, strip.height]
      .compactMap { side in
        let area = strip.lineCut(side: side)
        return image.clipped(to: area).map { ($0, (max(0, area.x), max(0, area.y))) }
      }
    for mode in Self.dateReadings {
      for cut in cuts {
        for line in readAlone(cut.crop, as: mode, resolution: resolution).flatMap(\.lines) {
          let placed = line.words.map { word in
            var moved = word
            moved.box.x += cut.origin.x
            moved.box.y += cut.origin.y
            return moved
          }
          for found in WrittenDate.all(in: placed.map(\.text)) {
            ballot.count(found, words: placed)
          }
        }
        if ballot.isSettled { return }
      }
    }
  }
}
