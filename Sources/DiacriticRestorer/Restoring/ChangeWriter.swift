import VietnameseText

/// Writes the restored text paragraph by paragraph, and the list of changes: every token
/// the decoder kept, and all whitespace, is copied from the input byte for byte; only the
/// words whose chosen reading differs are replaced, each with a
/// ``RestorationResult/Change``.
///
/// ```swift
/// var writer = ChangeWriter(restorer: restorer, capacity: text.utf8.count)
/// for paragraph in analysis.paragraphs {
///   decoder.decode(paragraph, of: analysis)
///   writer.write(paragraph, of: analysis, decoder: decoder)
/// }
/// writer.output  // the restored text
/// ```
package struct ChangeWriter {
  private let model: LanguageModel
  private var describer: ChangeDescriber
  /// The changed words of the paragraph being written.
  private var requests: [ChangeRequest] = []
  /// The restored text written so far.
  package private(set) var output = String()
  /// The changes written so far, in input order.
  package private(set) var changes: [RestorationResult.Change] = []

  /// A writer with the vocabulary of `restorer`, its output buffer sized for an input of
  /// `capacity` UTF-8 bytes. Without `listsAlternatives`, each change carries its confidence
  /// but no alternatives.
  package init(restorer: DiacriticRestorer, capacity: Int, listsAlternatives: Bool = true) {
    model = restorer.model
    describer = ChangeDescriber(restorer: restorer, listsAlternatives: listsAlternatives)
    output.reserveCapacity(capacity + capacity / 4)
  }

  /// Writes the tokens `range`, the paragraph `decoder` decoded last, and describes its
  /// changes.
  package mutating func write(
    _ range: Range<Int>, of analysis: LineAnalysis, decoder: ParagraphDecoder
  ) {
    let paragraph = decoder.paragraph
    requests.removeAll(keepingCapacity: true)
    var next = range.lowerBound
    var dropped: Int?
    for (position, index) in paragraph.owners.enumerated() {
      copy(next..<index, of: analysis)
      next = index + 1
      // A piece of a run written without spaces gets the space it lacked.
      if !analysis.spaceBefore.isEmpty, analysis.spaceBefore.contains(index) { output += " " }
      if index == dropped { continue }
      if analysis.tokens[index].kind == .punctuation,
        isSpeckBetweenWords(index, at: position, of: analysis, paragraph)
      {
        writeFixed(analysis.text(of: index), as: " ", at: index, of: analysis)
        continue
      }
      dropped = write(position, token: index, of: analysis, paragraph) ?? dropped
    }
    describer.describe(requests, decodedBy: decoder, into: &changes)
    copy(next..<range.upperBound, of: analysis)
  }

  /// Whether token `mark`, at `position` between two words, is a hyphen or a full stop
  /// that English-model or unknown OCR read from a speck between two words it wrote without
  /// their space ("tri-va" for "trị và", "trong.xung" for "trong xung"): glued to both
  /// words, at least one of them restored, and before a lower-case word for a full stop.
  /// Names ("Bink-Moenen") and codes ("Covid-19") are no restored words and keep theirs.
  private func isSpeckBetweenWords(
    _ mark: Int, at position: Int, of analysis: LineAnalysis, _ paragraph: DecodedParagraph
  ) -> Bool {
    let tokens = analysis.tokens
    let index = mark + 1
    guard position > 0, position + 1 < paragraph.owners.count,
      paragraph.owners[position - 1] == mark - 1, paragraph.owners[position + 1] == index,
      tokens[mark - 1].kind == .word,
      tokens[index].kind == .word,
      tokens[mark - 1].range.upperBound == tokens[mark].range.lowerBound,
      tokens[mark].range.upperBound == tokens[index].range.lowerBound,
      analysis.channel(of: index) == .englishOCR || analysis.channel(of: index) == .otherOCR,
      analysis.repairs[index] == nil, analysis.repairs[mark - 1] == nil
    else { return false }
    let text = analysis.text(of: mark)
    guard text == "-" || (text == "." && analysis.patterns[index] == .lower) else { return false }
    return isRestored(position - 1, of: analysis, paragraph)
      || isRestored(position + 1, of: analysis, paragraph)
  }

  /// Whether the word at `position` is written as another syllable than it was read.
  private func isRestored(
    _ position: Int, of analysis: LineAnalysis, _ paragraph: DecodedParagraph
  ) -> Bool {
    let chosen = paragraph.chosen(at: position)
    guard !chosen.keepsOriginal, let lower = analysis.lowerForms[paragraph.owners[position]]
    else { return false }
    return model.vocabulary.text(of: chosen.id) != lower
  }

  /// Drops the changes written so far (their text is in ``output``), when only the text
  /// is wanted.
  package mutating func forgetChanges() {
    changes.removeAll(keepingCapacity: true)
  }

  /// Copies the tokens `range` as they are.
  private mutating func copy(_ range: Range<Int>, of analysis: LineAnalysis) {
    for index in range { output += analysis.text(of: index) }
  }

  /// Writes token `index`, at `position` of the paragraph; returns the index of a quote mark
  /// the restored word took in, which is then not written.
  private mutating func write(
    _ position: Int, token index: Int, of analysis: LineAnalysis, _ paragraph: DecodedParagraph
  ) -> Int? {
    let token = analysis.tokens[index]
    let original = analysis.text(of: index)
    if let repair = analysis.repairs[index] {
      writeFixed(original, as: repair.text, at: index, of: analysis)
      return nil
    }
    let channel = analysis.channel(of: index)
    if token.kind == .symbol || token.kind == .abbreviation,
      channel == .stripped || channel == .englishOCR || channel == .otherOCR,
      let restored = Abbreviations.restoringBarredD(original)
    {
      writeFixed(original, as: restored, at: index, of: analysis)
      return nil
    }
    // An eth or a doubled Đ is a misreading on any line, correct text included. (Words only
    // in capitals: an abbreviation with an eth, "HÐND", is no listed one.)
    if token.kind == .symbol || token.kind == .abbreviation
      || (token.kind == .word && analysis.patterns[index] == .upper),
      let repaired = Abbreviations.repairingMisreadD(original)
    {
      writeFixed(original, as: repaired, at: index, of: analysis)
      return nil
    }
    let lower =
      analysis.lowerForms[index] ?? (analysis.isLoneDigit(index) ? String(original) : nil)
    let pattern = analysis.patterns[index]
    // "nhà thơ Ién" is "lớn": OCR's capital I stood for an l, and mid-sentence no capital.
    let capitalMayBeLookAlike =
      pattern == .title && (channel == .englishOCR || channel == .otherOCR)
      && followsLowerCaseWord(index, of: analysis)
    guard
      let replacement = capitalsSlip(position, of: analysis, paragraph, channel: channel)
        ?? replacementText(
          original: original, lower: lower, pattern: pattern,
          candidate: paragraph.chosen(at: position),
          inCapitals: isInCapitals(position, of: analysis, paragraph, channel: channel),
          capitalMayBeLookAlike: capitalMayBeLookAlike,
          smallLetterMayBeCapital: channel == .englishOCR || channel == .otherOCR)
    else {
      output += original
      return nil
    }
    output += replacement
    var range = token.range
    var dropped: Int?
    if channel == .englishOCR || channel == .otherOCR,
      let mark = hornMark(after: index, of: analysis, restored: replacement, channel: channel)
        ?? dotBelowMark(after: index, of: analysis, restored: replacement, channel: channel)
    {
      // "co’" is "cơ", "Bô. Tu" is "Bộ Tu": the mark was the horn or the dot below, now
      // written by the restored word.
      dropped = mark
      range = range.lowerBound..<analysis.tokens[mark].range.upperBound
    }
    // A placeholder keeps the changes in input order; described with the paragraph's others.
    requests.append(
      ChangeRequest(
        original: Substring(analysis.scalars[range]), replacement: replacement, range: range,
        line: analysis.lines[index], position: position, pattern: analysis.patterns[index],
        slot: changes.count))
    changes.append(
      RestorationResult.Change(
        original: "", replacement: "", line: 0, range: range, alternatives: [], confidence: 0))
    return dropped
  }

  /// Writes a repair or a restored symbol: a change with no alternative.
  private mutating func writeFixed(
    _ original: Substring, as text: String, at index: Int, of analysis: LineAnalysis
  ) {
    output += text
    changes.append(
      RestorationResult.Change(
        original: String(original), replacement: text, line: analysis.lines[index],
        range: analysis.tokens[index].range, alternatives: [.init(text: text, probability: 1)],
        confidence: 1))
  }

  /// Whether the word at `position` is written in capitals: only the case of capitalised
  /// and mixed-case words depends on their line and neighbours.
  private func isInCapitals(
    _ position: Int, of analysis: LineAnalysis, _ paragraph: DecodedParagraph, channel: Channel
  ) -> Bool {
    let pattern = analysis.patterns[paragraph.owners[position]]
    if pattern == .title && channel == .otherOCR {
      // Such engines write the small letters that look like their capitals ("Qu_" for "QUỸ",
      // "B%o" for "BÁO") small on a line of capitals too: three words in five in capitals,
      // as for ``capitalsSlip(_:of:_:channel:)``. Held-out gocr 996 → 989 word errors,
      // ocrad 629 → 625.
      let line = analysis.lineEvidence(of: paragraph.owners[position])
      return line.words >= 3 && (line.upper + line.mixed) * 5 >= line.words * 3
    }
    guard pattern == .upper || pattern == .mixed else { return false }
    let line = analysis.lineEvidence(of: paragraph.owners[position])
    // Engines without Vietnamese glyphs write a line of capitals half in mixed case ("BAy
    // TÀu cHI_N cuA HAI auÂN"): held-out gocr 1,020 → 995 word errors, ocrad 668 → 664.
    // Not on English-model lines, whose "vỚI hoạt" on a short line is "với".
    let capitals = channel == .otherOCR ? line.upper + line.mixed : line.upper
    return capitals * 2 >= line.words || isCapitalWord(position - 1, of: analysis, paragraph)
      || isCapitalWord(position + 1, of: analysis, paragraph)
  }

  /// The word at `position` in capitals, when English-model OCR or OCR of unknown origin
  /// wrote it in lower case on a line of capitals, beside a word in capitals ("ĐẶT các TÙY
  /// CHỌN", "BẢO TÀNG cấp TỈNH": engines without Vietnamese glyphs tell a capital from its
  /// small letter by size alone); nil otherwise. Only syllables the decoder chose.
  private func capitalsSlip(
    _ position: Int, of analysis: LineAnalysis, _ paragraph: DecodedParagraph, channel: Channel
  ) -> String? {
    let index = paragraph.owners[position]
    guard channel == .englishOCR || channel == .otherOCR, analysis.patterns[index] == .lower,
      analysis.lowerForms[index] != nil
    else { return nil }
    let line = analysis.lineEvidence(of: index)
    // Three words in five, on a line of three or more: a short line's "UBND tỉnh" stays.
    // On lines of unknown origin words of mixed case count as capitals (see
    // ``isInCapitals(_:of:_:channel:)``): ocrad 664 → 662 word errors.
    let capitals = channel == .otherOCR ? line.upper + line.mixed : line.upper
    guard line.words >= 3, capitals * 5 >= line.words * 3 else { return nil }
    let capitalBeside = [position - 1, position + 1].contains { neighbour in
      paragraph.owners.indices.contains(neighbour)
        && analysis.lines[paragraph.owners[neighbour]] == analysis.lines[index]
        && (isCapitalWord(neighbour, of: analysis, paragraph)
          || (channel == .otherOCR
            && isInCapitals(neighbour, of: analysis, paragraph, channel: channel)))
    }
    let chosen = paragraph.chosen(at: position)
    guard capitalBeside, chosen.id >= UInt16(SpecialToken.allCases.count) else { return nil }
    return model.vocabulary.text(of: chosen.id).uppercased()
  }

  /// Whether the token at `position`, if any, is a word to decode written in capitals.
  private func isCapitalWord(
    _ position: Int, of analysis: LineAnalysis, _ paragraph: DecodedParagraph
  ) -> Bool {
    guard paragraph.owners.indices.contains(position) else { return false }
    let index = paragraph.owners[position]
    return analysis.patterns[index] == .upper
      && (analysis.lowerForms[index] != nil || analysis.isLoneDigit(index))
  }

  /// The word to write instead of `original`, or nil to keep it.
  /// `capitalMayBeLookAlike`: the word's capital is no sentence start, so a capital that
  /// the restored word reads as another letter was OCR's look-alike of a small one.
  /// `smallLetterMayBeCapital`: the engine tells capitals from small letters by size alone
  /// (English-model OCR, engines without Vietnamese glyphs), so a mixed-case word amid
  /// capitals is in capitals even when it starts with a small letter ("cÁc").
  private func replacementText(
    original: Substring, lower: String?, pattern: CasePattern, candidate: Candidate,
    inCapitals: Bool, capitalMayBeLookAlike: Bool = false, smallLetterMayBeCapital: Bool = false
  ) -> String? {
    guard let lower else { return nil }
    if candidate.keepsOriginal, original.unicodeScalars.contains(where: { $0 == "ð" || $0 == "Ð" })
    {
      // Kept, but with Đ for the eth that stood for it.
      return String(
        String.UnicodeScalarView(
          original.unicodeScalars.map { $0 == "ð" ? "đ" : $0 == "Ð" ? "Đ" : $0 }))
    }
    // `unicodeScalars.contains`, first: Foundation's `contains(_:)` of a string searched
    // every word of every restore (a twelfth of the time of correct text).
    if original.unicodeScalars.contains(" "),
      candidate.keepsOriginal || model.vocabulary.text(of: candidate.id) == lower,
      original.allSatisfy({ $0.isLetter || $0 == " " })
    {
      // A word Tesseract cut after its first letter ("T ỊCH", see `SplitInitials`), whole.
      return original.filter { $0 != " " }
    }
    var pattern = pattern
    // A two-letter capitalised word amid lower-case words is an OCR case slip ("BO" for "Bộ").
    if pattern == .upper && !inCapitals && original.unicodeScalars.count == 2 { pattern = .title }
    // A capitalised word amid capitals of OCR of unknown origin (see ``isInCapitals``).
    if pattern == .title && inCapitals { pattern = .mixed }
    if candidate.keepsOriginal
      && (pattern != .mixed || candidate.id == SpecialToken.unknown.rawValue)
    {
      return nil
    }
    let syllable = model.vocabulary.text(of: candidate.id)
    if syllable == lower && pattern != .mixed { return nil }
    if capitalMayBeLookAlike, let first = original.unicodeScalars.first,
      let restored = syllable.unicodeScalars.first,
      Character(first).lowercased().vietnameseFolded
        != Character(restored).lowercased().vietnameseFolded
    {
      pattern = .lower
    }
    let startsUpper =
      original.unicodeScalars.first.map { LetterCase.isUppercase($0) ?? $0.properties.isUppercase }
      ?? false
    // A mixed-case slip amid capitals ("CHỦ NGiIĨA VIỆT", "ĐẶT cÁc TÙY") was written in
    // capitals; the Vietnamese model's "VớI LÝ lỆ" starts with the small letter it meant.
    if pattern == .mixed && inCapitals && (startsUpper || smallLetterMayBeCapital) {
      pattern = .upper
    }
    return pattern.apply(to: syllable, startsUpper: startsUpper)
  }

  /// The index of a quote glued after a word that English-model OCR split off an ơ or ư,
  /// when the restored word has that horn; or of a question mark that stood for the horn
  /// ("tt?" for "tử", "thi?" for "thứ"), which a sentence's question mark is not when a
  /// lower-case word follows it.
  private func hornMark(
    after index: Int, of analysis: LineAnalysis, restored: String, channel: Channel
  ) -> Int? {
    let tokens = analysis.tokens
    let mark = index + 1
    guard mark < tokens.count, tokens[mark].kind == .punctuation,
      tokens[mark].range.lowerBound == tokens[index].range.upperBound
    else { return nil }
    let text = analysis.scalars[tokens[mark].range]
    guard text.count == 1, let glyph = text.first else { return nil }
    let toneless = restored.lowercased().removingVietnameseTones
    guard toneless.contains("ơ") || toneless.contains("ư") else { return nil }
    if glyph == "’" || glyph == "‘" || glyph == "'" { return channel == .englishOCR ? mark : nil }
    guard glyph == "?", mark + 2 < tokens.count, tokens[mark + 1].kind == .whitespace,
      analysis.lines[mark + 2] == analysis.lines[index]
    else { return nil }
    // Right after the horned vowel ("thi? Ba" for "thứ Ba") the mark is its hook whatever
    // follows on the line; elsewhere in the word only before a lower-case word.
    if let last = toneless.unicodeScalars.last, last == "ơ" || last == "ư" { return mark }
    return tokens[mark + 2].kind == .word && analysis.patterns[mark + 2] == .lower ? mark : nil
  }

  /// The index of a full stop glued after a word that an engine without Vietnamese glyphs
  /// (``Channel/otherOCR``) wrote with its final vowel's dot below as that stop ("Bô. Tu" for
  /// "Bộ Tư", "nq." for "nợ"), when the restored word ends in that vowel and the word as
  /// written lacks it. A stop after the word's end ("duy_. t.") or before the line's end is
  /// the sentence's; of two stops ("Bô.."), the first.
  private func dotBelowMark(
    after index: Int, of analysis: LineAnalysis, restored: String, channel: Channel
  ) -> Int? {
    let tokens = analysis.tokens
    let mark = index + 1
    guard channel == .otherOCR, mark + 1 < tokens.count, tokens[mark].kind == .punctuation,
      tokens[mark].range.lowerBound == tokens[index].range.upperBound,
      analysis.scalars[tokens[mark].range].elementsEqual(["."]),
      analysis.lines[mark + 1] == analysis.lines[index],
      let last = restored.unicodeScalars.last, Self.hasDotBelow(last),
      // A lone letter tells too little: "l." is an item number as often.
      analysis.scalars[tokens[index].range].count > 1,
      !analysis.scalars[tokens[index].range].contains(where: Self.hasDotBelow)
    else { return nil }
    let next = tokens[mark + 1]
    if next.kind == .whitespace {
      return mark + 2 < tokens.count && analysis.lines[mark + 2] == analysis.lines[index]
        && tokens[mark + 2].kind != .whitespace ? mark : nil
    }
    return next.kind == .punctuation && analysis.scalars[next.range].elementsEqual(["."])
      ? mark : nil
  }

  /// Whether `scalar` is a vowel with the dot below (the heavy tone), either case.
  private static func hasDotBelow(_ scalar: Unicode.Scalar) -> Bool {
    "ạặậẹệịọộợụựỵẠẶẬẸỆỊỌỘỢỤỰỴ".unicodeScalars.contains(scalar)
  }

  /// Whether the word before token `index`, on its line and with only a space between
  /// them, is written in lower case: a capital there is no sentence start.
  private func followsLowerCaseWord(_ index: Int, of analysis: LineAnalysis) -> Bool {
    guard index >= 2, analysis.tokens[index - 1].kind == .whitespace,
      analysis.tokens[index - 2].kind == .word,
      analysis.lines[index - 2] == analysis.lines[index]
    else { return false }
    return analysis.patterns[index - 2] == .lower
  }
}
