import Foundation

extension DiacriticRestorer {
  /// Restores the pages of one document together: what ``restore(_:)`` does for each page,
  /// but with one document cache and one second reading for them all, so that a name or a
  /// pair of words restored with confidence on one page weighs on the others (a letterhead's
  /// "Phuong L8 Chan" on page 1, "phường Lê Chân" read cleanly on page 3).
  ///
  /// Each result is the page's own: its text, its changes with ranges in that page's string,
  /// its lines counted from the page's first. A page never shares a paragraph with the next.
  ///
  /// ```swift
  /// let pages = restorer.restore(pages: [first, second])
  /// pages[1].changes.first?.range  // a range of `second`
  /// ```
  public func restore(pages: [String]) -> [RestorationResult] {
    guard pages.count > 1, !pages.contains(where: { $0.contains(Self.pageBreak) }) else {
      return pages.map { restore($0) }
    }
    let joined = pages.joined(separator: Self.pageSeparator)
    let whole = restore(joined)
    let texts = whole.text.components(separatedBy: Self.pageSeparator)
    // The separator is a line of its own between blank lines, which no decoding touches; should
    // it ever not come back whole, the pages are restored one by one rather than mis-cut.
    guard texts.count == pages.count else { return pages.map { restore($0) } }
    var results: [RestorationResult] = []
    results.reserveCapacity(pages.count)
    var changes = whole.changes[...]
    var start = 0  // the page's first UTF-8 byte in `joined`
    var firstLine = 0
    let separatorBytes = Self.pageSeparator.utf8.count
    for (page, text) in zip(pages, texts) {
      let end = start + page.utf8.count
      let lineCount = page.utf8.count(where: { $0 == UInt8(ascii: "\n") }) + 1
      var own: [RestorationResult.Change] = []
      while let change = changes.first, joined.utf8Offset(of: change.range.lowerBound) < end {
        changes = changes.dropFirst()
        own.append(change.moved(from: joined, by: start, lines: firstLine, to: page))
      }
      let channels = whole.channels.dropFirst(firstLine).prefix(lineCount)
      results.append(RestorationResult(text: text, changes: own, channels: Array(channels)))
      start = end + separatorBytes
      firstLine += lineCount + Self.separatorLines
    }
    return results
  }

  /// A character no OCR engine writes (a private-use code point), on a line of its own
  /// between the pages joined for ``restore(pages:)``.
  static let pageBreak = "\u{E000}"
  /// What joins two pages: a blank line, the break on its own line, a blank line, so that
  /// no paragraph runs from one page into the next.
  static let pageSeparator = "\n\n" + pageBreak + "\n\n"
  /// The lines the separator adds between a page's last line and the next page's first.
  static let separatorLines = 3
}

extension RestorationResult.Change {
  /// This change of `joined` as a change of `page`, which starts `offset` UTF-8 bytes and
  /// `lines` lines into `joined`.
  fileprivate func moved(from joined: String, by offset: Int, lines: Int, to page: String)
    -> Self
  {
    var change = self
    let lower = joined.utf8Offset(of: range.lowerBound) - offset
    let upper = joined.utf8Offset(of: range.upperBound) - offset
    let utf8 = page.utf8
    let start = utf8.index(utf8.startIndex, offsetBy: lower)
    change.range = start..<utf8.index(start, offsetBy: upper - lower)
    change.line -= lines
    return change
  }
}

extension String {
  /// The UTF-8 offset of `index` in this string.
  fileprivate func utf8Offset(of index: Index) -> Int {
    utf8.distance(from: utf8.startIndex, to: index)
  }
}
