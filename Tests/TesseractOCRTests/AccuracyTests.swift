import Foundation
import PageImaging
import TestSupport
import Testing

@testable import TesseractOCR

/// Body character error rates of raw OCR (before restoration) on the seal-stamped synthetic
/// dispatches, against the ground truth typeset into them.
@Suite("OCR accuracy on synthetic dispatches")
struct AccuracyTests {
  /// Mean body CER over a set, with the per-file figures for the failure message.
  private func bodyErrorRates(set: String) async throws -> (mean: Double, perFile: [String: Double]) {
    let fixtures = try FixtureManifest.scans(inSet: set)
    #expect(!fixtures.isEmpty, "no fixtures in set \(set)")
    var rates: [String: Double] = [:]
    for fixture in fixtures {
      let pages = try await FixtureRecognition.pages(of: fixture)
      let text = pages.map(\.text).joined(separator: "\n")
      let body = fixture.pages.map(\.body).joined(separator: "\n")
      rates[fixture.file] = ErrorRate.passageCharacterErrorRate(passage: body, in: text)
    }
    let mean = rates.values.reduce(0, +) / Double(max(1, rates.count))
    return (mean, rates)
  }

  @Test("200 ppi scans: mean body CER at most 1.0%")
  func bodyErrorRateAt200ppi() async throws {
    let (mean, perFile) = try await bodyErrorRates(set: "ppi200")
    #expect(mean <= 0.010, "mean body CER \(mean): \(perFile)")
  }

  @Test("150 ppi scans: mean body CER at most 2.0%")
  func bodyErrorRateAt150ppi() async throws {
    let (mean, perFile) = try await bodyErrorRates(set: "ppi150")
    #expect(mean <= 0.020, "mean body CER \(mean): \(perFile)")
  }

  @Test("The signer's name is read on every sealed page")
  func signerReadThroughSeal() async throws {
    let fixtures = try FixtureManifest.scans().filter { $0.seal == true && ($0.set == "ppi200" || $0.set == "ppi150") }
    for fixture in fixtures {
      let pages = try await FixtureRecognition.pages(of: fixture)
      for (truth, page) in zip(fixture.pages, pages) {
        guard let signer = truth.signer, !signer.isEmpty else { continue }
        #expect(page.text.contains(signer), "\(fixture.file) page \(page.number): '\(signer)' not in \(page.lines.suffix(4).map(\.text))")
      }
    }
  }
}
