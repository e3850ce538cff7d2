extension ConfusionModel {
  /// What a model was built from: its table's counts and the smoothing asked for.
  struct Construction: Sendable {
    let counts: TableCounts
    let alphabet: Set<Unicode.Scalar>
    let wildcards: Set<Unicode.Scalar>
    let floor: [Unicode.Scalar: LetterCounts]
    let floorWeight: Double
  }

  /// This model with a document's own confusions (`document`, letters of the truth and what
  /// the document's OCR made of them) in its counts: per letter, the table's emissions
  /// scaled to `priorLetters` letters, so that a letter the document read many times takes
  /// its rates mostly from the document, and a rare one mostly from the table.
  ///
  /// The scaled counts are rounded to multiples of 1/1024, whose sums are exact in any
  /// order: the model does not depend on the order of a dictionary.
  func adapted(to document: TableCounts, priorLetters: Double) -> ConfusionModel {
    var counts = construction.counts
    for (letter, emissions) in counts.characters where emissions.total > 0 {
      var scaled = LetterCounts()
      let factor = priorLetters / emissions.total
      var longer = emissions.total
      for (key, count) in emissions.short {
        scaled.add(Self.exactly(count * factor), key: key)
        longer -= count
      }
      if longer > 0 { scaled.add(Self.exactly(longer * factor), key: nil) }
      counts.characters[letter] = scaled
    }
    for (letter, emissions) in document.characters {
      counts.characters[letter, default: LetterCounts()].add(emissions)
    }
    counts.emittedScalars.formUnion(document.emittedScalars)
    return ConfusionModel(
      counts: counts, alphabet: construction.alphabet, wildcards: construction.wildcards,
      floor: construction.floor, floorWeight: construction.floorWeight)
  }

  /// `value` rounded to a multiple of 1/1024.
  private static func exactly(_ value: Double) -> Double { (value * 1024).rounded() / 1024 }

  /// What each letter of `truth` became in `ocr` along the best alignment
  /// (``logLikelihood(ocr:truth:floor:)``'s): per letter, the range of `ocr` it was read as
  /// (empty when it was dropped); nil when no alignment exists.
  func alignment(ocr: [Int], truth: [Int]) -> [Range<Int>]? {
    let impossible = -Float.greatestFiniteMagnitude
    let m = ocr.count
    let n = truth.count
    guard n > 0, m <= 2 * n else { return nil }
    let width = m + 1
    var score = [Float](repeating: impossible, count: (n + 1) * width)
    // How many OCR characters the last letter became on the best path to each cell.
    var step = [Int8](repeating: -1, count: (n + 1) * width)
    score[0] = 0
    for i in 1...n {
      let t = truth[i - 1]
      for j in 0...m {
        var best = score[(i - 1) * width + j] + deletionScore(t)
        var taken: Int8 = 0
        if j >= 1, score[(i - 1) * width + j - 1] > impossible {
          let one = score[(i - 1) * width + j - 1] + singleScore(t, ocr[j - 1])
          if one > best { (best, taken) = (one, 1) }
        }
        if j >= 2, score[(i - 1) * width + j - 2] > impossible {
          let two = score[(i - 1) * width + j - 2] + pairScore(t, ocr[j - 2], ocr[j - 1])
          if two > best { (best, taken) = (two, 2) }
        }
        if score[(i - 1) * width + j] > impossible || taken > 0 {
          score[i * width + j] = best
          step[i * width + j] = taken
        }
      }
    }
    guard score[n * width + m] > impossible else { return nil }
    var ranges = [Range<Int>](repeating: 0..<0, count: n)
    var j = m
    for i in stride(from: n, through: 1, by: -1) {
      let taken = Int(step[i * width + j])
      ranges[i - 1] = (j - taken)..<j
      j -= taken
    }
    return ranges
  }
}
