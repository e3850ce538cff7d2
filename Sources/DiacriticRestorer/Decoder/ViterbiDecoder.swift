/// Chooses one candidate per position so that channel plus trigram score is highest,
/// keeping the best ``RestorerConfiguration/beamWidth`` states per position.
struct ViterbiDecoder {
  let model: LanguageModel
  let beamWidth: Int
  /// States scoring more than this (log10) below the best are dropped.
  let beamThreshold: Float

  private struct State {
    var c2: UInt16
    var c1: UInt16
    var score: Float
    var back: Int32
    var choice: Int32
  }

  /// The index of the chosen candidate at each position.
  func decode(_ positions: [[Candidate]]) -> [Int] {
    let start = SpecialToken.sentenceStart.rawValue
    var layers: [[State]] = []
    layers.reserveCapacity(positions.count)
    var previous = [State(c2: start, c1: start, score: 0, back: -1, choice: 0)]
    var previousCount = 1
    var scratch: [State] = []
    let empty = State(c2: 0, c1: 0, score: -.greatestFiniteMagnitude, back: -1, choice: -1)
    // Bigram lookups per (previous choice, candidate): states that differ only two tokens
    // back share them. 0 = not looked up, 1 = absent, 2 = present.
    var bigramStatus: [UInt8] = []
    var bigramValues: [UInt16] = []
    for candidates in positions {
      let width = candidates.count
      scratch.removeAll(keepingCapacity: true)
      scratch.append(contentsOf: repeatElement(empty, count: previousCount * width))
      bigramStatus.removeAll(keepingCapacity: true)
      bigramStatus.append(contentsOf: repeatElement(0, count: previousCount * width))
      bigramValues.removeAll(keepingCapacity: true)
      bigramValues.append(contentsOf: repeatElement(0, count: previousCount * width))
      for (index, state) in previous.enumerated() {
        let backoff = model.contextBackoff(state.c2, state.c1)
        let base = Int(state.choice) * width
        for (k, candidate) in candidates.enumerated() {
          if bigramStatus[base + k] == 0 {
            if let value = model.bigramValue(state.c1, candidate.id) {
              bigramStatus[base + k] = 2
              bigramValues[base + k] = value
            } else {
              bigramStatus[base + k] = 1
            }
          }
          let bigram = bigramStatus[base + k] == 2 ? bigramValues[base + k] : nil
          let score =
            state.score + candidate.channel
            + model.logProbability(
              candidate.id, after: state.c2, state.c1, backoff: backoff, bigram: bigram)
          if score > scratch[base + k].score {
            scratch[base + k] = State(
              c2: state.c1, c1: candidate.id, score: score, back: Int32(index), choice: Int32(k))
          }
        }
      }
      var best = -Float.greatestFiniteMagnitude
      for state in scratch where state.score > best { best = state.score }
      var floor = best - beamThreshold
      var survivors = 0
      for state in scratch where state.choice >= 0 && state.score >= floor { survivors += 1 }
      if survivors > beamWidth {
        // Raise the floor to the beam's worst score instead of sorting every state.
        var scores = scratch.compactMap { $0.choice >= 0 && $0.score >= floor ? $0.score : nil }
        scores.sort(by: >)
        floor = scores[beamWidth - 1]
      }
      var next: [State] = []
      next.reserveCapacity(min(survivors, beamWidth))
      for state in scratch where state.choice >= 0 && state.score >= floor && next.count < beamWidth
      {
        next.append(state)
      }
      layers.append(next)
      previous = next
      previousCount = width
    }
    guard !layers.isEmpty else { return [] }
    let end = SpecialToken.sentenceEnd.rawValue
    var bestIndex = 0
    var bestScore = -Float.greatestFiniteMagnitude
    for (index, state) in previous.enumerated() {
      let score = state.score + model.logProbability(end, after: state.c2, state.c1)
      if score > bestScore {
        bestScore = score
        bestIndex = index
      }
    }
    var choices = [Int](repeating: 0, count: positions.count)
    var index = bestIndex
    for position in stride(from: positions.count - 1, through: 0, by: -1) {
      let state = layers[position][index]
      choices[position] = Int(state.choice)
      index = Int(state.back)
    }
    return choices
  }
}
