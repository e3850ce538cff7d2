import Foundation

/// Interpolated Kneser–Ney estimation of a trigram model, converted to back-off form.
///
/// Lower orders use continuation counts (how many different tokens precede an n-gram),
/// except after `<s>`, whose contexts use raw counts. One absolute discount per order,
/// `D = n1 / (n1 + 2 n2)`. After pruning by count, each context's back-off weight is
/// recomputed as `(1 − Σ kept P_high) / (1 − Σ kept P_low)` so the model still sums to 1.
struct KneserNeyEstimator {
  struct Estimate {
    /// Packed (probability, back-off) per vocabulary ID.
    var unigrams: [UInt16]
    var bigrams: [(key: UInt64, value: UInt16)]
    var trigrams: [(key: UInt64, value: UInt16)]
  }

  let trigramCounts: [UInt64: UInt32]
  let vocabularyCount: Int
  let configuration: ModelBuilder.Configuration

  private static func discount(_ counts: some Sequence<UInt32>) -> Double {
    var n1 = 0.0
    var n2 = 0.0
    for count in counts {
      if count == 1 { n1 += 1 } else if count == 2 { n2 += 1 }
    }
    return n1 + n2 > 0 ? n1 / (n1 + 2 * n2) : 0.5
  }

  func estimate(log: (String) -> Void) -> Estimate {
    // Iterating in key order (not hash order) makes floating-point sums, and so the file,
    // identical from one build to the next.
    let trigramCounts = self.trigramCounts.sorted { $0.key < $1.key }
    let start = UInt64(SpecialToken.sentenceStart.rawValue)
    let d3 = Self.discount(trigramCounts.map(\.value))
    // Continuation counts of bigrams; raw counts for bigrams starting with <s>.
    var continuation: [UInt32: UInt32] = [:]
    var contextTotal: [UInt32: (total: UInt32, types: UInt32)] = [:]
    for (key, count) in trigramCounts {
      let bc = UInt32(truncatingIfNeeded: key & 0xFFFF_FFFF)
      let ab = UInt32(truncatingIfNeeded: key >> 16)
      continuation[bc, default: 0] += (UInt64(bc >> 16) == start) ? count : 1
      let old = contextTotal[ab] ?? (0, 0)
      contextTotal[ab] = (old.total + count, old.types + 1)
    }
    let d2 = Self.discount(continuation.values)
    let sortedContinuation = continuation.sorted { $0.key < $1.key }
    var bigramTotal = [Double](repeating: 0, count: vocabularyCount)
    var bigramTypes = [Double](repeating: 0, count: vocabularyCount)
    var unigramContinuation = [Double](repeating: 0, count: vocabularyCount)
    for (bc, count) in sortedContinuation {
      let b = Int(bc >> 16)
      bigramTotal[b] += Double(count)
      bigramTypes[b] += 1
      unigramContinuation[Int(bc & 0xFFFF)] += 1
    }
    let d1 = Self.discount(unigramContinuation.map { UInt32($0) })
    log(String(format: "discounts D1 %.3f D2 %.3f D3 %.3f", d1, d2, d3))

    let total1 = unigramContinuation.reduce(0, +)
    let types1 = Double(unigramContinuation.filter { $0 > 0 }.count)
    let uniform = 1 / Double(vocabularyCount - 2)
    var p1 = unigramContinuation.map { max($0 - d1, 0) / total1 + d1 * types1 / total1 * uniform }
    p1[Int(SpecialToken.none.rawValue)] = uniform
    p1[Int(start)] = uniform

    func p2(_ b: Int, _ c: Int, _ count: UInt32?) -> Double {
      guard bigramTotal[b] > 0 else { return p1[c] }
      let gamma = d2 * bigramTypes[b] / bigramTotal[b]
      return max(Double(count ?? 0) - d2, 0) / bigramTotal[b] + gamma * p1[c]
    }

    // Trigrams to keep: by count, then, with a cap, those that matter most.
    var trigramKept = trigramCounts.map { $0.value >= configuration.minimumTrigramCount }
    if let cap = configuration.maximumTrigrams {
      var scored: [(index: Int, score: Double)] = []
      for (index, (key, count)) in trigramCounts.enumerated() where trigramKept[index] {
        let ab = UInt32(truncatingIfNeeded: key >> 16)
        let bc = UInt32(truncatingIfNeeded: key & 0xFFFF_FFFF)
        guard let context = contextTotal[ab] else { continue }
        let lower = p2(Int(bc >> 16), Int(bc & 0xFFFF), continuation[bc])
        let total = Double(context.total)
        let gamma = d3 * Double(context.types) / total
        let p = max(Double(count) - d3, 0) / total + gamma * lower
        scored.append((index, Double(count) * abs(log10(p) - log10(gamma * lower))))
      }
      if scored.count > cap {
        scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }
        for entry in scored[cap...] { trigramKept[entry.index] = false }
      }
    }
    // Every kept trigram's context and last two tokens stay as bigrams: the model looks a
    // trigram up only when both are stored.
    var trigramContexts = Set<UInt32>()
    for (index, (key, _)) in trigramCounts.enumerated() where trigramKept[index] {
      trigramContexts.insert(UInt32(truncatingIfNeeded: key >> 16))
      trigramContexts.insert(UInt32(truncatingIfNeeded: key & 0xFFFF_FFFF))
    }

    // Bigrams: kept by count, or because they are the context of a trigram.
    var bigramKept = Set<UInt32>()
    var bigramScores: [(bc: UInt32, score: Double)] = []
    for (bc, count) in sortedContinuation where count >= configuration.minimumBigramCount {
      if trigramContexts.contains(bc) || configuration.maximumBigrams == nil {
        bigramKept.insert(bc)
        continue
      }
      let b = Int(bc >> 16)
      let c = Int(bc & 0xFFFF)
      guard bigramTotal[b] > 0 else { continue }
      let gamma = d2 * bigramTypes[b] / bigramTotal[b]
      let p = p2(b, c, count)
      bigramScores.append((bc, Double(count) * abs(log10(p) - log10(gamma * p1[c]))))
    }
    if let cap = configuration.maximumBigrams {
      bigramScores.sort { $0.score != $1.score ? $0.score > $1.score : $0.bc < $1.bc }
      for entry in bigramScores.prefix(max(0, cap - bigramKept.count)) {
        bigramKept.insert(entry.bc)
      }
    }
    bigramKept.formUnion(trigramContexts.filter { continuation[$0] != nil })
    var keptBigrams: [UInt32: Double] = [:]
    var bigramMass = [(high: Double, low: Double)](repeating: (0, 0), count: vocabularyCount)
    for (bc, count) in sortedContinuation where bigramKept.contains(bc) {
      let b = Int(bc >> 16)
      let c = Int(bc & 0xFFFF)
      let p = p2(b, c, count)
      keptBigrams[bc] = p
      bigramMass[b].high += p
      bigramMass[b].low += p1[c]
    }
    var unigrams = [UInt16](repeating: 0, count: vocabularyCount)
    for id in 0..<vocabularyCount {
      let backoff = Self.backoff(bigramMass[id].high, bigramMass[id].low)
      unigrams[id] = ModelLayout.quantise(probability: Float(log10(p1[id])), backoff: backoff)
    }

    // Trigrams, grouped by context to renormalise after pruning.
    var trigramMass: [UInt32: (high: Double, low: Double)] = [:]
    var trigrams: [(key: UInt64, value: UInt16)] = []
    for (index, (key, count)) in trigramCounts.enumerated() where trigramKept[index] {
      let ab = UInt32(truncatingIfNeeded: key >> 16)
      let bc = UInt32(truncatingIfNeeded: key & 0xFFFF_FFFF)
      let b = Int(bc >> 16)
      let c = Int(bc & 0xFFFF)
      guard let context = contextTotal[ab] else { continue }
      let lower = keptBigrams[bc] ?? p2(b, c, continuation[bc])
      let total = Double(context.total)
      let p = max(Double(count) - d3, 0) / total + d3 * Double(context.types) / total * lower
      trigrams.append((key, ModelLayout.quantise(probability: Float(log10(p)), backoff: 0)))
      let old = trigramMass[ab] ?? (0, 0)
      trigramMass[ab] = (old.high + p, old.low + lower)
    }
    var bigrams: [(key: UInt64, value: UInt16)] = []
    bigrams.reserveCapacity(keptBigrams.count + 1)
    for (bc, p) in keptBigrams.sorted(by: { $0.key < $1.key }) {
      let mass = trigramMass[bc] ?? (0, 0)
      let value = ModelLayout.quantise(
        probability: Float(log10(p)), backoff: Self.backoff(mass.high, mass.low))
      bigrams.append((UInt64(bc), value))
    }
    // The <s> <s> context is no bigram but carries the back-off weight of sentence starts.
    let startContext = UInt32(start << 16 | start)
    if let mass = trigramMass[startContext] {
      bigrams.append(
        (
          UInt64(startContext),
          ModelLayout.quantise(probability: -8, backoff: Self.backoff(mass.high, mass.low))
        ))
    }
    return Estimate(unigrams: unigrams, bigrams: bigrams, trigrams: trigrams)
  }

  private static func backoff(_ high: Double, _ low: Double) -> Float {
    guard high > 0, low < 1 else { return 0 }
    return Float(log10(max(1e-12, 1 - high) / max(1e-12, 1 - low)))
  }
}
