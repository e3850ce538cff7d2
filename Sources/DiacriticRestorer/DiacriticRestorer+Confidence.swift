import Foundation

extension DiacriticRestorer {
  /// A changed word waiting for its alternatives and confidence.
  struct ChangeRequest {
    var original: Substring
    var replacement: String
    var range: Range<String.Index>
    var line: Int
    /// The word's index among the decoded positions.
    var position: Int
    /// The case of the original word.
    var pattern: CasePattern
  }

  /// Describes the changes of one decoded paragraph, each with the probability of the
  /// likelier candidates given the restored neighbours (two before, one after),
  /// normalised over the candidates.
  ///
  /// The n-gram lookups of all the changes go in two batches (bigrams, then the trigrams
  /// they call for) so that their cache misses overlap (see ``NGramTable``).
  func describe(
    _ requests: [ChangeRequest], positions: [[Candidate]], lists: [UInt32], choices: [Int],
    memo: BigramMemo, trigramCache: TrigramCache, contexts pathContexts: [Int32]
  ) -> [RestorationResult.Change] {
    func chosen(_ index: Int) -> UInt16 {
      if index < 0 { return SpecialToken.sentenceStart.rawValue }
      if index >= positions.count { return SpecialToken.sentenceEnd.rawValue }
      return positions[index][choices[index]].id
    }
    // Per candidate of every request, in order: bigram `c1 candidate` (also the context
    // of the next word) at 2i, bigram `candidate n1` at 2i + 1. The decoder left most of
    // them in the memo; the rest are looked up in one batch.
    var bigrams: [Int32] = []
    var bigramKeys: [UInt64] = []
    var bigramOwners: [Int] = []
    for request in requests {
      let position = request.position
      let width = positions[position].count
      let c1 = chosen(position - 1)
      let n1 = chosen(position + 1)
      let incoming = memo.matrix(
        previous: position > 0 ? lists[position - 1] : BigramMemo.startList,
        next: lists[position],
        count: (position > 0 ? positions[position - 1].count : 1) * width)
      let row = (position > 0 ? choices[position - 1] : 0) * width
      let outgoing =
        position + 1 < positions.count
        ? memo.matrix(
          previous: lists[position], next: lists[position + 1],
          count: width * positions[position + 1].count) : nil
      func take(_ value: Int32, _ key: UInt64) {
        if value == BigramMemo.unknown {
          bigramOwners.append(bigrams.count)
          bigramKeys.append(key)
        }
        bigrams.append(value)
      }
      for (k, candidate) in positions[position].enumerated() {
        take(incoming?[row + k] ?? BigramMemo.unknown, ModelLayout.key(c1, candidate.id))
        let next = outgoing?[k * positions[position + 1].count + choices[position + 1]]
        take(next ?? BigramMemo.unknown, ModelLayout.key(candidate.id, n1))
      }
    }
    var looked: [Int32] = []
    model.bigrams.values(for: bigramKeys, into: &looked)
    for (owner, value) in zip(bigramOwners, looked) { bigrams[owner] = value }
    // Trigrams `c2 c1 candidate` at 2i and `c1 candidate n1` at 2i + 1, when they may exist.
    var trigramIndex = [Int32](repeating: -1, count: bigrams.count)
    var trigramKeys: [UInt64] = []
    var contexts: [Float?] = []
    var at = 0
    for request in requests {
      let (c2, c1, n1) = (
        chosen(request.position - 2), chosen(request.position - 1), chosen(request.position + 1)
      )
      // The decoder scored the chosen word in this context: no table lookup.
      let found = pathContexts[request.position]
      let context = found >= 0 ? ModelLayout.backoff(UInt16(found)) : nil
      contexts.append(context)
      for candidate in positions[request.position] {
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
    // Most were looked up by the decoder; the rest go in one batch.
    var trigrams = [Int32](repeating: -1, count: trigramKeys.count)
    var missing: [UInt64] = []
    var missingOwners: [Int] = []
    for (index, key) in trigramKeys.enumerated() {
      if let value = trigramCache.value(of: key) {
        trigrams[index] = value
      } else {
        missing.append(key)
        missingOwners.append(index)
      }
    }
    var found: [Int32] = []
    model.trigrams.values(for: missing, into: &found)
    for (owner, value) in zip(missingOwners, found) { trigrams[owner] = value }
    func value(_ found: Int32) -> UInt16? { found < 0 ? nil : UInt16(truncatingIfNeeded: found) }

    var result: [RestorationResult.Change] = []
    result.reserveCapacity(requests.count)
    at = 0
    var scores: [Float] = []
    for (number, request) in requests.enumerated() {
      let c1 = chosen(request.position - 1)
      let n1 = chosen(request.position + 1)
      scores.removeAll(keepingCapacity: true)
      for candidate in positions[request.position] {
        let bigram = value(bigrams[at])
        let trigram = trigramIndex[at] >= 0 ? value(trigrams[Int(trigramIndex[at])]) : nil
        let nextTrigram =
          trigramIndex[at + 1] >= 0 ? value(trigrams[Int(trigramIndex[at + 1])]) : nil
        scores.append(
          candidate.channel
            + model.logProbability(
              candidate.id, after: c1, context: contexts[number], bigram: bigram,
              trigram: trigram)
            + model.logProbability(
              n1, after: candidate.id, context: bigram.map(ModelLayout.backoff),
              bigram: value(bigrams[at + 1]), trigram: nextTrigram))
        at += 2
      }
      result.append(
        change(
          request, candidates: positions[request.position], scores: &scores,
          chosenIndex: choices[request.position]))
    }
    return result
  }

  /// The change of `request` from the scores (log10) of its position's candidates.
  private func change(
    _ request: ChangeRequest, candidates: [Candidate], scores: inout [Float], chosenIndex: Int
  ) -> RestorationResult.Change {
    let best = scores.max() ?? 0
    for index in scores.indices { scores[index] -= best }
    let total = scores.reduce(0) { $0 + Double(pow10($1)) }
    let original = request.original
    let startsUpper =
      original.unicodeScalars.first.map { LetterCase.isUppercase($0) ?? $0.properties.isUppercase }
      ?? false
    let pattern = request.pattern
    let confidence = Double(pow10(scores[chosenIndex])) / total
    // At most the five best are spelled out: building strings for every candidate of every
    // changed word would cost more than decoding.
    // Readings below 1 in 1,000 are not worth a reviewer's look (nor a string each).
    let floor = Float(log10(total)) - 3
    // The five best by score, earlier candidates first among equals, picked in one pass.
    var ranked: [Int] = []
    ranked.reserveCapacity(6)
    for index in scores.indices where scores[index] >= floor || index == chosenIndex {
      let score = scores[index]
      var at = ranked.count
      while at > 0, scores[ranked[at - 1]] < score { at -= 1 }
      if at < 5 {
        ranked.insert(index, at: at)
        if ranked.count > 5 { ranked.removeLast() }
      }
    }
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
        : pattern.apply(to: model.vocabulary.text(of: candidate.id), startsUpper: startsUpper)
      return RestorationResult.Alternative(
        text: index == chosenIndex ? request.replacement : text,
        probability: Double(pow10(scores[index])) / total)
    }
    return RestorationResult.Change(
      original: String(original), replacement: request.replacement, line: request.line,
      range: request.range, alternatives: alternatives, confidence: confidence)
  }

  private func pow10(_ x: Float) -> Float { Float(exp(Double(x) * 2.302_585_093)) }
}
