import VietnameseText

/// Decodes a text paragraph by paragraph: gives every token other than whitespace its
/// readings, then lets ``ViterbiDecoder`` choose the best sequence.
///
/// The candidate lists (``CandidateMemo``), the bigrams between neighbouring lists
/// (``BigramMemo``) and the recent trigram lookups (``TrigramCache``) carry over from one
/// paragraph to the next. Not thread-safe: one decoder per restore call, which hands its
/// buffers back to the restorer with ``finish()`` for the next call.
///
/// ```swift
/// let analysis = LineAnalysis(text, restorer: restorer)
/// var decoder = ParagraphDecoder(restorer: restorer)
/// for paragraph in analysis.paragraphs {
///   decoder.decode(paragraph, of: analysis)
///   decoder.paragraph.chosen(at: 0)  // the reading chosen for the paragraph's first token
/// }
/// ```
package struct ParagraphDecoder {
  private let model: LanguageModel
  /// The log10 weight a reading with a horn gains when a quote mark follows its word.
  private let hornQuoteWeight: Float
  /// The candidate lists made so far.
  var candidates: CandidateMemo
  private let viterbi: ViterbiDecoder
  /// The buffers taken from the restorer's pool: the bigram memo, the trigram cache and the
  /// context network's scorer (made at the first word typed without diacritics of any call of
  /// the restorer, since its buffers are not needed for OCR or correct text).
  private let scratch: DecoderScratch
  private let scratchPool: ScratchPool
  private var isFinished = false
  /// The bigrams between neighbouring candidate lists looked up so far.
  var memo: BigramMemo { scratch.memo }
  /// The decoder's recent trigram lookups.
  var trigramCache: TrigramCache { scratch.trigramCache }
  /// The paragraph decoded last.
  package internal(set) var paragraph = DecodedParagraph()
  /// The readings the text decoded so far vouches for, which gain weight where they are
  /// candidates (see ``DocumentCache``).
  package var cache: DocumentCache
  /// How much likelier this document makes a Vietnamese-model OCR repair than the table says.
  package var adaptation = ChannelAdaptation.none
  /// The network that weighs readings of words typed without diacritics, and its weight.
  private let contextModel: ContextModel?
  private let contextWeight: Float
  /// The paragraph's typed-form IDs for the context network, a boundary at each end; empty
  /// until a word of the paragraph needs them.
  private var contextForms: [Int32] = []

  /// A decoder with the model, candidate generator and tuning of `restorer`.
  package init(restorer: DiacriticRestorer) {
    model = restorer.model
    cache = DocumentCache(unigrams: restorer.model.unigramProbability)
    hornQuoteWeight = restorer.configuration.hornQuoteWeight
    candidates = CandidateMemo(restorer: restorer)
    scratch = restorer.scratchPool.take()
    scratchPool = restorer.scratchPool
    contextWeight = restorer.configuration.contextWeight
    contextModel = contextWeight > 0 ? restorer.context : nil
    viterbi = ViterbiDecoder(
      model: restorer.model, beamWidth: restorer.configuration.beamWidth,
      beamThreshold: restorer.configuration.beamThreshold)
  }

  /// Lets go of the document's candidate lists and paragraph and hands the decoder's buffers
  /// back to the restorer for its next call; the decoder must not decode again. A decoder
  /// dropped without it only loses the buffers to the next call.
  package mutating func finish() {
    guard !isFinished else { return }
    isFinished = true
    candidates.removeAll()
    paragraph = DecodedParagraph()
    scratchPool.give(scratch)
  }

  /// Decodes the tokens `range` (one of `analysis.paragraphs`) into ``paragraph``, weighing
  /// at `weighingPairsAt` the pairs of neighbouring readings ``cache`` holds (a second
  /// reading of a paragraph, see ``weighDocumentPairs(at:in:)``).
  package mutating func decode(
    _ range: Range<Int>, of analysis: LineAnalysis, weighingPairsAt focus: Set<Int> = []
  ) {
    paragraph.removeAll()
    contextForms.removeAll(keepingCapacity: true)
    for index in range where analysis.tokens[index].kind != .whitespace {
      paragraph.appendOwner(index, identity: identity(of: index, in: analysis))
    }
    for position in paragraph.owners.indices {
      appendCandidates(at: position, in: analysis)
    }
    if !focus.isEmpty, !cache.hasNoPairs { weighDocumentPairs(at: focus, in: analysis) }
    paragraph.choices = viterbi.decode(
      paragraph.positions, lists: paragraph.lists, memo: memo, trigramCache: trigramCache,
      pairBonuses: paragraph.pairBonuses, contexts: &paragraph.contexts)
  }

  /// What the language model sees for token `index`: a repair's identity, the word's ID,
  /// a listed abbreviation's ID, or the special token of its kind.
  private func identity(of index: Int, in analysis: LineAnalysis) -> UInt16 {
    if let repair = analysis.repairs[index] { return repair.identity }
    if analysis.lowerForms[index] != nil { return analysis.wordIDs[index] }
    let token = analysis.tokens[index]
    let text = analysis.text(of: index)
    if token.kind == .abbreviation,
      let id = model.vocabulary.id(of: LineAnalysis.lowerForm(text))
    {
      return id
    }
    return SpecialToken.forToken(kind: token.kind, text: text).rawValue
  }

  /// Gives `position` its readings: the memo's list for the word under the channel it is
  /// read in, or one candidate that keeps it as written.
  private mutating func appendCandidates(at position: Int, in analysis: LineAnalysis) {
    let index = paragraph.owners[position]
    let identity = paragraph.identities[position]
    if analysis.isLoneDigit(index) {
      let entry = candidates.digitReadings(String(analysis.text(of: index)))
      paragraph.appendCandidates(entry.candidates, list: entry.list)
      return
    }
    guard let lower = analysis.lowerForms[index],
      let reading = readingChannel(at: position, on: analysis.channel(of: index), in: analysis)
    else {
      // A word kept as it is: its one-candidate list is named after its ID.
      paragraph.appendCandidates(
        [Candidate(id: identity, channel: 0, keepsOriginal: true)],
        list: BigramMemo.keptWordList(identity))
      return
    }
    let entry: CandidateMemo.Entry
    if reading == .stripped && Self.isCapitalAmidLowerCase(index, in: analysis) {
      entry = candidates.capitalReadings(lower)
    } else if reading == .englishOCR
      && (analysis.patterns[index] == .upper || analysis.patterns[index] == .mixed)
    {
      entry = candidates.englishCapitalReadings(lower)
    } else {
      entry = candidates.candidates(for: lower, channel: reading)
    }
    let horn = reading != .stripped && Self.quoteFollows(index, in: analysis)
    let scale = reading == .vietnameseOCR ? adaptation.logScale : 0
    let inContext = reading == .stripped && contextModel != nil
    let cached = !cache.isEmpty && entry.candidates.contains { cache.contains($0.id) }
    guard horn || scale != 0 || inContext || cached, entry.candidates.count > 1 else {
      paragraph.appendCandidates(entry.candidates, list: entry.list, reading: reading)
      return
    }
    var weighed = entry.candidates
    if inContext, let contextModel {
      let contextScorer =
        scratch.contextScorer ?? ContextScorer(model: contextModel, weight: contextWeight)
      scratch.contextScorer = contextScorer
      if contextForms.isEmpty {
        contextForms = typedForms(in: analysis, model: contextScorer.model)
      }
      contextScorer.weigh(
        &weighed, window: contextForms[position..<position + contextScorer.model.slots])
      guard horn || scale != 0 || cached else {
        paragraph.appendCandidates(weighed, list: entry.list, reading: reading)
        return
      }
    }
    for index in weighed.indices {
      weighed[index].channel += cache.bonus(for: weighed[index].id)
      if !weighed[index].keepsOriginal { weighed[index].channel += scale }
      if horn, model.vocabulary.text(of: weighed[index].id).contains(where: { "ơư".contains($0) }) {
        weighed[index].channel += hornQuoteWeight
      }
    }
    paragraph.appendCandidates(weighed, list: entry.list, reading: reading)
  }

  /// The typed-form IDs of the paragraph's tokens for the context network, padded with
  /// boundaries so that every token has a full window: words by their folded spelling,
  /// numbers, sentence ends and other signs by their kind.
  private func typedForms(in analysis: LineAnalysis, model: ContextModel) -> [Int32] {
    let half = model.slots / 2
    let boundary = ContextModel.Special.boundary.rawValue
    var forms = [Int32](repeating: boundary, count: half)
    forms.reserveCapacity(paragraph.owners.count + 2 * half)
    for index in paragraph.owners {
      let token = analysis.tokens[index]
      switch token.kind {
      case .word, .abbreviation:
        forms.append(model.formID(folded: String(analysis.text(of: index)).vietnameseFolded))
      case .number:
        forms.append(ContextModel.Special.number.rawValue)
      case .punctuation:
        let text = analysis.text(of: index)
        let end = text == "." || text == "?" || text == "!" || text == "…"
        forms.append((end ? ContextModel.Special.sentenceEnd : .punctuation).rawValue)
      default:
        forms.append(ContextModel.Special.unknown.rawValue)
      }
    }
    forms.append(contentsOf: repeatElement(boundary, count: half))
    return forms
  }

  /// Whether token `index` is a word of two letters or more in capitals on a line mostly
  /// in lower case: a heading typed in capitals is words, an acronym amid prose ("ICH là
  /// chu viet tat") may be none.
  private static func isCapitalAmidLowerCase(_ index: Int, in analysis: LineAnalysis) -> Bool {
    guard analysis.patterns[index] == .upper,
      analysis.tokens[index].range.lowerBound
        < analysis.scalars.index(before: analysis.tokens[index].range.upperBound)
    else { return false }
    let line = analysis.lineEvidence(of: index)
    return line.upper * 4 < line.words
  }

  /// Whether token `index` is followed at once by a quote mark: English-model OCR writes the
  /// horn of "ơ" and "ư" that way at a word's end ("co’ quan" for "cơ quan").
  private static func quoteFollows(_ index: Int, in analysis: LineAnalysis) -> Bool {
    guard index + 1 < analysis.tokens.count, analysis.tokens[index + 1].kind == .punctuation
    else { return false }
    let next = analysis.text(of: index + 1)
    return next == "’" || next == "‘" || next == "'"
  }

  /// The channel the word at `position`, on a line of `channel`, is read under; nil to
  /// keep it without weighing alternatives.
  ///
  /// Correct-looking text may be Vietnamese-model OCR whose slips are syllables too
  /// ("hướng dân thực hiện", "chuyến đối số"), so its words are weighed as OCR output
  /// unless their context vouches for them: a word seen in training with both
  /// neighbours (bigrams) and in both trigrams is kept. The neighbours may stand on the
  /// lines before and after, since a paragraph's lines run on ("dự toán" / "chỉ năm
  /// 2024" is "dự toán chi"): judged within its line only, that slip was kept on a real
  /// report, and the synthetic scans kept 4 more body errors of 3,986 words. At a
  /// paragraph's edge the context across the break (a heading, another column, a
  /// sentence cut off) is weak evidence, so the bigrams alone keep the word and others
  /// are weighed as correct text. Tone marks squeezed above capitals are read less
  /// reliably ("BẢO CÁO" for "BÁO CÁO"): an all-capital word is always weighed as OCR
  /// output.
  private func readingChannel(at position: Int, on channel: Channel, in analysis: LineAnalysis)
    -> Channel?
  {
    let index = paragraph.owners[position]
    if analysis.isListMarker(index) { return nil }
    // "CHÄP", "Näm bät": letters Vietnamese never uses, an engine's look-alikes of its own,
    // read as OCR of unknown origin (a name such as "Müller" stays: keeping it costs less
    // than any syllable it might stand for).
    if channel != .englishOCR, channel != .otherOCR,
      let lower = analysis.lowerForms[index], Self.hasForeignLetter(lower)
    {
      return .otherOCR
    }
    guard channel == .correct else { return channel }
    let identity = paragraph.identities[position]
    let interior = position > 0 && position + 1 < paragraph.owners.count
    let supported =
      identity != SpecialToken.unknown.rawValue
      && isSupported(identity, at: position, in: paragraph.identities)
    if analysis.patterns[index] == .upper
      || (interior
        && (!supported || !isAttested(identity, at: position, in: paragraph.identities)))
    {
      return .vietnameseOCR
    }
    return supported ? nil : .correct
  }

  /// Whether `word` holds a Latin letter with a mark that Vietnamese never writes ("ä", "ö",
  /// "ȧ", "ĵ"): a letter of U+00C0–U+024F that is no Vietnamese letter.
  static func hasForeignLetter(_ word: String) -> Bool {
    word.unicodeScalars.contains { scalar in
      scalar.value >= 0xC0 && scalar.value <= 0x24F && foreignLetters[Int(scalar.value - 0xC0)]
    }
  }

  /// Per scalar of U+00C0–U+024F, whether it is a letter Vietnamese never writes: worked out
  /// once, since the words of every restore are asked.
  private static let foreignLetters: [Bool] = (0xC0...0x24F).map { value in
    guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic else { return false }
    return !VietnameseCharacters.isVietnameseLetter(Character(scalar))
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
}
