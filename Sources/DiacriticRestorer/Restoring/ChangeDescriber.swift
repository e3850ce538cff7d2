import Foundation

/// Describes the changes of a decoded paragraph, each with the probability of the likelier
/// candidates given the restored neighbours (two before, one after), normalised over the
/// candidates.
///
/// The n-gram lookups of all the changes go in two batches (bigrams, then the trigrams they
/// call for) so that their cache misses overlap (see ``NGramTable``); most were already
/// made by the decoder and come from ``BigramMemo`` and ``TrigramCache``. The buffers are
/// kept from one paragraph to the next.
package struct ChangeDescriber {
  private let model: LanguageModel
  /// Per candidate of every request, in order: the bigram `c1 candidate` (also the context
  /// of the next word) at 2i and `candidate n1` at 2i + 1; -1 when absent.
  private var bigrams: [Int32] = []
  /// The bigrams the memo did not have: their key and their place in `bigrams`.
  private var bigramKeys: [UInt64] = []
  private var bigramOwners: [Int] = []
  private var lookedUp: [Int32] = []
  /// Per entry of `bigrams`: the index in `trigramKeys` of the trigram `c2 c1 candidate`
  /// (at 2i) or `c1 candidate n1` (at 2i + 1), or -1 when it cannot exist.
  private var trigramIndex: [Int32] = []
  private var trigramKeys: [UInt64] = []
  private var trigrams: [Int32] = []
  /// The trigrams not in the cache: their key and their place in `trigrams`.
  private var missingKeys: [UInt64] = []
  private var missingOwners: [Int] = []
  /// Per request: the back-off weight of its context `c2 c1`, nil when no stored bigram.
  private var contexts: [Float?] = []
  /// The log10 scores of the candidates of one request.
  private var scores: [Float] = []
  /// The candidates spelled out for one request, best first.
  private var ranked: [Int] = []

  /// Whether each change lists its alternatives; without, it carries its confidence only
  /// (``DiacriticRestorer/restoredText(_:)``, which keeps no list of changes, needs no more
  /// than the confidence its document cache asks for, and spelling out the alternatives of
  /// every word of a text typed without diacritics cost about a twentieth of its time).
  private let listsAlternatives: Bool

  /// A describer scoring with the language model of `restorer`; `listsAlternatives`: see
  /// ``ChangeWriter/init(restorer:capacity:listsAlternatives:)``.
  package init(restorer: DiacriticRestorer, listsAlternatives: Bool = true) {
    model = restorer.model
    self.listsAlternatives = listsAlternatives
  }

  /// Writes the change of every request, a word of the paragraph `decoder` decoded last,
  /// into `changes` at the request's slot.
  package mutating func describe(
    _ requests: [ChangeRequest], decodedBy decoder: ParagraphDecoder,
    into changes: inout [RestorationResult.Change]
  ) {
    let paragraph = decoder.paragraph
    collectBigrams(requests, in: paragraph, memo: decoder.memo)
    collectTrigrams(requests, in: paragraph, trigramCache: decoder.trigramCache)
    var at = 0
    for (number, request) in requests.enumerated() {
      score(request, context: contexts[number], in: paragraph, from: at)
      at += 2 * paragraph.positions[request.position].count
      changes[request.slot] = change(
        request, candidates: paragraph.positions[request.position],
        chosenIndex: paragraph.choices[request.position])
    }
  }

  /// Fills `bigrams` for every candidate of every request. The decoder left most of them
  /// in the memo; the rest are looked up in one batch.
  private mutating func collectBigrams(
    _ requests: [ChangeRequest], in paragraph: DecodedParagraph, memo: BigramMemo
  ) {
    bigrams.removeAll(keepingCapacity: true)
    bigramKeys.removeAll(keepingCapacity: true)
    bigramOwners.removeAll(keepingCapacity: true)
    let positions = paragraph.positions
    for request in requests {
      let position = request.position
      let width = positions[position].count
      let c1 = paragraph.contextID(at: position - 1)
      let n1 = paragraph.contextID(at: position + 1)
      let incoming = memo.matrix(
        previous: position > 0 ? paragraph.lists[position - 1] : BigramMemo.startList,
        next: paragraph.lists[position],
        count: (position > 0 ? positions[position - 1].count : 1) * width)
      let row = (position > 0 ? paragraph.choices[position - 1] : 0) * width
      let outgoing =
        position + 1 < positions.count
        ? memo.matrix(
          previous: paragraph.lists[position], next: paragraph.lists[position + 1],
          count: width * positions[position + 1].count) : nil
      for (k, candidate) in positions[position].enumerated() {
        take(incoming?[row + k] ?? BigramMemo.unknown, ModelLayout.key(c1, candidate.id))
        let next = outgoing?[k * positions[position + 1].count + paragraph.choices[position + 1]]
        take(next ?? BigramMemo.unknown, ModelLayout.key(candidate.id, n1))
      }
    }
    model.bigrams.values(for: bigramKeys, into: &lookedUp)
    for (owner, value) in zip(bigramOwners, lookedUp) { bigrams[owner] = value }
  }

  /// Adds a bigram value from the memo, or its key to look up when the memo lacks it.
  private mutating func take(_ value: Int32, _ key: UInt64) {
    if value == BigramMemo.unknown {
      bigramOwners.append(bigrams.count)
      bigramKeys.append(key)
    }
    bigrams.append(value)
  }

  /// Fills `contexts`, `trigramIndex` and `trigrams`: the trigrams around each candidate
  /// that may exist (their bigrams do). Most were looked up by the decoder; the rest go in
  /// one batch.
  private mutating func collectTrigrams(
    _ requests: [ChangeRequest], in paragraph: DecodedParagraph, trigramCache: TrigramCache
  ) {
    trigramIndex.removeAll(keepingCapacity: true)
    trigramIndex.append(contentsOf: repeatElement(-1, count: bigrams.count))
    trigramKeys.removeAll(keepingCapacity: true)
    contexts.removeAll(keepingCapacity: true)
    var at = 0
    for request in requests {
      let position = request.position
      let c2 = paragraph.contextID(at: position - 2)
      let c1 = paragraph.contextID(at: position - 1)
      let n1 = paragraph.contextID(at: position + 1)
      // The decoder scored the chosen word in this context: no table lookup.
      let found = paragraph.contexts[position]
      let context = found >= 0 ? ModelLayout.backoff(UInt16(found)) : nil
      contexts.append(context)
      for candidate in paragraph.positions[position] {
        if bigrams[at] >= 0 {
          if context != nil {
            trigramIndex[at] = Int32(trigramKeys.count)
            trigramKeys.append(ModelLayout.key(c2, c1, candidate.id))
          }
          if bigrams[at + 1] >= 0 {
            trigramIndex[at + 1] = Int32(trigramKeys.count)
            trigramKeys.append(ModelLayout.key(c1, candidate.id, n1))
          }
        }
        at += 2
      }
    }
    trigrams.removeAll(keepingCapacity: true)
    trigrams.append(contentsOf: repeatElement(-1, count: trigramKeys.count))
    missingKeys.removeAll(keepingCapacity: true)
    missingOwners.removeAll(keepingCapacity: true)
    for (index, key) in trigramKeys.enumerated() {
      if let value = trigramCache.value(of: key) {
        trigrams[index] = value
      } else {
        missingKeys.append(key)
        missingOwners.append(index)
      }
    }
    model.trigrams.values(for: missingKeys, into: &lookedUp)
    for (owner, value) in zip(missingOwners, lookedUp) { trigrams[owner] = value }
  }

  /// Fills `scores` with the log10 score of each candidate of `request` between its
  /// restored neighbours; its n-grams start at `at` in `bigrams`.
  private mutating func score(
    _ request: ChangeRequest, context: Float?, in paragraph: DecodedParagraph, from start: Int
  ) {
    let c1 = paragraph.contextID(at: request.position - 1)
    let n1 = paragraph.contextID(at: request.position + 1)
    scores.removeAll(keepingCapacity: true)
    var at = start
    for candidate in paragraph.positions[request.position] {
      let bigram = Self.value(bigrams[at])
      let trigram = trigramIndex[at] >= 0 ? Self.value(trigrams[Int(trigramIndex[at])]) : nil
      let nextTrigram =
        trigramIndex[at + 1] >= 0 ? Self.value(trigrams[Int(trigramIndex[at + 1])]) : nil
      scores.append(
        candidate.channel
          + model.logProbability(
            candidate.id, after: c1, context: context, bigram: bigram, trigram: trigram)
          + model.logProbability(
            n1, after: candidate.id, context: bigram.map(ModelLayout.backoff),
            bigram: Self.value(bigrams[at + 1]), trigram: nextTrigram))
      at += 2
    }
  }

  /// The change of `request` from the `scores` (log10) of its position's `candidates`.
  private mutating func change(
    _ request: ChangeRequest, candidates: [Candidate], chosenIndex: Int
  ) -> RestorationResult.Change {
    let best = scores.max() ?? 0
    for index in scores.indices { scores[index] -= best }
    let total = scores.reduce(0) { $0 + Double(Self.pow10($1)) }
    let original = request.original
    guard listsAlternatives else {
      return RestorationResult.Change(
        original: String(original), replacement: request.replacement, line: request.line,
        range: request.range, alternatives: [],
        confidence: Double(Self.pow10(scores[chosenIndex])) / total)
    }
    let startsUpper =
      original.unicodeScalars.first.map { LetterCase.isUppercase($0) ?? $0.properties.isUppercase }
      ?? false
    rank(chosenIndex: chosenIndex, floor: Float(log10(total)) - 3)
    // The word as written is always offered, however unlikely, so a reviewer can undo.
    if let kept = candidates.firstIndex(where: \.keepsOriginal), !ranked.contains(kept) {
      ranked.append(kept)
    }
    let alternatives = ranked.map { index in
      let candidate = candidates[index]
      let text =
        candidate.id == SpecialToken.unknown.rawValue
          || candidate.id == SpecialToken.number.rawValue
        ? String(original)
        : request.pattern.apply(
          to: model.vocabulary.text(of: candidate.id), startsUpper: startsUpper)
      return RestorationResult.Alternative(
        text: index == chosenIndex ? request.replacement : text,
        probability: Double(Self.pow10(scores[index])) / total)
    }
    return RestorationResult.Change(
      original: String(original), replacement: request.replacement, line: request.line,
      range: request.range, alternatives: alternatives,
      confidence: Double(Self.pow10(scores[chosenIndex])) / total)
  }

  /// Fills `ranked` with the five best candidates by score, earlier candidates first among
  /// equals, picked in one pass; only the chosen one may score below `floor`.
  ///
  /// At most the five best are spelled out: building strings for every candidate of every
  /// changed word would cost more than decoding. Readings below 1 in 1,000 (the floor) are
  /// not worth a reviewer's look (nor a string each).
  private mutating func rank(chosenIndex: Int, floor: Float) {
    ranked.removeAll(keepingCapacity: true)
    for index in scores.indices where scores[index] >= floor || index == chosenIndex {
      let score = scores[index]
      var at = ranked.count
      while at > 0, scores[ranked[at - 1]] < score { at -= 1 }
      if at < 5 {
        ranked.insert(index, at: at)
        if ranked.count > 5 { ranked.removeLast() }
      }
    }
  }

  private static func pow10(_ x: Float) -> Float { Float(exp(Double(x) * 2.302_585_093)) }

  /// The packed n-gram value of a lookup result, nil when absent.
  private static func value(_ found: Int32) -> UInt16? {
    found < 0 ? nil : UInt16(truncatingIfNeeded: found)
  }
}
