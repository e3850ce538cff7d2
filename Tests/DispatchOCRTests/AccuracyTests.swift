import Foundation
import OCRTestSupport
import PageImaging
import TesseractOCR
import TestSupport
import Testing
import VietnameseText

@testable import DispatchOCR

/// Body character error rates of raw OCR (before restoration) on the seal-stamped synthetic
/// dispatches, against the ground truth typeset into them.
@Suite("OCR accuracy on synthetic dispatches")
struct AccuracyTests {
  /// Mean body CER over a set, with the per-file figures for the failure message.
  private func bodyErrorRates(set: String) async throws -> (mean: Double, perFile: [String: Double])
  {
    let fixtures = try FixtureManifest.scans(inSet: set)
    #expect(!fixtures.isEmpty, "no fixtures in set \(set)")
    var rates: [String: Double] = [:]
    for fixture in fixtures {
      let pages = try await dispatchRecognition.pages(of: fixture)
      let text = pages.map(\.text).joined(separator: "\n")
      let body = fixture.pages.map(\.body).joined(separator: "\n")
      rates[fixture.file] = ErrorRate.passageCharacterErrorRate(passage: body, in: text)
    }
    let mean = rates.values.reduce(0, +) / Double(max(1, rates.count))
    return (mean, rates)
  }

  // Issue 2 asks for 1.0% at 200 ppi; this build reads 0.99% (plain `tesseract -l vie`: 2.35%).
  @Test("200 ppi scans: mean body CER at most 1.0% (plain Tesseract 2.35%)")
  func bodyErrorRateAt200ppi() async throws {
    let (mean, perFile) = try await bodyErrorRates(set: "ppi200")
    #expect(mean <= 0.010, "mean body CER \(mean): \(perFile)")
  }

  @Test(
    "150 ppi scans: mean body CER at most 2.0% (plain Tesseract 23%, most of it dropped paragraphs)"
  )
  func bodyErrorRateAt150ppi() async throws {
    let (mean, perFile) = try await bodyErrorRates(set: "ppi150")
    #expect(mean <= 0.020, "mean body CER \(mean): \(perFile)")
  }

  @Test("The signer's name is read exactly under the seal on every sealed page, turned ones aside")
  func signerReadThroughSeal() async throws {
    let fixtures = try FixtureManifest.scans().filter { $0.seal == true }
    var missed: [String] = []
    var turnedMissed = 0
    var pages = 0
    for fixture in fixtures {
      let recognized = try await dispatchRecognition.pages(of: fixture)
      for (truth, page) in zip(fixture.pages, recognized) {
        guard let signer = truth.signer, !signer.isEmpty else { continue }
        pages += 1
        if page.text.contains(signer) { continue }
        let target = Array(signer.unicodeScalars)
        let closest =
          page.lines.map { ErrorRate.infixEditDistance(target, in: Array($0.text.unicodeScalars)) }
          .min() ?? target.count
        #expect(
          closest <= 2,
          "\(fixture.file): '\(signer)' not found; last lines \(page.lines.suffix(3).map(\.text))")
        if fixture.set == "rotation" {
          turnedMissed += 1
        } else {
          missed.append("\(fixture.file): \(page.lines.suffix(2).map(\.text))")
        }
      }
    }
    // Issue 2's target: every page of the 200 and 150 ppi sets, and the dark, skewed, phone,
    // grey, G4 and PDF scans besides. On the page turned by 90° a speck over the "i" of "Minh"
    // reads as an acute accent in every cut ("Mính"), which pixels alone cannot settle.
    #expect(pages >= 20, "only \(pages) sealed pages")
    #expect(missed.isEmpty, "signer not read exactly: \(missed)")
    #expect(turnedMissed <= 1, "signer not read exactly on \(turnedMissed) turned pages")
  }
}
