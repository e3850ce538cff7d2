extension ViterbiDecoder {
  /// Scores every (state, candidate) pair into `scratch.cells`, one cell per (previous
  /// choice, candidate): states that differ only two tokens back compete for it.
  /// `bigrams` is the matrix of bigram values (previous choice × candidate) of the memo,
  /// filled here where still unknown. `pairBonuses`, in the same layout, adds the weight of
  /// the pairs the document vouches for.
  func extend(
    _ previous: [State], with candidates: [Candidate], bigrams: UnsafeMutablePointer<Int32>,
    trigramCache: TrigramCache, pairBonuses: [Float]? = nil, scratch: inout Scratch
  ) {
    prepareCells(for: previous, width: candidates.count, scratch: &scratch)
    lookUpBigrams(previous, with: candidates, bigrams: bigrams, scratch: &scratch)
    lookUpTrigrams(
      previous, with: candidates, bigrams: bigrams, trigramCache: trigramCache,
      scratch: &scratch)
    score(previous, with: candidates, bigrams: bigrams, scratch: &scratch)
    if let pairBonuses { addPairBonuses(pairBonuses, width: candidates.count, scratch: &scratch) }
  }

  /// Adds to each cell the weight of its pair (previous choice, candidate) that the
  /// document vouches for: every state reaching a cell shares that pair, so the cell's best
  /// state stays its best.
  private func addPairBonuses(_ bonuses: [Float], width: Int, scratch: inout Scratch) {
    for (row, choice) in scratch.rows.enumerated() {
      for k in 0..<width where bonuses[Int(choice) * width + k] != 0 {
        scratch.cells[row * width + k].score += bonuses[Int(choice) * width + k]
      }
    }
  }

  /// Empties the first cells of `scratch`, one per (previous choice some state holds,
  /// candidate), in the order of the choices (ties between equal scores go to the first
  /// cell, so the order matters).
  private func prepareCells(for previous: [State], width: Int, scratch: inout Scratch) {
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
  }

  /// Fills the unknown entries of `bigrams`, the bigrams `c1 candidate` shared by the states
  /// with the same previous choice, from the table, in one batch.
  private func lookUpBigrams(
    _ previous: [State], with candidates: [Candidate], bigrams: UnsafeMutablePointer<Int32>,
    scratch: inout Scratch
  ) {
    let width = candidates.count
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
  }

  /// Fills `scratch.trigramValues` with the trigrams `c2 c1 candidate` that may exist
  /// (context and bigram both stored), from the cache of recent lookups or, batched, from
  /// the table; -1 for the others.
  private func lookUpTrigrams(
    _ previous: [State], with candidates: [Candidate], bigrams: UnsafeMutablePointer<Int32>,
    trigramCache: TrigramCache, scratch: inout Scratch
  ) {
    let width = candidates.count
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
  }

  /// Scores every (state, candidate) pair, keeping in each cell the best state that reaches
  /// it.
  private func score(
    _ previous: [State], with candidates: [Candidate], bigrams: UnsafeMutablePointer<Int32>,
    scratch: inout Scratch
  ) {
    let width = candidates.count
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
}
