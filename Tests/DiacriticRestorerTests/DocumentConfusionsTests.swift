import Foundation
import TestSupport
import Testing

@testable import DiacriticRestorer

/// A document's own OCR confusions (issue 12, the moonshot): counted from a first decoding,
/// added to the table's, and decoded with again.
@Suite struct DocumentConfusionsTests {
  /// The restorer with the pooled table learnt without gocr.
  private func heldOutRestorer() throws -> DiacriticRestorer {
    let shared = try #require(SharedRestorer.instance, "the committed model must load")
    let set = try #require(EvaluationSet.heldOut.first { $0.name.hasPrefix("gocr") })
    return try set.restorer(from: shared, in: RepositoryPaths.fixture("restorer"))
  }

  @Test func eachLetterIsCountedAsWhatTheOCRWroteForIt() throws {
    let generic = try heldOutRestorer().generator.generic
    var confusions = DocumentConfusions()
    confusions.add(ocr: "lâ.p", reading: "lập", model: generic)
    confusions.add(ocr: "d_", reading: "đư", model: generic)
    confusions.add(ocr: "tǎ't", reading: "tắt", model: generic)
    #expect(confusions.words == 3)
    func count(_ letter: Unicode.Scalar, _ written: String) -> Double {
      confusions.counts.characters[letter]?.short[ConfusionModel.emissionKey(written)!] ?? 0
    }
    #expect(count("l", "l") == 1)
    #expect(count("ậ", "â.") == 1)
    #expect(count("p", "p") == 1)
    #expect(count("đ", "d") == 1)
    #expect(count("ư", "_") == 1)
    // gocr's own look-alike is counted as it was written, not as the letter under it.
    #expect(count("ắ", "ǎ'") == 1)
    #expect(confusions.counts.emittedScalars.contains("ǎ"))
    // A pair the model cannot align (more than two characters per letter) is left out.
    confusions.add(ocr: "abcdefg", reading: "a", model: generic)
    #expect(confusions.words == 3)
  }

  @Test func theAdaptedTableTakesTheDocumentsRatesForLettersItReadOften() throws {
    let generic = try heldOutRestorer().generator.generic
    var confusions = DocumentConfusions()
    for _ in 0..<60 { confusions.add(ocr: "th_", reading: "thư", model: generic) }
    for _ in 0..<60 { confusions.add(ocr: "nh_ng", reading: "những", model: generic) }
    let adapted = generic.adapted(to: confusions.counts, priorLetters: 30)
    func score(_ model: ConfusionModel, _ ocr: String, _ truth: String) throws -> Float {
      model.logLikelihood(ocr: model.ocrCodes(ocr), truth: try #require(model.truthCodes(truth)))
    }
    // The document writes ư and ữ as `_` every time: so does the adapted table, nearly.
    #expect(try score(adapted, "th_", "thư") > score(generic, "th_", "thư") + 0.5)
    #expect(try score(adapted, "th_", "thư") > -0.5)
    #expect(try score(adapted, "nh_ng", "những") > score(generic, "nh_ng", "những"))
    // Letters the document never showed keep the table's rates.
    #expect(try abs(score(adapted, "ca", "cá") - score(generic, "ca", "cá")) < 0.1)
    // The same counts make the same model, whatever the order of the dictionaries.
    let again = generic.adapted(to: confusions.counts, priorLetters: 30)
    for (ocr, truth) in [("th_", "thư"), ("nh_ng", "những"), ("d_", "để"), ("tho", "thọ")] {
      #expect(try score(again, ocr, truth) == score(adapted, ocr, truth))
    }
  }

  @Test func aDocumentsOwnConfusionsRepairMoreOfAnEngineNoTableKnows() throws {
    let adapting = try heldOutRestorer()
    var fixed = adapting.configuration
    fixed.adaptsToDocument = false
    let plain = try DiacriticRestorer(
      modelDirectory: RepositoryPaths.dictionaries, channelTables: adapting.channelTables,
      configuration: fixed)
    // The set's first 100 lines (1,772 words) as one document.
    let input = try SharedRestorer.lines("heldout-engine/ocr-gocr-output.txt", first: 100)
    let truth = try SharedRestorer.lines("heldout-engine/ocr-gocr-truth.txt", first: 100)
    func errors(_ restorer: DiacriticRestorer) -> Int {
      let restored = restorer.restoredText(input).split(separator: "\n")
      return zip(truth.split(separator: "\n"), restored).reduce(0) {
        $0 + WordAlignment.score(reference: String($1.0), hypothesis: String($1.1)).errors
      }
    }
    let adapted = errors(adapting)
    let table = errors(plain)
    // Measured on the whole set: 1,224 word errors with the table alone, 995 adapted.
    #expect(Double(adapted) < Double(table) * 0.9, "\(adapted) against \(table)")
  }

  @Test func aShortDocumentKeepsTheTablesOwnRates() throws {
    let restorer = try heldOutRestorer()
    var decoder = ParagraphDecoder(restorer: restorer)
    let short = LineAnalysis("Tó ch_c th_. c hi_. n các cuô. c dàm phán\n", restorer: restorer)
    #expect(restorer.adapted(to: short, with: &decoder) == nil)
    let lines = try SharedRestorer.lines("heldout-engine/ocr-gocr-output.txt", first: 20)
    let long = LineAnalysis(lines, restorer: restorer)
    let adapted = try #require(restorer.adapted(to: long, with: &decoder))
    #expect(adapted.isAdaptedToDocument)
    #expect(!restorer.isAdaptedToDocument)
  }
}
