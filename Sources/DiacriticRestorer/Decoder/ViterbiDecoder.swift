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
    /// The bigram `c2 c1` (-1 when absent), looked up when the state was made: the
    /// context of the next word.
    var context: Int32
  }

  /// Reusable buffers of one decode.
  private struct Scratch {
    /// The cells of the position being extended are the first `cellCount`; the array only
    /// grows, so that starting a position costs no reallocation.
    var cells: [State] = []
    var cellCount = 0
    /// Where in the memo each looked-up bigram goes.
    var bigramIndex: [Int32] = []
    var bigramKeys: [UInt64] = []
    var bigrams: [Int32] = []
    /// The trigram value of each (state, candidate), -1 when absent or impossible.
    var trigramValues: [Int32] = []
    /// The trigrams not in the cache: their (state, candidate) slot, key and value.
    var trigramOwners: [Int32] = []
    var trigramKeys: [UInt64] = []
    var trigrams: [Int32] = []
    var scores: [Float] = []
    /// The previous choices some state holds, in increasing order: the rows of the cells.
    var rows: [Int32] = []
  }

  /// The index of the chosen candidate at each position. `lists` identifies each
  /// position's candidate list (equal lists, equal IDs) for `memo`. `contexts` receives
  /// the bigram value (-1 when absent) of the two tokens before each position along the
  /// chosen path, and after the last one: the context each word was scored in.
  func decode(
    _ positions: [[Candidate]], lists: [UInt32], memo: BigramMemo, trigramCache: TrigramCache,
    contexts: inout [Int32]
  ) -> [Int] {
    contexts.removeAll(keepingCapacity: true)
    guard !positions.isEmpty else { return [] }
    let start = SpecialToken.sentenceStart.rawValue
    // Surviving states of every position, one flat array (no allocation per position):
    // position p's states are `states[layerStart[p]..<layerStart[p + 1]]`.
    var states: [State] = []
    states.reserveCapacity(positions.count * min(beamWidth, 4))
    var layerStart = [Int](repeating: 0, count: positions.count + 1)
    let startContext = model.bigramValue(start, start).map { Int32($0) } ?? -1
    var previous = [
      State(c2: start, c1: start, score: 0, back: -1, choice: 0, context: startContext)
    ]
    var previousCount = 1
    var scratch = Scratch()
    var previousList = BigramMemo.startList
    for (position, candidates) in positions.enumerated() {
      let count = previousCount * candidates.count
      var spare: UnsafeMutablePointer<Int32>?
      defer { spare?.deallocate() }
      let bigrams: UnsafeMutablePointer<Int32>
      if let matrix = memo.matrix(previous: previousList, next: lists[position], count: count) {
        bigrams = matrix
      } else {
        let fresh = UnsafeMutablePointer<Int32>.allocate(capacity: count)
        fresh.initialize(repeating: BigramMemo.unknown, count: count)
        spare = fresh
        bigrams = fresh
      }
      extend(
        previous, with: candidates, bigrams: bigrams, trigramCache: trigramCache,
        scratch: &scratch)
      previousList = lists[position]
      prune(scratch.cells[..<scratch.cellCount], into: &previous, scores: &scratch.scores)
      layerStart[position] = states.count
      states.append(contentsOf: previous)
      previousCount = candidates.count
    }
    layerStart[positions.count] = states.count
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
    contexts.append(contentsOf: repeatElement(startContext, count: positions.count + 1))
    var index = bestIndex
    for position in stride(from: positions.count - 1, through: 0, by: -1) {
      let state = states[layerStart[position] + index]
      choices[position] = Int(state.choice)
      contexts[position + 1] = state.context
      index = Int(state.back)
    }
    return choices
  }

  /// Scores every (state, candidate) pair into `scratch.cells`, one cell per (previous
  /// choice, candidate): states that differ only two tokens back compete for it.
  /// `bigrams` is the matrix of bigram values (previous choice × candidate) of the memo,
  /// filled here where still unknown.
  private func extend(
    _ previous: [State], with candidates: [Candidate], bigrams: UnsafeMutablePointer<Int32>,
    trigramCache: TrigramCache, scratch: inout Scratch
  ) {
    let width = candidates.count
    // Cells only for the previous choices some state holds, in the order of the choices
    // (ties between equal scores go to the first cell, so the order matters).
    scratch.rows.removeAll(keepingCapacity: true)
    for state in previous where !scratch.rows.contains(state.choice) {
      scratch.rows.append(state.choice)
    }
    scratch.rows.sort()
    let cellCount = scratch.rows.count * width
    let empty = State(
      c2: 0, c1: 0, score: -.greatestFiniteMagnitude, back: -1, choice: -1, context: -1)
    if scratch.cells.count < cellCount {
      scratch.cells.append(contentsOf: repeatElement(empty, count: cellCount - scratch.cells.count))
    }
    scratch.cells.withUnsafeMutableBufferPointer { cells in
      for index in 0..<cellCount { cells[index] = empty }
    }
    scratch.cellCount = cellCount
    // The bigrams `c1 candidate`, shared by the states with the same previous choice, from
    // the memo or, batched, from the table.
    scratch.bigramIndex.removeAll(keepingCapacity: true)
    scratch.bigramKeys.removeAll(keepingCapacity: true)
    for state in previous {
      let at = Int(state.choice) * width
      guard bigrams[at] == BigramMemo.unknown else { continue }
      for (k, candidate) in candidates.enumerated() {
        bigrams[at + k] = -1
        scratch.bigramIndex.append(Int32(at + k))
        scratch.bigramKeys.append(ModelLayout.key(state.c1, candidate.id))
      }
    }
    if !scratch.bigramKeys.isEmpty {
      model.bigrams.values(for: scratch.bigramKeys, into: &scratch.bigrams)
      for (at, value) in zip(scratch.bigramIndex, scratch.bigrams) { bigrams[Int(at)] = value }
    }
    // The trigrams `c2 c1 candidate` that may exist (context and bigram both stored), from
    // the cache of recent lookups or, batched, from the table.
    // Grown only, like the cells: the first `previous.count * width` values are this
    // position's.
    let pairs = previous.count * width
    if scratch.trigramValues.count < pairs {
      scratch.trigramValues.append(
        contentsOf: repeatElement(-1, count: pairs - scratch.trigramValues.count))
    }
    scratch.trigramOwners.removeAll(keepingCapacity: true)
    scratch.trigramKeys.removeAll(keepingCapacity: true)
    // The loops below run for every (state, candidate) pair: over buffers, without the
    // array's uniqueness and bounds checks.
    scratch.trigramValues.withUnsafeMutableBufferPointer { values in
      for index in 0..<pairs { values[index] = -1 }
      for (index, state) in previous.enumerated() where state.context >= 0 {
        let at = Int(state.choice) * width
        for (k, candidate) in candidates.enumerated() where bigrams[at + k] >= 0 {
          let key = ModelLayout.key(state.c2, state.c1, candidate.id)
          if let value = trigramCache.value(of: key) {
            values[index * width + k] = value
          } else {
            scratch.trigramOwners.append(Int32(index * width + k))
            scratch.trigramKeys.append(key)
          }
        }
      }
    }
    if !scratch.trigramKeys.isEmpty {
      model.trigrams.values(for: scratch.trigramKeys, into: &scratch.trigrams)
      trigramCache.store(scratch.trigramKeys, scratch.trigrams)
      for (owner, value) in zip(scratch.trigramOwners, scratch.trigrams) {
        scratch.trigramValues[Int(owner)] = value
      }
    }

    let rows = scratch.rows
    let trigrams = scratch.trigramValues
    scratch.cells.withUnsafeMutableBufferPointer { cells in
      trigrams.withUnsafeBufferPointer { trigrams in
        candidates.withUnsafeBufferPointer { candidates in
          for (index, state) in previous.enumerated() {
            let context = state.context >= 0 ? ModelLayout.backoff(UInt16(state.context)) : nil
            let at = Int(state.choice) * width
            let base = (rows.firstIndex(of: state.choice) ?? 0) * width
            for k in 0..<width {
              let candidate = candidates[k]
              let bigram = bigrams[at + k]
              let trigram = trigrams[index * width + k]
              let score =
                state.score + candidate.channel
                + model.logProbability(
                  candidate.id, after: state.c1, context: context,
                  bigram: bigram >= 0 ? UInt16(bigram) : nil,
                  trigram: trigram >= 0 ? UInt16(trigram) : nil)
              if score > cells[base + k].score {
                cells[base + k] = State(
                  c2: state.c1, c1: candidate.id, score: score, back: Int32(index),
                  choice: Int32(k), context: bigram)
              }
            }
          }
        }
      }
    }
  }

  /// Keeps the cells within ``beamThreshold`` of the best, at most ``beamWidth`` of them.
  private func prune(
    _ cells: ArraySlice<State>, into survivors: inout [State], scores: inout [Float]
  ) {
    var best = -Float.greatestFiniteMagnitude
    for state in cells where state.score > best { best = state.score }
    var floor = best - beamThreshold
    var count = 0
    for state in cells where state.choice >= 0 && state.score >= floor { count += 1 }
    if count > beamWidth {
      // Raise the floor to the beam's worst score instead of sorting every state.
      scores.removeAll(keepingCapacity: true)
      for state in cells where state.choice >= 0 && state.score >= floor {
        scores.append(state.score)
      }
      scores.sort(by: >)
      floor = scores[beamWidth - 1]
    }
    survivors.removeAll(keepingCapacity: true)
    for state in cells
    where state.choice >= 0 && state.score >= floor && survivors.count < beamWidth {
      survivors.append(state)
    }
  }
}
