import Foundation
import VietnameseText

extension DiacriticRestorer {
  /// Restores `text`: detects each line's channel, decodes each paragraph (lines up to a
  /// blank line) and replaces only the words whose best reading differs from the input.
  public func restore(_ text: String) -> RestorationResult {
    let tokens = Tokenizer.tokens(in: text)
    let scalars = text.unicodeScalars
    let vocabulary = model.vocabulary

    // Pass 1: lines, word forms and channel evidence.
    var tokenLine = [Int](repeating: 0, count: tokens.count)
    var lowerForms = [String?](repeating: nil, count: tokens.count)
    // Model IDs of the words, looked up once (`<unk>` for unknown words).
    var wordIDs = [UInt16](repeating: SpecialToken.unknown.rawValue, count: tokens.count)
    var patterns = [CasePattern](repeating: .lower, count: tokens.count)
    var evidence: [ChannelDetector.Evidence] = [ChannelDetector.Evidence()]
    var line = 0
    // The whitespace tokens that end a paragraph (two line feeds or more).
    var paragraphEnds: [Int] = []
    for (index, token) in tokens.enumerated() {
      tokenLine[index] = line
      if token.kind == .whitespace {
        var breaks = 0
        for byte in text.utf8[token.range] where byte == 0x0A { breaks += 1 }
        if breaks >= 2 { paragraphEnds.append(index) }
        for _ in 0..<breaks { evidence.append(ChannelDetector.Evidence()) }
        line += breaks
      } else if token.kind == .word {
        let word = Substring(scalars[token.range])
        let lower = Self.lowerForm(word)
        lowerForms[index] = lower
        let id = vocabulary.id(of: lower)
        let known = id != nil
        if let id { wordIDs[index] = id }
        let foldable = known || !vocabulary.syllables(folded: lower).isEmpty
        patterns[index] = CasePattern(of: word)
        ChannelDetector.add(
          word: word, known: known, foldable: foldable, pattern: patterns[index],
          to: &evidence[line])
      }
    }
    var channels = evidence.map(ChannelDetector.channel(of:))
    Self.smoothChannels(&channels, evidence: evidence)
    let repairs = repairMisreadings(
      tokens, scalars, lines: tokenLine, channels: channels, lowerForms: &lowerForms,
      wordIDs: wordIDs, patterns: patterns)

    // Pass 2: decode paragraph by paragraph.
    // Candidate lists per channel and word form, each with an ID for the bigram memo.
    var caches = [[String: (list: UInt32, candidates: [Candidate])]](
      repeating: [:], count: Channel.allCases.count)
    var digitCache: [String: (list: UInt32, candidates: [Candidate])] = [:]
    var nextList: UInt32 = 0
    let memo = BigramMemo()
    let trigramCache = TrigramCache()
    var contexts: [Int32] = []
    var output = String()
    output.reserveCapacity(text.utf8.count + text.utf8.count / 4)
    var changes: [RestorationResult.Change] = []
    var paragraphStart = 0
    let decoder = ViterbiDecoder(
      model: model, beamWidth: configuration.beamWidth, beamThreshold: configuration.beamThreshold)
    func flush(upTo end: Int) {
      var positions: [[Candidate]] = []
      var lists: [UInt32] = []
      var owners: [Int] = []
      var identities: [UInt16] = []
      for index in paragraphStart..<end where tokens[index].kind != .whitespace {
        let token = tokens[index]
        if let repair = repairs[index] {
          identities.append(repair.identity)
        } else if lowerForms[index] != nil {
          identities.append(wordIDs[index])
        } else if token.kind == .abbreviation,
          let id = vocabulary.id(of: Self.lowerForm(Substring(scalars[token.range])))
        {
          identities.append(id)
        } else {
          let special = SpecialToken.forToken(
            kind: token.kind, text: Substring(scalars[token.range]))
          identities.append(special.rawValue)
        }
        owners.append(index)
      }
      for (position, index) in owners.enumerated() {
        let identity = identities[position]
        let channel = channels[tokenLine[index]]
        if channel == .englishOCR, tokens[index].kind == .number,
          scalars[tokens[index].range].count == 1
        {
          // English-model OCR reads "ở" as "6": a lone digit may be a word.
          let digit = String(scalars[tokens[index].range])
          lowerForms[index] = digit
          if digitCache[digit] == nil {
            digitCache[digit] = (nextList, generator.digitReadings(digit))
            nextList += 1
          }
          if let cached = digitCache[digit] {
            positions.append(cached.candidates)
            lists.append(cached.list)
          }
          continue
        }
        // A word kept as it is: its one-candidate list is named after its ID.
        let kept = [Candidate(id: identity, channel: 0, keepsOriginal: true)]
        let keptList = 0x8000_0000 | UInt32(identity)
        guard let lower = lowerForms[index] else {
          positions.append(kept)
          lists.append(keptList)
          continue
        }
        // Correct-looking text may be Vietnamese-model OCR whose slips are syllables too
        // ("hướng dân thực hiện", "chuyến đối số"), so its words are weighed as OCR output
        // unless their context vouches for them: inside a line, a word seen in training with
        // both neighbours (bigrams) and in both trigrams is kept. At a line's edge the
        // context across the break (a heading, another column, a sentence cut off) is
        // weak evidence, so the bigrams alone keep the word and others are weighed as
        // correct text. Tone marks squeezed above capitals are read less reliably ("BẢO
        // CÁO" for "BÁO CÁO"): an all-capital word is always weighed as OCR output.
        var reading = channel
        if channel == .correct {
          let interior =
            position > 0 && position + 1 < owners.count
            && tokenLine[owners[position - 1]] == tokenLine[index]
            && tokenLine[owners[position + 1]] == tokenLine[index]
          let supported =
            identity != SpecialToken.unknown.rawValue
            && isSupported(identity, at: position, in: identities)
          if patterns[index] == .upper
            || (interior && (!supported || !isAttested(identity, at: position, in: identities)))
          {
            reading = .vietnameseOCR
          } else if supported {
            positions.append(kept)
            lists.append(keptList)
            continue
          }
        }
        let slot = Channel.allCases.firstIndex(of: reading) ?? 0
        if let cached = caches[slot][lower] {
          positions.append(cached.candidates)
          lists.append(cached.list)
        } else {
          let made = generator.candidates(for: lower, channel: reading)
          caches[slot][lower] = (nextList, made)
          positions.append(made)
          lists.append(nextList)
          nextList += 1
        }
      }
      let choices = decoder.decode(
        positions, lists: lists, memo: memo, trigramCache: trigramCache, contexts: &contexts)
      var next = paragraphStart
      var dropped: Int?
      var requests: [ChangeRequest] = []
      var requestSlots: [Int] = []
      for (position, index) in owners.enumerated() {
        for gap in next..<index { output += Substring(scalars[tokens[gap].range]) }
        next = index + 1
        if index == dropped { continue }
        let original = Substring(scalars[tokens[index].range])
        let candidate = positions[position][choices[position]]
        let channel = channels[tokenLine[index]]
        let token = tokens[index]
        if let repair = repairs[index] {
          output += repair.text
          changes.append(
            RestorationResult.Change(
              original: String(original), replacement: repair.text, line: tokenLine[index],
              range: token.range, alternatives: [.init(text: repair.text, probability: 1)],
              confidence: 1))
          continue
        }
        if token.kind == .symbol || token.kind == .abbreviation,
          channel == .stripped || channel == .englishOCR,
          let restored = Abbreviations.restoringBarredD(original)
        {
          output += restored
          changes.append(
            RestorationResult.Change(
              original: String(original), replacement: restored, line: tokenLine[index],
              range: token.range,
              alternatives: [.init(text: restored, probability: 1)], confidence: 1))
          continue
        }
        let lineEvidence = evidence[tokenLine[index]]
        func isCapitalWord(_ neighbour: Int) -> Bool {
          guard owners.indices.contains(neighbour), lowerForms[owners[neighbour]] != nil else {
            return false
          }
          return patterns[owners[neighbour]] == .upper
        }
        // Only the case of capitalised and mixed-case words depends on the neighbours.
        let capitals =
          (patterns[index] == .upper || patterns[index] == .mixed)
          && (lineEvidence.upper * 2 >= lineEvidence.words || isCapitalWord(position - 1)
            || isCapitalWord(position + 1))
        let replacement = replacementText(
          original: original, lower: lowerForms[index], pattern: patterns[index],
          candidate: candidate, inCapitals: capitals)
        guard let replacement else {
          output += original
          continue
        }
        output += replacement
        var range = tokens[index].range
        if channel == .englishOCR,
          let mark = hornMark(after: index, in: tokens, scalars, restored: replacement)
        {
          // "co’" is "cơ": the quote was the horn, now written by the restored word.
          dropped = mark
          range = range.lowerBound..<tokens[mark].range.upperBound
        }
        requests.append(
          ChangeRequest(
            original: Substring(scalars[range]), replacement: replacement, range: range,
            line: tokenLine[index], position: position, pattern: patterns[index]))
        // A placeholder keeps the changes in input order; described below, all at once.
        requestSlots.append(changes.count)
        changes.append(
          RestorationResult.Change(
            original: "", replacement: "", line: 0, range: range, alternatives: [], confidence: 0))
      }
      for (slot, change) in zip(
        requestSlots,
        describe(
          requests, positions: positions, lists: lists, choices: choices, memo: memo,
          trigramCache: trigramCache, contexts: contexts))
      {
        changes[slot] = change
      }
      for gap in next..<end { output += Substring(scalars[tokens[gap].range]) }
      paragraphStart = end
    }
    for index in paragraphEnds { flush(upTo: index + 1) }
    flush(upTo: tokens.count)
    return RestorationResult(text: output, changes: changes, channels: channels)
  }

  /// The index of a quote glued after a word that English-model OCR split off an ơ or ư,
  /// when the restored word has that horn.
  private func hornMark(
    after index: Int, in tokens: [Token], _ scalars: String.UnicodeScalarView, restored: String
  ) -> Int? {
    let mark = index + 1
    guard mark < tokens.count, tokens[mark].kind == .punctuation,
      tokens[mark].range.lowerBound == tokens[index].range.upperBound
    else { return nil }
    let text = scalars[tokens[mark].range]
    guard text.count == 1, let quote = text.first, quote == "’" || quote == "‘" || quote == "'"
    else { return nil }
    let toneless = restored.lowercased().removingVietnameseTones
    return toneless.contains("ơ") || toneless.contains("ư") ? mark : nil
  }

  /// A known word whose bigrams with both neighbours were seen in training fits its
  /// context; in correct-looking text it is kept without weighing alternatives.
  ///
  /// A paragraph's edge counts as support: OCR text breaks paragraphs in mid-sentence
  /// ("triển khai thực" / blank line / "hiện"), so a word at the edge ("Đây là …") needs
  /// only its inner neighbour.
  private func isSupported(_ identity: UInt16, at position: Int, in identities: [UInt16]) -> Bool {
    (position == 0 || model.hasBigram(identities[position - 1], identity))
      && (position + 1 == identities.count || model.hasBigram(identity, identities[position + 1]))
  }

  /// True when the corpus holds both trigrams of the word at `position` with its
  /// neighbours: the word is then kept even where the model would prefer another.
  private func isAttested(_ identity: UInt16, at position: Int, in identities: [UInt16]) -> Bool {
    let c2 = position >= 2 ? identities[position - 2] : SpecialToken.sentenceStart.rawValue
    let c1 = identities[position - 1]
    return model.trigrams.value(for: ModelLayout.key(c2, c1, identity)) != nil
      && model.trigrams.value(for: ModelLayout.key(c1, identity, identities[position + 1])) != nil
  }

  /// The word to write instead of `original`, or nil to keep it.
  private func replacementText(
    original: Substring, lower: String?, pattern: CasePattern, candidate: Candidate,
    inCapitals: Bool
  )
    -> String?
  {
    guard let lower else { return nil }
    var pattern = pattern
    // A two-letter capitalised word amid lower-case words is an OCR case slip ("BO" for "Bộ").
    if pattern == .upper && !inCapitals && original.unicodeScalars.count == 2 { pattern = .title }
    if candidate.keepsOriginal
      && (pattern != .mixed || candidate.id == SpecialToken.unknown.rawValue)
    {
      return nil
    }
    let syllable = model.vocabulary.text(of: candidate.id)
    if syllable == lower && pattern != .mixed { return nil }
    let startsUpper =
      original.unicodeScalars.first.map { LetterCase.isUppercase($0) ?? $0.properties.isUppercase }
      ?? false
    // A mixed-case slip amid capitals ("CHỦ NGiIĨA VIỆT") was written in capitals.
    if pattern == .mixed && inCapitals && startsUpper { pattern = .upper }
    return pattern.apply(to: syllable, startsUpper: startsUpper)
  }

  /// Lower-case NFC form of a word, the key of the vocabulary.
  static func lowerForm(_ word: Substring) -> String {
    // Only combining marks (decomposed input) need the costly NFC pass: U+0300–U+036F are
    // CC 80–CC BF and CD 80–CD AF in UTF-8.
    var marked = false
    var previous: UInt8 = 0
    for byte in word.utf8 {
      if previous == 0xCC && byte & 0xC0 == 0x80 || previous == 0xCD && byte >= 0x80 && byte <= 0xAF
      {
        marked = true
        break
      }
      previous = byte
    }
    if !marked { return word.lowercased() }
    return word.lowercased().precomposedStringWithCanonicalMapping
  }

  /// Short or ambiguous lines follow the document: in a mostly Vietnamese document a line
  /// with Latin-1 accents only ("Công tác") is correct text, not English-model OCR.
  private static func smoothChannels(
    _ channels: inout [Channel], evidence: [ChannelDetector.Evidence]
  ) {
    var vietnameseWords = 0
    var allWords = 0
    for (channel, lineEvidence) in zip(channels, evidence) {
      allWords += lineEvidence.words
      if channel == .correct || channel == .vietnameseOCR { vietnameseWords += lineEvidence.words }
    }
    guard allWords > 0, vietnameseWords * 10 >= allWords * 6 else { return }
    // One OCR is used for a whole document: a line of garbage ("ngày l4 tháng") or of
    // plain letters ("Minh.") is Vietnamese-model OCR too, not English-model OCR or typing.
    for index in channels.indices
    where channels[index] == .englishOCR || channels[index] == .stripped {
      channels[index] =
        evidence[index].ocrTraces > 0 || evidence[index].debris > 0 ? .vietnameseOCR : .correct
    }
  }
}
