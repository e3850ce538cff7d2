import TesseractOCR

/// The second look at dates after "ngày" whose day, month or year Tesseract dropped or garbled
/// ("ngày 12 tháng năm 2025", "tháng ® năm 202$", "ngày !8/4/20235"): each is read again from its
/// strip of the page.
///
/// Italic digits read differently with each cut and segmentation, so a figure is put to a vote of
/// several readings and changed only when they agree on something better than the first reading;
/// lines without a broken date cost nothing.
enum WrittenDateLook {
  /// Ways to read a date's strip of the page on its own: as a raw line (no layout analysis to
  /// lose the italic digits) and as a block (on these strips, reading as a single line gave the
  /// same text as a block every time).
  private static let readings: [Segmentation] = [.rawLine, .singleBlock]

  /// `recognized` with each broken date read again and settled by vote.
  static func revise(_ recognized: RecognizedPage, reading reader: RegionReader) -> RecognizedPage {
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
        vote(on: &ballot, readingStripOf: date, with: reader)
        let spliced = ballot.splicedWords()
        guard spliced != words else { continue }
        page.blocks[block].lines[line].words = spliced
        changed = true
      }
    }
    guard changed else { return recognized }
    page.arrangeLines()
    return page
  }

  /// Adds to `ballot` the dates read from `date`'s strip of the page, cut two ways and read each
  /// way, until the ballot is settled.
  private static func vote(
    on ballot: inout DateBallot, readingStripOf date: WrittenDate, with reader: RegionReader
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
    let cuts = [strip.height / 2, strip.height].map { strip.lineCut(side: $0) }
    for segmentation in readings {
      for cut in cuts {
        for line in reader.read(cut, as: segmentation).flatMap(\.lines) {
          for found in WrittenDate.all(in: line.words.map(\.text)) {
            ballot.count(found, words: line.words)
          }
        }
        if ballot.isSettled { return }
      }
    }
  }
}
