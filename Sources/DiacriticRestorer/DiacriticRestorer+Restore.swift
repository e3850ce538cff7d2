extension DiacriticRestorer {
  /// Restores `text`: detects each line's channel, decodes each paragraph (lines up to a
  /// blank line) and replaces only the words whose best reading differs from the input.
  ///
  /// ```swift
  /// let result = restorer.restore("Ké hoach s6 30/KH-UBND")
  /// result.text                   // "Kế hoạch số 30/KH-UBND"
  /// result.changes.map(\.original)  // ["Ké", "hoach", "s6"]
  /// ```
  public func restore(_ text: String) -> RestorationResult {
    restore(text, keepingChanges: true)
  }

  /// The restored text alone: the text of ``restore(_:)``, without the list of changes,
  /// which for text typed without diacritics names nearly every word and takes more
  /// memory than the text (`vanban restore` of a million words of such news peaks about
  /// 35 MB lower without `--changes`, which keeps and writes the list).
  ///
  /// ```swift
  /// restorer.restoredText("Ké hoach s6 30/KH-UBND")  // "Kế hoạch số 30/KH-UBND"
  /// ```
  public func restoredText(_ text: String) -> String {
    restore(text, keepingChanges: false).text
  }

  private func restore(_ text: String, keepingChanges: Bool) -> RestorationResult {
    var analysis = LineAnalysis(text, restorer: self)
    var decoder = ParagraphDecoder(restorer: self)
    defer { decoder.finish() }
    if configuration.adaptsToDocument {
      if !isAdaptedToDocument, let adapted = adapted(to: analysis, with: &decoder) {
        // The first reading's tokens and candidate lists are let go before the second, and
        // its buffers handed on to it.
        analysis = LineAnalysis("", restorer: self)
        decoder.finish()
        return adapted.restore(text, keepingChanges: keepingChanges)
      }
      decoder.adaptation = measureAdaptation(of: analysis, with: &decoder)
    }
    var writer = ChangeWriter(
      restorer: self, capacity: analysis.text.utf8.count, listsAlternatives: keepingChanges)
    var written: [WrittenParagraph] = []
    for paragraph in analysis.paragraphs {
      let changesBefore = writer.changes.count
      let outputBefore = writer.output.utf8.count
      decoder.decode(paragraph, of: analysis)
      writer.write(paragraph, of: analysis, decoder: decoder)
      if configuration.documentConsistency {
        let vouched = remember(
          decoder.paragraph, changes: writer.changes[changesBefore...], of: analysis,
          in: &decoder.cache)
        // A paragraph longer than a second reading may ever take is not kept for it.
        let short = decoder.paragraph.positions.count <= Self.secondReadingAllowance
        written.append(
          WrittenParagraph(
            tokens: paragraph, output: outputBefore..<writer.output.utf8.count,
            changes: keepingChanges ? changesBefore..<writer.changes.count : 0..<0,
            decoded: short ? decoder.paragraph : nil, vouched: vouched))
      }
      if !keepingChanges { writer.forgetChanges() }
    }
    if configuration.documentConsistency, !decoder.cache.hasNoPairs {
      let doubtful = doubtfulParagraphs(written, decoder: decoder, analysis: analysis)
      if !doubtful.isEmpty {
        return readAgain(
          doubtful, of: written, analysis: analysis, firstReading: writer, decoder: &decoder,
          keepingChanges: keepingChanges)
      }
    }
    return RestorationResult(
      text: writer.output, changes: writer.changes, channels: analysis.channels)
  }

  /// The paragraphs worth decoding again now that the whole document's pairs are known, in
  /// order, each with its doubtful positions; at most a ``secondReadingShare`` of the
  /// document's positions (or ``secondReadingAllowance``, if more) are decoded again, so that
  /// a long text of many documents, whose pairs doubt everything, costs at most that much more.
  private func doubtfulParagraphs(
    _ written: [WrittenParagraph], decoder: ParagraphDecoder, analysis: LineAnalysis
  ) -> [(paragraph: Int, positions: Set<Int>)] {
    let total = written.reduce(0) { $0 + $1.count }
    var budget = max(Self.secondReadingAllowance, Int(Double(total) * Self.secondReadingShare))
    var doubtful: [(paragraph: Int, positions: Set<Int>)] = []
    for (number, paragraph) in written.enumerated() where paragraph.count <= budget {
      let positions = paragraph.doubtfulPositions(
        decoder.cache, candidates: decoder.candidates, analysis)
      guard !positions.isEmpty else { continue }
      doubtful.append((number, positions))
      budget -= paragraph.count
    }
    return doubtful
  }

  /// The share of a document's positions its second reading may decode again.
  static let secondReadingShare = 0.05
  /// The positions a second reading may decode again however short the document.
  static let secondReadingAllowance = 2_000

  /// The restoration with the paragraphs `doubtful` decoded again, now that the whole
  /// document's pairs are known (a header's "Phuong L8 Chan" comes before the body's
  /// confident "phường Lê Chân"); the others as `firstReading` wrote them.
  private func readAgain(
    _ doubtful: [(paragraph: Int, positions: Set<Int>)], of written: [WrittenParagraph],
    analysis: LineAnalysis,
    firstReading: ChangeWriter, decoder: inout ParagraphDecoder, keepingChanges: Bool
  ) -> RestorationResult {
    var output = String()
    output.reserveCapacity(firstReading.output.utf8.count)
    var changes: [RestorationResult.Change] = []
    var second = ChangeWriter(restorer: self, capacity: 0, listsAlternatives: keepingChanges)
    var next = doubtful.makeIterator()
    var again = next.next()
    for (number, paragraph) in written.enumerated() {
      if let doubt = again, doubt.paragraph == number {
        again = next.next()
        decoder.decode(paragraph.tokens, of: analysis, weighingPairsAt: doubt.positions)
        let before = second.output.utf8.count
        second.write(paragraph.tokens, of: analysis, decoder: decoder)
        output += Self.slice(second.output, before..<second.output.utf8.count)
        if keepingChanges { changes += second.changes }
        second.forgetChanges()
      } else {
        output += Self.slice(firstReading.output, paragraph.output)
        changes += firstReading.changes[paragraph.changes]
      }
    }
    return RestorationResult(text: output, changes: changes, channels: analysis.channels)
  }

  /// The UTF-8 bytes `range` of `text`, which start and end on character boundaries.
  private static func slice(_ text: String, _ range: Range<Int>) -> Substring {
    let utf8 = text.utf8
    let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
    return text[start..<utf8.index(start, offsetBy: range.count)]
  }

  /// Adds to `cache` the readings a decoded paragraph vouches for: words kept as written on
  /// correct lines, and readings restored with confidence; and the pairs of neighbouring
  /// words both vouched for. Later paragraphs weigh them more. Returns whether each position
  /// was vouched for.
  private func remember(
    _ paragraph: DecodedParagraph, changes: ArraySlice<RestorationResult.Change>,
    of analysis: LineAnalysis, in cache: inout DocumentCache
  ) -> [Bool] {
    var previous: (id: UInt16, weight: Float)?
    var vouched = [Bool](repeating: false, count: paragraph.owners.count)
    var next = changes.startIndex
    for position in paragraph.owners.indices {
      let chosen = paragraph.chosen(at: position)
      let owner = paragraph.owners[position]
      // The changes come in input order, as the positions do: walked side by side.
      let start = analysis.tokens[owner].range.lowerBound
      while next < changes.endIndex, changes[next].range.lowerBound < start { next += 1 }
      let change =
        next < changes.endIndex && changes[next].range.lowerBound == start ? changes[next] : nil
      var weight: Float?
      if let change, change.confidence >= DocumentCache.minimumConfidence {
        // A decoded word's change spells the reading chosen; a repair's or a symbol's is
        // looked up.
        let decoded = !chosen.keepsOriginal && analysis.repairs[owner] == nil
        if let id = decoded ? chosen.id : model.vocabulary.id(of: change.replacement.lowercased()) {
          cache.add(id, weight: Float(change.confidence))
          if decoded, analysis.lowerForms[owner] != nil { weight = Float(change.confidence) }
        }
      } else if chosen.keepsOriginal, analysis.lowerForms[owner] != nil,
        analysis.channel(of: owner) == .correct
      {
        cache.add(chosen.id)
        weight = 1
      }
      if let weight, let before = previous {
        cache.addPair(before.id, chosen.id, weight: min(weight, before.weight))
      }
      previous = weight.map { (chosen.id, $0) }
      vouched[position] = weight != nil
    }
    return vouched
  }
}
