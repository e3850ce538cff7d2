import Testing

@testable import DiacriticRestorer

/// The decoder's beam: the floor it raises to its worst kept state.
struct ViterbiDecoderTests {
  @Test func selectionFindsTheSameValueAsSorting() {
    var generator = SystemRandomNumberGenerator()
    for size in [1, 2, 3, 12, 13, 40, 200] {
      for _ in 0..<50 {
        // Few distinct values, so that ties are common, as among states of equal score.
        let values = (0..<size).map { _ in Float(Int.random(in: -8...0, using: &generator)) / 2 }
        let sorted = values.sorted(by: >)
        for k in [1, min(12, size), size] {
          var scratch = values
          #expect(ViterbiDecoder.largest(k, of: &scratch) == sorted[k - 1])
        }
      }
    }
  }
}
