import Foundation
import TestSupport
import Testing

@testable import DiacriticRestorer

/// The document cache: readings a text vouches for gain weight later on, rare ones more.
struct DocumentCacheTests {
  @Test func rareReadingsTheDocumentRepeatsGainMoreThanCommonOnes() {
    // Three words: special tokens first, then a common word (1 in 10) and a rare one (1 in 10⁵).
    let special = SpecialToken.allCases.count
    var unigrams = [Float](repeating: -8, count: special + 2)
    unigrams[special] = -1
    unigrams[special + 1] = -5
    var cache = DocumentCache(unigrams: unigrams)
    #expect(cache.isEmpty)
    let common = UInt16(special)
    let rare = UInt16(special + 1)
    cache.add(common, weight: 1)
    cache.add(rare, weight: 1)
    #expect(cache.contains(rare))
    #expect(cache.bonus(for: rare) > cache.bonus(for: common))
    // Half the cache at 10⁻⁵: 0.1 × 0.5 / 10⁻⁵ = 5000 times likelier.
    #expect(abs(cache.bonus(for: rare) - log10(1 + 5000)) < 0.01)
    // The common word, as often in the document as in the corpus times five: 1.5 times likelier.
    #expect(abs(cache.bonus(for: common) - log10(1.5)) < 0.01)
    // Special tokens never enter.
    cache.add(0)
    #expect(!cache.contains(0))
  }

  @Test func pairsAreKeptWithTheirNeighboursAndWeighMoreWhenRepeated() {
    let special = SpecialToken.allCases.count
    var cache = DocumentCache(unigrams: [Float](repeating: -4, count: special + 3))
    let ward = UInt16(special)
    let le = UInt16(special + 1)
    let chan = UInt16(special + 2)
    #expect(cache.hasNoPairs)
    cache.addPair(ward, le)
    cache.addPair(le, chan, weight: 0.95)
    cache.addPair(le, chan)
    #expect(!cache.hasNoPairs)
    #expect(cache.words(before: chan) == [le])
    #expect(cache.words(after: ward) == [le])
    #expect(cache.words(after: chan).isEmpty)
    // Order matters: "Chân Lê" was never vouched for.
    #expect(cache.pairBonus(chan, le) == 0)
    #expect(abs(cache.pairBonus(ward, le) - log10(1 + DocumentCache.pairShare)) < 0.001)
    #expect(cache.pairBonus(le, chan) > cache.pairBonus(ward, le))
    // Special tokens (numbers, punctuation) make no pair.
    cache.addPair(0, le)
    #expect(cache.words(before: le) == [ward])
  }

  @Test func theWardsNameIsRightEverywhereInTheSeed() throws {
    // The header's "Phuong L8 Chan" comes before the body's confident "phường Lê Chân", and the
    // body's "phuong L& Chan" reads "Lở" on its own: the document's pairs settle both.
    let restorer = try #require(SharedRestorer.instance)
    let input = try RepositoryPaths.fixtureText("restorer/seed-dispatch-ocr.txt")
    let truth = try RepositoryPaths.fixtureText("restorer/seed-dispatch-truth.txt")
    let restored = restorer.restore(input).text.split(separator: "\n")
    let expected = truth.split(separator: "\n")
    var checked = 0
    for (line, right) in zip(restored, expected) where right.lowercased().contains("lê chân") {
      #expect(line.lowercased().contains("phường lê chân"), "\(line)")
      checked += 1
    }
    #expect(checked >= 5)
    var plain = restorer.configuration
    plain.documentConsistency = false
    let without = try DiacriticRestorer(
      modelDirectory: RepositoryPaths.dictionaries, configuration: plain)
    let before = without.restore(input).text.split(separator: "\n")
    #expect(
      zip(before, expected).contains {
        !$0.lowercased().contains("phường lê chân") && $1.lowercased().contains("lê chân")
      })
  }

  @Test func consistencyNeverLowersAccuracyOnTheSeed() throws {
    let restorer = try #require(SharedRestorer.instance)
    var plain = restorer.configuration
    plain.documentConsistency = false
    let without = try DiacriticRestorer(
      modelDirectory: RepositoryPaths.dictionaries, configuration: plain)
    let input = try RepositoryPaths.fixtureText("restorer/seed-dispatch-ocr.txt")
    let truth = try RepositoryPaths.fixtureText("restorer/seed-dispatch-truth.txt")
    let right = { (text: String) in
      zip(text.split(separator: "\n"), truth.split(separator: "\n")).map {
        WordAlignment.score(reference: String($1), hypothesis: String($0)).correct
      }.reduce(0, +)
    }
    #expect(right(restorer.restore(input).text) >= right(without.restore(input).text))
  }
}
