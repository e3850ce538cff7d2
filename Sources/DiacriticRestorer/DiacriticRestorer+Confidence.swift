import Foundation

extension DiacriticRestorer {
  /// Describes a change, with the probability of the likelier candidates given the restored
  /// neighbours (two before, one after), normalised over the candidates.
  func change(
    original: Substring, replacement: String, range: Range<String.Index>, line: Int,
    position: Int, positions: [[Candidate]], choices: [Int]
  ) -> RestorationResult.Change {
    func chosen(_ offset: Int) -> UInt16 {
      let index = position + offset
      if index < 0 { return SpecialToken.sentenceStart.rawValue }
      if index >= positions.count { return SpecialToken.sentenceEnd.rawValue }
      return positions[index][choices[index]].id
    }
    let (c2, c1, n1) = (chosen(-2), chosen(-1), chosen(1))
    let candidates = positions[position]
    let backoff = model.contextBackoff(c2, c1)
    var scores: [Float] = candidates.map { candidate in
      candidate.channel + model.logProbability(candidate.id, after: c2, c1, backoff: backoff)
        + model.logProbability(n1, after: c1, candidate.id)
    }
    let best = scores.max() ?? 0
    scores = scores.map { $0 - best }
    let total = scores.reduce(0) { $0 + Double(pow10($1)) }
    let startsUpper =
      original.unicodeScalars.first.map { LetterCase.isUppercase($0) ?? $0.properties.isUppercase }
      ?? false
    let pattern = CasePattern(of: original)
    let chosenIndex = choices[position]
    let confidence = Double(pow10(scores[chosenIndex])) / total
    // At most the five best are spelled out: building strings for every candidate of every
    // changed word would cost more than decoding.
    // Readings below 1 in 1,000 are not worth a reviewer's look (nor a string each).
    let floor = Float(log10(total)) - 3
    let ranked = scores.indices.filter { scores[$0] >= floor || $0 == chosenIndex }
      .sorted { scores[$0] > scores[$1] }.prefix(5)
    let alternatives = ranked.map { index in
      let candidate = candidates[index]
      let text =
        candidate.id == SpecialToken.unknown.rawValue
          || candidate.id == SpecialToken.number.rawValue
        ? String(original)
        : pattern.apply(to: model.vocabulary.text(of: candidate.id), startsUpper: startsUpper)
      return RestorationResult.Alternative(
        text: index == chosenIndex ? replacement : text,
        probability: Double(pow10(scores[index])) / total)
    }
    return RestorationResult.Change(
      original: String(original), replacement: replacement, line: line, range: range,
      alternatives: alternatives, confidence: confidence)
  }

  private func pow10(_ x: Float) -> Float { Float(exp(Double(x) * 2.302_585_093)) }
}
