/// Chooses one candidate per position so that channel plus trigram score is highest,
/// keeping the best ``RestorerConfiguration/beamWidth`` states per position.
struct ViterbiDecoder {
  let model: LanguageModel
  let beamWidth: Int
  /// States scoring more than this (log10) below the best are dropped.
  let beamThreshold: Float

  struct State {
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
  struct Scratch {
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
  /// `pairBonuses[p]`, when present, adds a log10 weight to each (candidate of position
  /// `p - 1`, candidate of `p`) pair, row by row like the bigram matrix: the pairs the
  /// document vouches for (see ``DocumentCache``).
  func decode(
    _ positions: [[Candidate]], lists: [UInt64], memo: BigramMemo, trigramCache: TrigramCache,
    pairBonuses: [[Float]?] = [], contexts: inout [Int32]
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
        pairBonuses: position < pairBonuses.count ? pairBonuses[position] : nil,
        scratch: &scratch)
      previousList = lists[position]
      prune(scratch.cells[..<scratch.cellCount], into: &previous, scores: &scratch.scores)
      layerStart[position] = states.count
      states.append(contentsOf: previous)
      previousCount = candidates.count
    }
    layerStart[positions.count] = states.count
    contexts.append(contentsOf: repeatElement(startContext, count: positions.count + 1))
    return backtrack(
      from: bestFinal(previous), states: states, layerStart: layerStart, contexts: &contexts)
  }

  /// The index of the last position's state that ends the paragraph best (`</s>` after it).
  private func bestFinal(_ last: [State]) -> Int {
    let end = SpecialToken.sentenceEnd.rawValue
    var bestIndex = 0
    var bestScore = -Float.greatestFiniteMagnitude
    for (index, state) in last.enumerated() {
      let score = state.score + model.logProbability(end, after: state.c2, state.c1)
      if score > bestScore {
        bestScore = score
        bestIndex = index
      }
    }
    return bestIndex
  }

  /// The choices along the path that ends in state `index` of the last position, each
  /// position's states being `states[layerStart[p]..<layerStart[p + 1]]`; writes the
  /// context of each chosen word into `contexts` (from 1 on).
  private func backtrack(
    from index: Int, states: [State], layerStart: [Int], contexts: inout [Int32]
  ) -> [Int] {
    let count = layerStart.count - 1
    var choices = [Int](repeating: 0, count: count)
    var index = index
    for position in stride(from: count - 1, through: 0, by: -1) {
      let state = states[layerStart[position] + index]
      choices[position] = Int(state.choice)
      contexts[position + 1] = state.context
      index = Int(state.back)
    }
    return choices
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
      floor = Self.largest(beamWidth, of: &scores)
    }
    survivors.removeAll(keepingCapacity: true)
    // Scores are kept relative to the best: summed over a long paragraph, a Float would
    // otherwise reach magnitudes (-500,000 after 180,000 words) where it cannot tell
    // readings a hundredth apart.
    for var state in cells
    where state.choice >= 0 && state.score >= floor && survivors.count < beamWidth {
      state.score -= best
      survivors.append(state)
    }
  }

  /// The `k`-th largest of `values` (1-based), which are reordered: a selection in linear
  /// time on average, where sorting every state's score was a fortieth of a restore.
  static func largest(_ k: Int, of values: inout [Float]) -> Float {
    values.withUnsafeMutableBufferPointer { buffer in
      var low = 0
      var high = buffer.count - 1
      let target = k - 1
      while low < high {
        // Median of three as the pivot: the scores often come nearly ordered.
        let middle = low + (high - low) / 2
        let pivot = max(
          min(buffer[low], buffer[middle]), min(max(buffer[low], buffer[middle]), buffer[high]))
        var i = low
        var j = high
        while i <= j {
          while buffer[i] > pivot { i += 1 }
          while buffer[j] < pivot { j -= 1 }
          if i <= j {
            buffer.swapAt(i, j)
            i += 1
            j -= 1
          }
        }
        // Now low...j ≥ pivot ≥ i...high, and j < i.
        if target <= j {
          high = j
        } else if target >= i {
          low = i
        } else {
          return buffer[target]
        }
      }
      return buffer[target]
    }
  }
}
