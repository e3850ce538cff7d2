import VietnameseText

/// Proposes readings for a word token under a channel.
///
/// Stripped text: every syllable with the same folded spelling. Vietnamese-model OCR and
/// correct text: the same, scored by the Vietnamese confusion model, with a cost for any
/// change. English-model OCR: the syllables that best explain the token under the English
/// confusion model (searched over all syllables of similar length), plus the token
/// confusions observed verbatim in training. OCR of unknown origin: the same search under
/// the confusions of every engine pooled.
struct CandidateGenerator: Sendable {
  let vocabulary: Vocabulary
  let english: ConfusionModel
  let vietnamese: ConfusionModel
  private(set) var generic: ConfusionModel
  let configuration: RestorerConfiguration
  private let englishCodes: [[Int]?]
  private let vietnameseCodes: [[Int]?]
  private var genericCodes: [[Int]?]
  private let englishTrie: SyllableTrie
  private let vietnameseTrie: SyllableTrie
  private var genericTrie: SyllableTrie

  init(
    vocabulary: Vocabulary, english: ConfusionModel, vietnamese: ConfusionModel,
    generic: ConfusionModel, configuration: RestorerConfiguration
  ) {
    self.vocabulary = vocabulary
    self.english = english
    self.vietnamese = vietnamese
    self.generic = generic
    self.configuration = configuration
    genericCodes = Self.spelling(vocabulary, with: generic)
    genericTrie = SyllableTrie(codes: genericCodes)
    englishCodes = Self.spelling(vocabulary, with: english)
    vietnameseCodes = Self.spelling(vocabulary, with: vietnamese)
    englishTrie = SyllableTrie(codes: englishCodes)
    vietnameseTrie = SyllableTrie(codes: vietnameseCodes)
  }

  /// This generator with `model` in place of its pooled confusions (a document's own, see
  /// ``ConfusionModel/adapted(to:priorLetters:)``): the syllables are spelled again, and the
  /// trie built again only if the model spells them otherwise.
  func replacingGeneric(with model: ConfusionModel) -> CandidateGenerator {
    var copy = self
    copy.generic = model
    let codes = Self.spelling(vocabulary, with: model)
    if codes != genericCodes {
      copy.genericCodes = codes
      copy.genericTrie = SyllableTrie(codes: codes)
    }
    return copy
  }

  /// Every syllable of `vocabulary` in `model`'s truth codes; nil for its other entries.
  private static func spelling(_ vocabulary: Vocabulary, with model: ConfusionModel) -> [[Int]?] {
    vocabulary.entries.enumerated().map {
      vocabulary.isSyllable[$0.offset] ? model.truthCodes($0.element) : nil
    }
  }

  /// Readings of `lower` (the token lower-cased, NFC) on a line of `channel`.
  func candidates(for lower: String, channel: Channel) -> [Candidate] {
    switch channel {
    case .stripped:
      let ids = vocabulary.syllables(folded: lower.vietnameseFolded)
      if ids.isEmpty { return [keep(cost: 0)] }
      return ids.map { Candidate(id: $0, channel: 0, keepsOriginal: false) }
    case .correct, .vietnameseOCR:
      let cost =
        channel == .correct
        ? configuration.correctChangeCost : configuration.vietnameseOCRChangeCost
      // No syllable is longer than 7 letters: longer unknown words (names, foreign words,
      // merged words) are not worth a search.
      let search =
        (channel == .vietnameseOCR || vocabulary.id(of: lower) == nil)
        && lower.unicodeScalars.count <= 8
      return sameFolded(lower, changeCost: cost, search: search)
    case .englishOCR:
      return englishReadings(lower)
    case .otherOCR:
      return searchedReadings(
        lower, model: generic, trie: genericTrie, codes: genericCodes,
        limit: configuration.otherSearchBreadth)
    }
  }

  /// The reading `id` of `lower` on a line of `channel`, scored as ``candidates(for:channel:)``
  /// would score it, or nil when the channel cannot have made `lower` from it: another
  /// folded spelling in text typed without diacritics, a syllable beyond the letters the
  /// confusion tables can spell. What a document vouches for elsewhere
  /// (``DocumentCache``) may be a reading the search did not rank among its best.
  func reading(_ id: UInt16, of lower: String, channel: Channel) -> Candidate? {
    guard Int(id) < vocabulary.entries.count, vocabulary.isSyllable[Int(id)] else { return nil }
    let score: Float
    switch channel {
    case .stripped:
      guard vocabulary.entries[Int(id)].vietnameseFolded == lower.vietnameseFolded else {
        return nil
      }
      score = 0
    case .correct:
      return nil
    case .vietnameseOCR:
      guard let truth = vietnameseCodes[Int(id)] else { return nil }
      score =
        vietnamese.logLikelihood(ocr: vietnamese.ocrCodes(lower), truth: truth)
        * configuration.channelWeight - configuration.vietnameseOCRChangeCost
    case .englishOCR:
      guard let truth = englishCodes[Int(id)] else { return nil }
      score =
        english.logLikelihood(ocr: english.ocrCodes(lower), truth: truth)
        * configuration.channelWeight
    case .otherOCR:
      guard let truth = genericCodes[Int(id)] else { return nil }
      score =
        generic.logLikelihood(ocr: generic.ocrCodes(lower), truth: truth)
        * configuration.channelWeight
    }
    guard score > -.greatestFiniteMagnitude else { return nil }
    return Candidate(id: id, channel: score, keepsOriginal: false)
  }

  /// Readings of a lone digit on an English-model OCR line: the number itself, or a
  /// syllable it may stand for ("6" for "ở"), at ``RestorerConfiguration/digitChangeCost``.
  func digitReadings(_ digit: String) -> [Candidate] {
    var result = [Candidate(id: SpecialToken.number.rawValue, channel: 0, keepsOriginal: true)]
    // Not only the likeliest few: "ở", which the context asks for far more often than "ô"
    // or "ố", is about the eighth reading of "6" by the confusions alone.
    for candidate in englishReadings(digit).prefix(16) where !candidate.keepsOriginal {
      var changed = candidate
      changed.channel -= configuration.digitChangeCost
      result.append(changed)
    }
    return result
  }

  /// The syllable that best explains `lower` under the pooled confusions of every engine,
  /// with its log10 P(lower | syllable), or nil when none does: the score of a piece of a run
  /// of letters written without spaces (``WordSegmenter``).
  ///
  /// Only syllables within one letter of the piece's length: a piece is no whole syllable
  /// when it takes more letters than its reading spells. Measured on the held-out engines
  /// (word errors, gocr / ocrad): within two letters 1,262 / 826, **within one 1,245 / 819**
  /// (and 5–9 % less time on a run of 5,000 characters), the same length only 1,729 / 893.
  func bestOtherReading(_ lower: String) -> (id: UInt16, score: Float)? {
    let ranked = searchReadings(
      generic.ocrCodes(lower), model: generic, trie: genericTrie, tokens: generic.tokens[lower],
      limit: 1, spread: 1, seeds: vocabulary.syllables(folded: lower.vietnameseFolded),
      codes: genericCodes)
    return ranked.first.map { ($0.key, $0.value) }
  }

  /// ``bestOtherReading(_:)`` of each of `pieces`, the lower-case forms of the first one,
  /// two, … characters of one run: one walk of the trie serves them all
  /// (``SyllableTrie/bestReadingsOfPrefixes(_:model:spread:)``) when their OCR codes are
  /// prefixes of the longest one's, as they are unless a mark was composed across a cut.
  func bestOtherReadings(ofPrefixes pieces: [String]) -> [(id: UInt16, score: Float)?] {
    let codes = pieces.map { generic.ocrCodes($0) }
    guard let full = codes.last, codes.allSatisfy({ full.starts(with: $0) }) else {
      return pieces.map(bestOtherReading)
    }
    let prefixes = genericTrie.bestReadingsOfPrefixes(full, model: generic, spread: 1)
    return zip(pieces, codes).map { piece, code in
      var best = prefixes[code.count]
      // The token confusions seen verbatim in training, as the search's list takes them.
      for (syllable, logProbability) in generic.tokens[piece] ?? [] {
        guard let id = vocabulary.id(of: syllable) else { continue }
        if best.map({ logProbability > $0.score }) ?? true { best = (id, logProbability) }
      }
      return best
    }
  }

  /// Whether `lower` carries a Vietnamese mark (any letter outside ASCII) yet is no
  /// well-formed syllable: marks no Vietnamese word combines, not an English or typed-without-
  /// diacritics word, which are plain ASCII.
  static func isImpossibleSyllable(_ lower: String) -> Bool {
    lower.unicodeScalars.contains { $0.value >= 0x80 } && Syllable(lower) == nil
  }

  /// The lower-case letters of Roman numerals.
  private static let romanLetters: Set<Unicode.Scalar> = ["i", "v", "x", "l", "c", "d", "m"]

  private func keep(cost: Float) -> Candidate {
    Candidate(id: SpecialToken.unknown.rawValue, channel: -cost, keepsOriginal: true)
  }

  private func sameFolded(_ lower: String, changeCost: Float, search: Bool) -> [Candidate] {
    let own = vocabulary.id(of: lower)
    let folded = vocabulary.syllables(folded: lower.vietnameseFolded)
    // A word that is no syllable but folds to some ("tich" for "tịch") lost or gained a mark;
    // one of letters only ("trune", "cuỗi") is as likely a letter slip. The language model's
    // `<unk>` stands for every unknown word at once and is likelier than most syllables, so
    // keeping such a word must cost something. Letters that may spell a Roman numeral
    // ("II", "lV") stay free.
    let misspelt =
      !folded.isEmpty
      || (search && lower.unicodeScalars.count > 1
        && lower.unicodeScalars.allSatisfy { $0.properties.isAlphabetic }
        && !lower.unicodeScalars.allSatisfy { Self.romanLetters.contains($0) })
    let keepCost = own == nil && misspelt ? configuration.keepMisspeltCost : 0
    // A word whose letters spell a syllable but whose marks make it none ("quyêt": a stop
    // coda takes only sắc or nặng) is a misreading wherever it stands, even at a line's edge
    // where context is weak: it is never kept while a syllable spelled with its letters exists.
    let impossible = own == nil && !folded.isEmpty && Self.isImpossibleSyllable(lower)
    var result: [Candidate] =
      own.map { [Candidate(id: $0, channel: 0, keepsOriginal: true)] }
      ?? (impossible ? [] : [keep(cost: keepCost)])
    let ocr = vietnamese.ocrCodes(lower)
    let weight = configuration.channelWeight
    var seen = Set<UInt16>()
    for id in folded where id != own {
      guard let truth = vietnameseCodes[Int(id)] else { continue }
      let score = vietnamese.logLikelihood(ocr: ocr, truth: truth) * weight - changeCost
      result.append(Candidate(id: id, channel: score, keepsOriginal: false))
      seen.insert(id)
    }
    if result.isEmpty { result.append(keep(cost: keepCost)) }
    guard search else { return result }
    // Letter slips of degraded scans ("hảo" for "bảo", "nghaệp" for "nghiệp").
    let limit = configuration.vietnameseCandidates
    let readings = searchReadings(
      ocr, model: vietnamese, trie: vietnameseTrie, tokens: vietnamese.tokens[lower],
      limit: limit,
      spread: 1)
    for (id, score) in readings where id != own && !seen.contains(id) {
      result.append(Candidate(id: id, channel: score * weight - changeCost, keepsOriginal: false))
    }
    return result
  }

  /// The `limit` syllables of similar length with the highest log10 P(ocr | syllable),
  /// best first, counting the token confusions observed verbatim in training.
  private func searchReadings(
    _ ocr: [Int], model: ConfusionModel, trie: SyllableTrie,
    tokens: [(syllable: String, logProbability: Float)]?, limit: Int, spread: Int = 2,
    window: Float = .greatestFiniteMagnitude, seeds: [UInt16] = [], codes: [[Int]?] = []
  ) -> [(key: UInt16, value: Float)] {
    var best = ReadingList(limit: limit)
    let lengths = max(1, ocr.count - spread)...(ocr.count + spread)
    // Syllables likely to read well (those spelled like the token but for marks), scored
    // first: the best of them tells the search early which branches the window rules out.
    var known = -Float.greatestFiniteMagnitude
    for id in seeds {
      guard let spelling = codes[Int(id)], lengths.contains(spelling.count) else { continue }
      known = max(known, model.logLikelihood(ocr: ocr, truth: spelling))
    }
    trie.search(ocr, model: model, lengths: lengths, window: window, known: known, into: &best)
    for (syllable, logProbability) in tokens ?? [] {
      if let id = vocabulary.id(of: syllable) { best.offer(id, logProbability) }
    }
    return best.entries
  }

  private func englishReadings(_ lower: String) -> [Candidate] {
    searchedReadings(
      lower, model: english, trie: englishTrie, codes: englishCodes,
      limit: configuration.englishCandidates)
  }

  /// Readings of `lower`, written in capitals or mixed case on an English-model OCR line,
  /// under the English model's confusions; when they explain it by no syllable well
  /// (``pooledFallbackFloor``), also under the pooled confusions of every engine, at
  /// ``pooledFallbackCost``: a scanner's text layer is no Tesseract output, and its "CilU"
  /// (an "h" read as "il") is "CHỦ". Only words of three to five ASCII letters: the English
  /// model writes no "ă", and longer ones are names and acronyms.
  func englishCapitalReadings(_ lower: String) -> [Candidate] {
    let readings = englishReadings(lower)
    guard (3...5).contains(lower.utf8.count), Self.isASCIILetters(lower) else { return readings }
    let best = readings.lazy.filter { !$0.keepsOriginal }.map(\.channel).max()
    guard (best ?? -.greatestFiniteMagnitude) < Self.pooledFallbackFloor else { return readings }
    var merged = readings
    let pooled = searchedReadings(
      lower, model: generic, trie: genericTrie, codes: genericCodes,
      limit: configuration.otherCandidates)
    for var candidate in pooled where !candidate.keepsOriginal {
      candidate.channel -= Self.pooledFallbackCost
      merged.append(candidate)
    }
    return merged
  }

  /// Whether `lower` is made of the small ASCII letters a–z alone.
  private static func isASCIILetters(_ lower: String) -> Bool {
    lower.utf8.allSatisfy { $0 >= 0x61 && $0 <= 0x7A }
  }

  /// The log10 cost of a reading under the pooled confusions of a word that the English
  /// model's confusions cannot read.
  static let pooledFallbackCost: Float = 1
  /// The log10 P(word | syllable) under the English model's confusions below which a word
  /// counts as unread by them. Measured: −3 reads "CilU" and changes nothing on the
  /// evaluation sets; −2.5 and −2 cost the seed dispatch 2 words (held-out font: 2 fewer
  /// errors).
  static let pooledFallbackFloor: Float = -3

  /// The syllables that best explain `lower` under `model`, within
  /// ``RestorerConfiguration/englishWindow`` of the best, and keeping the word at a cost.
  private func searchedReadings(
    _ lower: String, model: ConfusionModel, trie: SyllableTrie, codes: [[Int]?], limit: Int
  ) -> [Candidate] {
    let ranked = searchReadings(
      model.ocrCodes(lower), model: model, trie: trie, tokens: model.tokens[lower],
      limit: limit, window: configuration.englishWindow,
      seeds: vocabulary.syllables(folded: lower.vietnameseFolded), codes: codes)
    guard let best = ranked.first?.value else { return [keep(cost: 0)] }
    var result: [Candidate] = []
    let own = vocabulary.id(of: lower)
    for (id, score) in ranked where score >= best - configuration.englishWindow {
      result.append(
        Candidate(id: id, channel: score * configuration.channelWeight, keepsOriginal: id == own))
    }
    if let own {
      // A word of letters the model knows that is no syllable ("email", "ubnd") is no
      // search's reading: it is kept as itself, with its own probability in context. (Lone
      // letters stay a search's: gocr's "t" is a "tự" more often than the letter.)
      if !vocabulary.isSyllable[Int(own)], lower.utf8.count >= 2, Self.isASCIILetters(lower) {
        result.append(Candidate(id: own, channel: 0, keepsOriginal: true))
      }
    } else {
      // Letters glued to digits or signs ("L8", "1¢") are OCR debris, almost never meant.
      let debris = lower.unicodeScalars.contains { !$0.properties.isAlphabetic }
      // So is a word of Latin letters whose marks make it no syllable ("chién", "Diéu",
      // "gòmc") on these lines: next to words that give no context (glued, unknown), keeping
      // it at ``RestorerConfiguration/keepUnknownCost`` beat "chiến". The price: a foreign
      // word with marks on such a line ("Liège") is read as a syllable too, which no
      // evaluation set shows. Measured at the debris cost, held-out word errors: ocrad
      // 819 → 779, gocr 1,245 → 1,224 (none spoilt), every other set the same. Letters of
      // other scripts ("ΔTa") stay.
      let misread =
        Self.isImpossibleSyllable(lower)
        && lower.vietnameseFolded.utf8.allSatisfy { $0 >= 0x61 && $0 <= 0x7A }
      result.append(
        keep(
          cost: debris || misread ? configuration.keepDebrisCost : configuration.keepUnknownCost))
    }
    return result
  }
}
