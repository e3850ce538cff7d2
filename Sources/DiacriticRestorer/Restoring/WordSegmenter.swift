/// Cuts a run of letters that an engine wrote without spaces ("hòaxãhô.ichunghĩaVi_.tNam")
/// into the syllables it most likely spells.
///
/// GOCR loses the spaces of whole lines. Every way of cutting the run into pieces of at most
/// eight characters is weighed by dynamic programming: a piece scores the log probability of
/// its best reading under the pooled confusions of every engine plus that reading's unigram
/// log probability (which already makes a syllable read whole beat two short ones), and pays
/// ``pieceCost``; a capital letter inside the run opens a piece for free. Measured on the
/// held-out gocr set: costs 0, 0.5, 1, 2 and 3 leave 1,606, 1,611, 1,609, 1,654 and 1,703 word
/// errors. A known word that is no syllable ("BHYT") is also a piece, read as itself, and a
/// run may hold the space ``DetachedMarks`` joined it across ("dô. trd."). Measured on the
/// held-out sets: gocr 1,392 → 1,346 word errors, ocrad 930 → 922. The decoder then reads
/// the pieces in context like any other words.
struct WordSegmenter {
  /// The log10 cost of each piece beyond the first.
  static let pieceCost: Float = 0.5
  /// The longest piece, in characters (seven letters and a detached dot below).
  static let longestPiece = 8

  let generator: CandidateGenerator
  let unigrams: [Float]
  /// The score of each piece met so far, by lower-case text.
  private var scores: [String: Float] = [:]

  /// A segmenter reading pieces with `generator`'s pooled confusions.
  init(generator: CandidateGenerator, unigrams: [Float]) {
    self.generator = generator
    self.unigrams = unigrams
  }

  /// Where in `word` (scalar offsets, ascending, none 0) a new syllable starts; empty when
  /// the word is best read whole.
  mutating func cuts(in word: Substring) -> [Int] {
    let scalars = Array(word.unicodeScalars)
    let n = scalars.count
    guard n >= 2 else { return [] }
    let impossible = -Float.greatestFiniteMagnitude
    var best = [Float](repeating: impossible, count: n + 1)
    var from = [Int](repeating: 0, count: n + 1)
    best[0] = 0
    // From each place in turn, ascending, as a piece's later end is weighed against the
    // pieces ending there: the first of equal totals wins, as it did end by end.
    for start in 0..<n where best[start] > impossible {
      // A detached dot below belongs to the syllable before it, and so does the space
      // after it when ``DetachedMarks`` joined the run to the word after ("dô. trd.").
      if scalars[start] == "." || scalars[start] == " " { continue }
      let capital = start > 0 && (LetterCase.isUppercase(scalars[start]) ?? false)
      let cost: Float = start == 0 || capital ? 0 : Self.pieceCost
      let pieces = (start + 1...min(n, start + Self.longestPiece)).map { end in
        var piece = String.UnicodeScalarView()
        piece.append(contentsOf: scalars[start..<end])
        return LineAnalysis.lowerForm(String(piece)[...])
      }
      for (offset, score) in scores(of: pieces).enumerated() {
        let end = start + 1 + offset
        let total = best[start] + score - cost
        if total > best[end] {
          best[end] = total
          from[end] = start
        }
      }
    }
    guard best[n] > impossible else { return [] }
    var cuts: [Int] = []
    var end = n
    while end > 0 {
      let start = from[end]
      if start > 0 { cuts.append(start) }
      end = start
    }
    return cuts.reversed()
  }

  /// The scores of `pieces`, the first one, two, … characters from one place: remembered
  /// ones as they were, the others from one search for them all.
  private mutating func scores(of pieces: [String]) -> [Float] {
    let remembered = pieces.compactMap { scores[$0] }
    if remembered.count == pieces.count { return remembered }
    let readings = generator.bestOtherReadings(ofPrefixes: pieces)
    return zip(pieces, readings).map { piece, reading in
      if let known = scores[piece] { return known }
      let score = score(piece, reading: reading)
      scores[piece] = score
      return score
    }
  }

  /// The score of a piece whose best reading is `reading`: that reading's channel and
  /// unigram log probability.
  private func score(_ piece: String, reading: (id: UInt16, score: Float)?) -> Float {
    var value = -Float.greatestFiniteMagnitude
    if let reading { value = reading.score + unigrams[Int(reading.id)] }
    // A known word that is no syllable ("bhyt", "email") is read as itself.
    if let own = generator.vocabulary.id(of: piece), !generator.vocabulary.isSyllable[Int(own)] {
      value = max(value, unigrams[Int(own)])
    }
    return value
  }
}
