/// The syllables of the vocabulary spelled in one confusion model's truth alphabet, as a trie.
///
/// Searching the readings of an OCR token aligns it with every syllable of similar length; in
/// the trie, syllables that share a prefix share its alignment rows, and a branch whose best
/// partial score cannot enter the list of readings is abandoned with everything under it.
struct SyllableTrie: Sendable {
  /// Per node: the truth letter leading to it (the root's is unused).
  private let letters: [Int]
  /// Per node: where its children start in ``children`` and how many there are.
  private let childStart: [Int]
  private let childCount: [Int]
  private let children: [Int]
  /// Per node: the syllable ending there, or -1.
  private let syllable: [Int]
  /// Per node: the most letters of a syllable ending at it or below it (0 for none).
  private let longestBelow: [Int]
  /// The longest syllable, in letters.
  let depth: Int

  /// A trie of the syllables whose spelling `codes[id]` is known.
  ///
  /// Built from the spellings in sorted order, so that each new one only branches off the
  /// path of the one before, and every node's children come in letter order.
  init(codes: [[Int]?]) {
    let spellings = codes.enumerated()
      .compactMap { id, spelling -> (spelling: [Int], id: Int)? in
        guard let spelling, !spelling.isEmpty else { return nil }
        return (spelling, id)
      }
      .sorted { $0.spelling.lexicographicallyPrecedes($1.spelling) }
    var letters = [0]
    var syllable = [-1]
    var firstChild = [-1]
    var lastChild = [-1]
    var nextSibling = [-1]
    var path = [0]
    var previous: [Int] = []
    var depth = 0
    for (spelling, id) in spellings {
      var shared = 0
      while shared < min(previous.count, spelling.count), previous[shared] == spelling[shared] {
        shared += 1
      }
      path.removeLast(path.count - (shared + 1))
      for letter in spelling[shared...] {
        let parent = path[path.count - 1]
        let node = letters.count
        letters.append(letter)
        syllable.append(-1)
        firstChild.append(-1)
        lastChild.append(-1)
        nextSibling.append(-1)
        if lastChild[parent] >= 0 {
          nextSibling[lastChild[parent]] = node
        } else {
          firstChild[parent] = node
        }
        lastChild[parent] = node
        path.append(node)
      }
      let node = path[spelling.count]
      // Two syllables spelled alike in this alphabet: the first in the vocabulary stands.
      if syllable[node] < 0 || id < syllable[node] { syllable[node] = id }
      depth = max(depth, spelling.count)
      previous = spelling
    }
    var childStart: [Int] = []
    var childCount: [Int] = []
    var children: [Int] = []
    childStart.reserveCapacity(letters.count)
    childCount.reserveCapacity(letters.count)
    children.reserveCapacity(letters.count)
    for node in letters.indices {
      childStart.append(children.count)
      var child = firstChild[node]
      while child >= 0 {
        children.append(child)
        child = nextSibling[child]
      }
      childCount.append(children.count - childStart[node])
    }
    self.letters = letters
    self.childStart = childStart
    self.childCount = childCount
    self.children = children
    // Children come after their parent: one pass down for the depths, one up (index loops:
    // every restorer builds three tries while it loads).
    var longestBelow = [Int](repeating: 0, count: letters.count)
    var levels = [Int](repeating: 0, count: letters.count)
    for node in 0..<letters.count {
      for at in childStart[node]..<(childStart[node] + childCount[node]) {
        levels[children[at]] = levels[node] + 1
      }
    }
    for node in stride(from: letters.count - 1, through: 0, by: -1) {
      var longest = syllable[node] >= 0 ? levels[node] : 0
      for at in childStart[node]..<(childStart[node] + childCount[node]) {
        longest = max(longest, longestBelow[children[at]])
      }
      longestBelow[node] = longest
    }
    self.syllable = syllable
    self.longestBelow = longestBelow
    self.depth = depth
  }

  /// Offers `list` the syllables of `lengths` letters with the score of their best alignment
  /// to `ocr`, depth first, skipping every branch whose alignment rows show it cannot beat
  /// the list's floor (asked afresh at each node, as the list fills up), nor come within
  /// `window` of the best score, the list's or `known` (that of a syllable the search is sure
  /// to meet): the caller drops such readings anyway.
  func search(
    _ ocr: [Int], model: ConfusionModel, lengths: ClosedRange<Int>,
    window: Float = .greatestFiniteMagnitude, known: Float = -.greatestFiniteMagnitude,
    into list: inout ReadingList
  ) {
    let deepest = min(depth, lengths.upperBound)
    // No syllable is as long as the shortest length asked (a token of many letters: glued
    // words, a line of letters with no space): nothing to offer, and the alignment tables
    // alone would cost time and memory in proportion to the token.
    guard deepest >= 1, !ocr.isEmpty, lengths.lowerBound <= deepest else { return }
    let last = ocr.count
    walk(ocr, model: model, deepest: deepest, shortest: lengths.lowerBound) {
      child, depth, row, rowBest in
      // Every further step adds a log probability (≤ 0): nothing below can do better.
      if rowBest <= list.floor || rowBest < max(list.best, known) - window { return false }
      if syllable[child] >= 0, lengths.contains(depth) {
        list.offerUnlisted(UInt16(syllable[child]), row[last])
      }
      return true
    }
  }

  /// The syllable that best explains each prefix of `ocr` under `model`: at index `j`, the
  /// best syllable of `j - spread` to `j + spread` letters (at least one) aligned with the
  /// first `j` characters, and its score; index 0 and prefixes nothing explains hold nil.
  ///
  /// The same as a ``search(_:model:lengths:window:known:into:)`` for one reading of each
  /// prefix (of equal scores, the syllable the walk meets first), in one walk of the trie: a
  /// syllable's alignment rows already hold its score against every prefix, and a branch is
  /// abandoned when no prefix it may still serve can gain from it. ``WordSegmenter`` weighs
  /// every piece of up to eight characters from each place in a run, so one walk per place
  /// replaces eight.
  func bestReadingsOfPrefixes(_ ocr: [Int], model: ConfusionModel, spread: Int)
    -> [(id: UInt16, score: Float)?]
  {
    let m = ocr.count
    let impossible = -Float.greatestFiniteMagnitude
    var bestID = [Int](repeating: -1, count: m + 1)
    var bestScore = [Float](repeating: impossible, count: m + 1)
    let deepest = min(depth, m + spread)
    guard deepest >= 1, m > 0 else {
      return [(id: UInt16, score: Float)?](repeating: nil, count: m + 1)
    }
    walk(ocr, model: model, deepest: deepest, shortest: 1) { child, depth, row, _ in
      // A prefix of j characters takes syllables of j - spread to j + spread letters, and
      // those here and below have `depth` to `longestBelow` letters; a cell of column j comes
      // from cells of this row no further right, lowered by every letter.
      var reach = impossible
      var mayGain = false
      for j in 0...min(m, longestBelow[child] + spread) {
        reach = max(reach, row[j])
        if j >= 1, j + spread >= depth, reach > bestScore[j] {
          mayGain = true
          break
        }
      }
      guard mayGain else { return false }
      if syllable[child] >= 0 {
        for j in max(1, depth - spread)...min(m, depth + spread) where row[j] > bestScore[j] {
          bestScore[j] = row[j]
          bestID[j] = syllable[child]
        }
      }
      return true
    }
    return (0...m).map { j in bestID[j] >= 0 ? (UInt16(bestID[j]), bestScore[j]) : nil }
  }

  /// Walks the trie depth first down to `deepest` letters, aligning each node's spelling
  /// with `ocr`, past the branches with no syllable of `shortest` letters or more. `visit`
  /// gets each node, its depth, its alignment row (`ocr.count + 1` cells) and the row's best
  /// score, offers what it will, and says whether the branch below is worth walking.
  @inline(__always)
  private func walk(
    _ ocr: [Int], model: ConfusionModel, deepest: Int, shortest: Int,
    visit: (_ child: Int, _ depth: Int, _ row: UnsafeMutablePointer<Float>, _ rowBest: Float)
      -> Bool
  ) {
    let m = ocr.count
    let width = m + 1
    let tables = model.tables(for: ocr)
    // Per depth: the node being extended and the next of its children to visit.
    var nodes = [Int](repeating: 0, count: deepest + 1)
    var nextChild = [Int](repeating: 0, count: deepest + 1)
    nextChild[0] = childStart[0]
    tables.emission.withUnsafeBufferPointer { emission in
      tables.pair.withUnsafeBufferPointer { pair in
        withUnsafeTemporaryAllocation(of: Float.self, capacity: (deepest + 1) * width) { rows in
          guard let base = rows.baseAddress, let emission = emission.baseAddress,
            let pair = pair.baseAddress
          else { return }
          rows.initialize(repeating: -.greatestFiniteMagnitude)
          base[0] = 0
          var level = 0
          while level >= 0 {
            let parent = nodes[level]
            let end = childStart[parent] + childCount[parent]
            guard nextChild[level] < end else {
              level -= 1
              continue
            }
            let child = children[nextChild[level]]
            nextChild[level] += 1
            if longestBelow[child] < shortest { continue }
            let next = level + 1
            let letter = letters[child]
            let row = base + next * width
            let rowBest = Self.extend(
              base + level * width, into: row, depth: next, count: m,
              skip: tables.deletion[letter], emission: emission + letter * m,
              pair: pair + letter * m)
            guard visit(child, next, row, rowBest) else { continue }
            if next < deepest, childCount[child] > 0 {
              nodes[next] = child
              nextChild[next] = childStart[child]
              level = next
            }
          }
        }
      }
    }
  }

  /// Fills alignment row `depth` (the first `depth` letters of a syllable, the last one's
  /// `skip`, `emission` and `pair` scores given) from the row above, both `count + 1` cells
  /// long, and returns the row's best score. Cells past two characters per letter stay
  /// impossible: a letter becomes zero, one or two OCR characters.
  @inline(__always)
  private static func extend(
    _ previous: UnsafeMutablePointer<Float>, into next: UnsafeMutablePointer<Float>,
    depth: Int, count m: Int, skip: Float, emission: UnsafePointer<Float>,
    pair: UnsafePointer<Float>
  ) -> Float {
    let impossible = -Float.greatestFiniteMagnitude
    let high = min(m, 2 * depth)
    var rowBest = impossible
    for j in 0...high {
      var best = previous[j] + skip
      if j >= 1 { best = max(best, previous[j - 1] + emission[j - 1]) }
      if j >= 2, previous[j - 2] > impossible { best = max(best, previous[j - 2] + pair[j - 1]) }
      next[j] = best
      rowBest = max(rowBest, best)
    }
    if high < m { for j in (high + 1)...m { next[j] = impossible } }
    return rowBest
  }
}
