import Foundation
import VietnameseText

/// An OCR engine's confusions learnt from typeset corpus text
/// (`Dictionaries/channel-eng.tsv`, `channel-vie.tsv`, written by
/// `Scripts/restorer/ocr_channel.py`).
///
/// It scores `log10 P(ocr token | syllable)`: every letter of the syllable becomes zero,
/// one or two OCR characters, with probabilities counted from aligned Tesseract output
/// and smoothed towards "a letter is read as itself or without its marks".
struct ConfusionModel: Sendable {
  /// Observed whole-token confusions: OCR token → (syllable, log10 P(token | syllable)).
  let tokens: [String: [(syllable: String, logProbability: Float)]]
  private let truthIndex: ScalarIndex
  private let ocrIndex: ScalarIndex
  private let ocrCount: Int
  private let single: [Float]
  private let deletion: [Float]
  private let double: [[(first: Int, second: Int, logProbability: Float)]]
  /// The `C` rows: what each letter of the truth became, with counts.
  let characterCounts: [Unicode.Scalar: LetterCounts]
  /// The share of letters the table's engine read as something else (any `C` row whose OCR
  /// string is not the letter itself): what ``ChannelAdaptation`` compares a document with.
  let letterErrorRate: Double
  /// Whether `double[t]` holds a pair starting with OCR character `o`, at `t * ocrCount + o`:
  /// most cells have none, and skip the scan.
  private let pairStarts: [Bool]
  /// What the model was built from, to build it again with a document's own counts
  /// (``adapted(to:priorLetters:)``).
  let construction: Construction

  /// What engines write for a glyph they cannot read (`_` of ocrad and gocr, `?` of ocrad,
  /// `%` and the backtick of gocr): any letter may stand behind one.
  static let placeholders: Set<Unicode.Scalar> = ["_", "?", "%", "`"]

  /// The share of the pooled table in the Vietnamese model's letter probabilities: with it,
  /// confusions the table never saw ("trune" for "trung", e for g) stay possible on a badly
  /// degraded page. Measured: 0.01 and 0.03 keep every evaluation set as it was or better
  /// (0.03: degraded held-out font 75 → 73 word errors); 0.1 breaks "trung học".
  static let pooledFloorWeight = 0.03

  /// Loads a confusion table; `alphabet` is every letter the vocabulary spells with.
  ///
  /// `wildcards` are OCR signs that may stand for any letter, however rarely a given letter
  /// was seen so: a table for sources never seen must not rule out "ữ" read as `_` because
  /// its training pages happened to write it otherwise (``wildcardFloor(_:)``). Such a
  /// table also lets a dotted vowel become its undotted form and a detached `.` ("ô." for
  /// "ộ"), the way engines without Vietnamese glyphs write the dot below.
  ///
  /// `floor` (another table's letter counts, normally every engine's pooled) takes
  /// `floorWeight` of each letter's probability: a confusion this table's engine was never
  /// seen to make keeps the chance other engines give it, however many letters the table
  /// counted (pseudo-counts alone fade as the table grows).
  init(
    path: String, alphabet: Set<Unicode.Scalar>, wildcards: Set<Unicode.Scalar> = [],
    floor: [Unicode.Scalar: LetterCounts] = [:], floorWeight: Double = 0
  ) throws(RestorerError) {
    let counts = try TableCounts(path: path)
    guard !counts.characters.isEmpty else {
      throw .corruptFile(path: path, reason: "no character confusions")
    }
    self.init(
      counts: counts, alphabet: alphabet, wildcards: wildcards, floor: floor,
      floorWeight: floorWeight)
  }

  /// A model of the table rows `counts`, smoothed as
  /// ``init(path:alphabet:wildcards:floor:floorWeight:)`` describes.
  init(
    counts: TableCounts, alphabet: Set<Unicode.Scalar>, wildcards: Set<Unicode.Scalar> = [],
    floor: [Unicode.Scalar: LetterCounts] = [:], floorWeight: Double = 0
  ) {
    let characters = counts.characters
    characterCounts = characters
    var letters = 0.0
    var misread = 0.0
    // Sums of whole counts (or of multiples of a power of two, as a document's adapted
    // counts are) are exact in any order of the dictionary.
    for (scalar, emissions) in characters {
      letters += emissions.total
      misread += emissions.total - (emissions.short[Self.emissionKey(scalar)] ?? 0)
    }
    letterErrorRate = letters > 0 ? misread / letters : 0
    construction = Construction(
      counts: counts, alphabet: alphabet, wildcards: wildcards, floor: floor,
      floorWeight: floorWeight)

    var truthAlphabet = alphabet
    var ocrAlphabet = alphabet.union(counts.emittedScalars)
    truthAlphabet.formUnion(characters.keys)
    for value in 0x21..<0x7F {
      if let scalar = Unicode.Scalar(value) { ocrAlphabet.insert(scalar) }
    }
    var truthIndex: [Unicode.Scalar: Int] = [:]
    for (index, scalar) in truthAlphabet.sorted().enumerated() { truthIndex[scalar] = index }
    // Index 0 stands for a scalar never seen in OCR output.
    var ocrIndex: [Unicode.Scalar: Int] = [:]
    for (index, scalar) in ocrAlphabet.sorted().enumerated() { ocrIndex[scalar] = index + 1 }
    let ocrCount = ocrAlphabet.count + 1
    let ocrScalars = [Unicode.Scalar("\u{0}")] + ocrAlphabet.sorted()

    // Rare confusions of a toned letter borrow from its family ("ê" for "ệ", "ề" …):
    // OCR errors depend mostly on the vowel's shape, less on the tone mark.
    // The counts are whole numbers: their sums are exact whatever the order (see above).
    var families: [Character: LetterCounts] = [:]
    for (scalar, emissions) in characters {
      families[VietnameseCharacters.removingTone(Character(scalar)), default: LetterCounts()]
        .add(emissions)
    }
    var single = [Float](repeating: 0, count: truthAlphabet.count * ocrCount)
    var deletion = [Float](repeating: 0, count: truthAlphabet.count)
    var double = [[(first: Int, second: Int, logProbability: Float)]](
      repeating: [], count: truthAlphabet.count)
    let familyWeight = 5.0
    let priorWeight = 2.0
    // Per OCR character, worked out once rather than once per truth letter: its folded
    // spelling (as a number, compared for every cell), and the counts of the emission of
    // that one character, per family, by index.
    var foldedNumbers: [String: Int] = [:]
    let ocrFolded = ocrScalars.map { scalar in
      let folded = Self.folded(scalar)
      if let number = foldedNumbers[folded] { return number }
      foldedNumbers[folded] = foldedNumbers.count
      return foldedNumbers.count - 1
    }
    let isWildcard = ocrScalars.map { wildcards.contains($0) }
    func byCharacter(_ counts: LetterCounts) -> [Double] {
      var result = [Double](repeating: 0, count: ocrCount)
      for (key, count) in counts.short {
        guard let scalar = Self.singleScalar(key), let o = ocrIndex[scalar] else { continue }
        result[o] = count
      }
      return result
    }
    let familySingles = families.mapValues(byCharacter)
    let noCounts = [Double](repeating: 0, count: ocrCount)
    for (truth, t) in truthIndex.sorted(by: { $0.value < $1.value }) {
      let emissions = characters[truth] ?? LetterCounts()
      let total = emissions.total
      let familyKey = VietnameseCharacters.removingTone(Character(truth))
      let family = families[familyKey] ?? LetterCounts()
      let familyTotal = family.total
      let folded = foldedNumbers[String(truth).vietnameseFolded] ?? -1
      let floorEmissions = floor[truth] ?? LetterCounts()
      let floorTotal = floorEmissions.total
      let floorShare = floorTotal > 0 ? floorWeight : 0
      let wildcardFloor = wildcards.isEmpty ? nil : Self.wildcardFloor(truth)
      func probability(
        own ownCount: Double, family familyCount: Double, floor floorCount: Double,
        prior: Double
      ) -> Float {
        let backoff = (familyCount + priorWeight * prior) / (familyTotal + priorWeight)
        let own = (ownCount + familyWeight * backoff) / (total + familyWeight)
        guard floorShare > 0 else { return Float(log10(own)) }
        let pooled = (floorCount + prior) / (floorTotal + 1)
        return Float(log10((1 - floorShare) * own + floorShare * pooled))
      }
      func probability(_ key: UInt64, prior: Double) -> Float {
        probability(
          own: emissions.short[key] ?? 0, family: family.short[key] ?? 0,
          floor: floorEmissions.short[key] ?? 0, prior: prior)
      }
      let ownSingles = byCharacter(emissions)
      let familyCounts = familySingles[familyKey] ?? noCounts
      let floorSingles = floorShare > 0 ? byCharacter(floorEmissions) : noCounts
      for o in 0..<ocrCount {
        let scalar = ocrScalars[o]
        let prior: Double =
          o == 0
          ? 0.001
          : scalar == truth
            ? 0.5
            : ocrFolded[o] == folded || isWildcard[o] ? 0.05 : 0.001
        single[t * ocrCount + o] =
          o == 0
          ? Float(log10(0.001 / 2))
          : probability(
            own: ownSingles[o], family: familyCounts[o], floor: floorSingles[o], prior: prior)
        // A table for sources never seen lets any letter be written as its kin (the same
        // letter under other marks: "ä" or "ȧ" for "ắ") at least this often, however many
        // times the engines it learnt from wrote it otherwise.
        if !wildcards.isEmpty, o != 0, ocrFolded[o] == folded, scalar != truth {
          single[t * ocrCount + o] = max(single[t * ocrCount + o], Self.kinFloor)
        }
        if isWildcard[o], let wildcardFloor {
          single[t * ocrCount + o] = max(single[t * ocrCount + o], wildcardFloor)
        }
      }
      deletion[t] = probability(0, prior: 0.01)
      let detached = wildcards.isEmpty ? nil : Self.detachingDot(truth).flatMap(Self.emissionKey)
      var pairs = Set<UInt64>()
      for key in emissions.short.keys where Self.isPair(key) { pairs.insert(key) }
      for key in family.short.keys where Self.isPair(key) { pairs.insert(key) }
      if let detached, Self.isPair(detached) { pairs.insert(detached) }
      // In key order: the list's order must not follow the hash seed.
      for key in pairs.sorted() {
        guard let (firstScalar, secondScalar) = Self.pairScalars(key),
          let first = ocrIndex[firstScalar], let second = ocrIndex[secondScalar]
        else { continue }
        double[t].append(
          (first, second, probability(key, prior: key == detached ? 0.05 : 0.0002)))
      }
    }
    var tokens: [String: [(syllable: String, logProbability: Float)]] = [:]
    for (ocr, truths) in counts.tokens {
      tokens[ocr] = truths.sorted { Self.precedes($0.key, $1.key) }.map {
        ($0.key, Float(log10($0.value / (counts.syllableTotals[$0.key] ?? 1))))
      }
    }
    self.tokens = tokens
    self.truthIndex = ScalarIndex(truthIndex)
    self.ocrIndex = ScalarIndex(ocrIndex)
    self.ocrCount = ocrCount
    self.single = single
    self.deletion = deletion
    self.double = double
    var pairStarts = [Bool](repeating: false, count: truthAlphabet.count * ocrCount)
    for (t, pairs) in double.enumerated() {
      for pair in pairs { pairStarts[t * ocrCount + pair.first] = true }
    }
    self.pairStarts = pairStarts
  }

  /// A letter with a dot below written as the letter without it and a full stop ("ộ" →
  /// "ô."), or nil for letters without the dot.
  static func detachingDot(_ letter: Unicode.Scalar) -> String? {
    let decomposed = String(letter).decomposedStringWithCanonicalMapping.unicodeScalars
    guard decomposed.contains("\u{323}") else { return nil }
    var base = String.UnicodeScalarView()
    for scalar in decomposed where scalar != "\u{323}" { base.append(scalar) }
    return String(base).precomposedStringWithCanonicalMapping + "."
  }

  /// String order (`<`) for NFC strings, as the tables are: the order of their UTF-8 bytes,
  /// without the normalising comparison, which was a sixth of the load.
  @inline(__always)
  private static func precedes(_ left: String, _ right: String) -> Bool {
    left.utf8.lexicographicallyPrecedes(right.utf8)
  }

  /// The scalar of a one-character emission key.
  private static func singleScalar(_ key: UInt64) -> Unicode.Scalar? {
    guard key != 0, key < 1 << 21 else { return nil }
    return Unicode.Scalar(UInt32(key - 1))
  }

  /// Whether `key` is an emission of two characters.
  private static func isPair(_ key: UInt64?) -> Bool {
    guard let key else { return false }
    return key >= 1 << 21
  }

  /// The two scalars of a two-character emission key.
  private static func pairScalars(_ key: UInt64) -> (Unicode.Scalar, Unicode.Scalar)? {
    guard let first = Unicode.Scalar(UInt32(key & 0x1F_FFFF) &- 1),
      let second = Unicode.Scalar(UInt32(key >> 21) &- 1)
    else { return nil }
    return (first, second)
  }

  /// A syllable spelled as indices of the truth alphabet (nil if it has a letter outside it).
  func truthCodes(_ syllable: String) -> [Int]? {
    var codes: [Int] = []
    for scalar in syllable.unicodeScalars {
      guard let code = truthIndex[scalar] else { return nil }
      codes.append(code)
    }
    return codes
  }

  /// An OCR token (lower case, NFC) as indices of the OCR alphabet; 0 for unseen signs.
  ///
  /// A letter the table never saw in OCR output stands for its base letter ("ǎ", "ȧ" of gocr
  /// for "a"): an engine's own look-alike marks say less than the letter under them.
  func ocrCodes(_ token: String) -> [Int] {
    token.unicodeScalars.map { scalar in
      if let code = ocrIndex[scalar] { return code }
      guard scalar.value >= 0x80, scalar.properties.isAlphabetic,
        let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first,
        base != scalar
      else { return 0 }
      return ocrIndex[base] ?? 0
    }
  }

  /// Log probabilities for aligning syllables with one OCR token, read from small tables:
  /// per truth letter `t`, of becoming the token's character `j` (`emission[t * count + j]`)
  /// or its pair of characters ending at `j` (`pair[t * count + j]`, `j` ≥ 1).
  struct TokenTables {
    /// The token's length.
    let count: Int
    let emission: [Float]
    let pair: [Float]
    let deletion: [Float]
  }

  /// The tables for aligning syllables with `ocr`, worked out once per token.
  func tables(for ocr: [Int]) -> TokenTables {
    let m = ocr.count
    let letters = deletion.count
    var emission = [Float](repeating: 0, count: letters * m)
    var pair = [Float](repeating: 0, count: letters * m)
    for t in 0..<letters {
      let row = t * ocrCount
      for j in 0..<m {
        emission[t * m + j] = single[row + ocr[j]]
        guard j >= 1 else { continue }
        pair[t * m + j] = pairScore(t, ocr[j - 1], ocr[j])
      }
    }
    return TokenTables(count: m, emission: emission, pair: pair, deletion: deletion)
  }

  /// log10 P of truth letter `t` becoming the OCR characters `first` and `second`: a pair the
  /// table counted, or either character's own probability less a penalty.
  @inline(__always)
  func pairScore(_ t: Int, _ first: Int, _ second: Int) -> Float {
    let row = t * ocrCount
    var score = max(single[row + first], single[row + second]) - 2.5
    if pairStarts[row + first] {
      for entry in double[t] where entry.first == first && entry.second == second {
        score = max(score, entry.logProbability)
      }
    }
    return score
  }

  /// log10 P of truth letter `t` becoming the one OCR character `o`.
  @inline(__always)
  func singleScore(_ t: Int, _ o: Int) -> Float { single[t * ocrCount + o] }

  /// log10 P of truth letter `t` becoming nothing.
  @inline(__always)
  func deletionScore(_ t: Int) -> Float { deletion[t] }

  /// log10 P(ocr | truth) along the best alignment in which each truth letter becomes
  /// zero, one or two OCR characters; `-greatestFiniteMagnitude` as soon as the score is
  /// sure to be at most `floor`.
  func logLikelihood(
    ocr: [Int], truth: [Int], floor: Float = -.greatestFiniteMagnitude
  ) -> Float {
    let impossible = -Float.greatestFiniteMagnitude
    let m = ocr.count
    let n = truth.count
    // Every truth letter becomes at most two OCR characters.
    guard m <= 2 * n else { return impossible }
    guard n > 0 else { return 0 }
    let width = m + 1
    return withUnsafeTemporaryAllocation(of: Float.self, capacity: (n + 1) * width) { f in
      f.initialize(repeating: impossible)
      f[0] = 0
      for i in 1...n {
        let t = truth[i - 1]
        let row = t * ocrCount
        let skip = deletion[t]
        // Only cells that are reachable (at most two characters per letter so far) and can
        // still reach the end (at most two per letter left) are filled; the others stay
        // impossible, and the scores along any complete alignment are unchanged.
        let low = max(0, m - 2 * (n - i))
        let high = min(m, 2 * i)
        // Every step adds a log probability (≤ 0), so a row's best bounds the final score.
        var rowBest = impossible
        for j in low...high {
          var best = f[(i - 1) * width + j] + skip
          if j >= 1 {
            best = max(best, f[(i - 1) * width + j - 1] + single[row + ocr[j - 1]])
          }
          if j >= 2 {
            let previous = f[(i - 1) * width + j - 2]
            if previous > impossible {
              best = max(best, previous + pairScore(t, ocr[j - 2], ocr[j - 1]))
            }
          }
          f[i * width + j] = best
          rowBest = max(rowBest, best)
        }
        if rowBest <= floor { return impossible }
      }
      return f[n * width + m]
    }
  }
}
