/// The candidate lists of one restore call, per channel and word form: a word that comes back
/// costs one dictionary lookup instead of a search for its readings. A form new to the call is
/// looked for in the restorer's ``ReadingCache`` before the generator searches its readings.
///
/// Each list has an ID unique in the process, by which ``BigramMemo`` remembers the bigrams
/// between neighbouring lists.
package struct CandidateMemo {
  /// A candidate list and its ID.
  package struct Entry {
    /// The list's ID for ``BigramMemo``.
    package var list: UInt64
    /// The readings, as ``CandidateGenerator`` made them.
    package var candidates: [Candidate]
  }

  private let generator: CandidateGenerator
  private let shared: ReadingCache
  private let unigrams: [Float]
  /// Lists of words, per channel (in `Channel.allCases` order) and lower-case form.
  private var words: [[String: Entry]]
  /// Lists of lone digits on English-model OCR lines.
  private var digits: [String: Entry] = [:]
  /// Lists of words in capitals amid typing without diacritics, which may be acronyms.
  private var capitals: [String: Entry] = [:]
  /// Lists of words in capitals or mixed case on English-model OCR lines.
  private var englishCapitals: [String: Entry] = [:]

  /// An empty memo over the readings of `restorer`'s candidate generator.
  package init(restorer: DiacriticRestorer) {
    generator = restorer.generator
    shared = restorer.readingCache
    unigrams = restorer.model.unigramProbability
    words = [[String: Entry]](repeating: [:], count: Channel.allCases.count)
  }

  /// The readings of the word `lower` (lower-case, NFC) on a line of `channel`.
  package mutating func candidates(for lower: String, channel: Channel) -> Entry {
    let slot = Channel.allCases.firstIndex(of: channel) ?? 0
    if let cached = words[slot][lower] { return cached }
    let entry = shared.readings(.word(channel), of: lower) {
      let made = generator.candidates(for: lower, channel: channel)
      return channel == .otherOCR ? likeliest(of: made) : made
    }
    words[slot][lower] = entry
    return entry
  }

  /// Forgets every list (they stay in the restorer's ``ReadingCache``).
  package mutating func removeAll() {
    for slot in words.indices { words[slot].removeAll() }
    digits.removeAll()
    capitals.removeAll()
    englishCapitals.removeAll()
  }

  /// The readings of the word `lower` on a line of `channel` made so far, without making
  /// them when they were not.
  package func madeReadings(of lower: String, channel: Channel) -> [Candidate]? {
    words[Channel.allCases.firstIndex(of: channel) ?? 0][lower]?.candidates
      ?? (channel == .englishOCR ? englishCapitals[lower]?.candidates : nil)
  }

  /// The readings of `lower`, written in capitals or mixed case on a line of English-model
  /// OCR (``CandidateGenerator/englishCapitalReadings(_:)``).
  package mutating func englishCapitalReadings(_ lower: String) -> Entry {
    if let cached = englishCapitals[lower] { return cached }
    let entry = shared.readings(.englishCapitals, of: lower) {
      generator.englishCapitalReadings(lower)
    }
    englishCapitals[lower] = entry
    return entry
  }

  /// The readings of `lower`, written in capitals amid lower-case words typed without
  /// diacritics: its syllables, or kept as it is, an acronym ("ICH", "VAS"), at
  /// ``RestorerConfiguration/keepCapitalsCost``.
  package mutating func capitalReadings(_ lower: String) -> Entry {
    if let cached = capitals[lower] { return cached }
    let entry = shared.readings(.capitals, of: lower) {
      var made = generator.candidates(for: lower, channel: .stripped)
      if !made.contains(where: \.keepsOriginal) {
        made.append(
          Candidate(
            id: SpecialToken.unknown.rawValue, channel: -generator.configuration.keepCapitalsCost,
            keepsOriginal: true))
      }
      return made
    }
    capitals[lower] = entry
    return entry
  }

  /// How far below a word's best reading a reading the document vouches for may score and
  /// still be weighed (log10).
  static let vouchedReadingWindow: Float = 6

  /// The reading `id` of `lower` on a line of `channel`, scored as its list would score it,
  /// when it scores within ``vouchedReadingWindow`` of `best` (the list's best reading); nil
  /// when the channel cannot have made `lower` from it, or hardly.
  package func reading(_ id: UInt16, of lower: String, channel: Channel, near best: Float)
    -> Candidate?
  {
    guard let candidate = generator.reading(id, of: lower, channel: channel),
      candidate.channel >= best - Self.vouchedReadingWindow
    else { return nil }
    return candidate
  }

  /// A new list ID, for a list made outside the memo (a word's list with readings added).
  package func freshList() -> UInt64 {
    ReadingCache.freshList()
  }

  /// The readings of a lone digit on an English-model OCR line: the number, or a syllable
  /// English-model OCR writes as that digit ("6" for "ở").
  package mutating func digitReadings(_ digit: String) -> Entry {
    if let cached = digits[digit] { return cached }
    let entry = shared.readings(.digit, of: digit) { generator.digitReadings(digit) }
    digits[digit] = entry
    return entry
  }

  /// The ``RestorerConfiguration/otherCandidates`` readings of `candidates` likeliest by
  /// their channel and unigram log probabilities, and the word kept as it is.
  ///
  /// A placeholder may stand for any letter under marks, at the same floor
  /// (``ConfusionModel/wildcardFloor(_:)``): by the channel alone, "vệ", "vợ" and twenty such
  /// readings of "v?" tie ahead of "vụ", and a list cut by the channel alone loses it.
  private func likeliest(of candidates: [Candidate]) -> [Candidate] {
    let limit = generator.configuration.otherCandidates
    guard candidates.count > limit else { return candidates }
    // Each reading's weight worked out once, not at every comparison of the sort.
    let ranked = candidates.filter { !$0.keepsOriginal }
      .map { (reading: $0, weight: $0.channel + unigrams[Int($0.id)]) }
      .sorted { $0.weight > $1.weight }
    return ranked.prefix(limit).map(\.reading) + candidates.filter(\.keepsOriginal)
  }
}
