import Foundation
import TestSupport
import Testing

@testable import DiacriticRestorer

/// Runs of letters another engine wrote without spaces, cut into syllables by
/// ``WordSegmenter``.
@Suite struct WordSegmenterTests {
  private func restorer() throws -> DiacriticRestorer {
    try #require(SharedRestorer.instance, "the committed model in Dictionaries/ must load")
  }

  /// The pieces of up to eight characters from each of the first `places` places of the
  /// gocr fixture with its spaces and line breaks taken out, as the segmenter forms them.
  private func piecesOfGluedGOCR(places: Int) throws -> [[String]] {
    let text = try RepositoryPaths.fixtureText("restorer/heldout-engine/ocr-gocr-output.txt")
    let glued = Array(text.unicodeScalars.filter { $0 != " " && $0 != "\n" }.prefix(places + 8))
    return (0..<places).map { start in
      (start + 1...start + WordSegmenter.longestPiece).map { end in
        var piece = String.UnicodeScalarView()
        piece.append(contentsOf: glued[start..<end])
        return LineAnalysis.lowerForm(String(piece)[...])
      }
    }
  }

  @Test func oneWalkOfTheTrieReadsEveryPieceFromAPlaceAsSeparateSearchesDo() throws {
    let generator = try restorer().generator
    var compared = 0
    var read = 0
    for pieces in try piecesOfGluedGOCR(places: 40) {
      let together = generator.bestOtherReadings(ofPrefixes: pieces)
      try #require(together.count == pieces.count)
      for (piece, reading) in zip(pieces, together) {
        // A search may list a syllable no alignment reaches (score −∞): no reading either.
        let alone = generator.bestOtherReading(piece).flatMap {
          $0.score > -.greatestFiniteMagnitude ? $0 : nil
        }
        #expect(reading?.id == alone?.id, "\(piece)")
        #expect(reading?.score == alone?.score, "\(piece)")
        compared += 1
        if alone != nil { read += 1 }
      }
    }
    #expect(compared == 320)
    // Most pieces have a reading: the comparison is not one of nils.
    #expect(read > 200)
  }
}
