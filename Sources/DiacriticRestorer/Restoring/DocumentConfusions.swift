/// What one document's OCR of unknown origin makes of each letter, counted from the readings
/// a first decoding chose: the confusions of an engine no table was learnt from ("_" for
/// "ư", "d" for "đ", "ǎ" for "ă", "â. " for "ậ") are that engine's habits, and show in its
/// own output.
///
/// Every word on such lines read as a syllable counts, changed or kept: a letter read right
/// tells the rate of reading it right. Each is aligned with its reading along the best
/// alignment of the confusion model that decoded it.
///
/// ```swift
/// var confusions = DocumentConfusions()
/// confusions.add(ocr: "d_", reading: "đư", model: generic)
/// let adapted = generic.adapted(to: confusions.counts, priorLetters: 30)
/// ```
struct DocumentConfusions {
  /// The letters of the readings and what the OCR made of them.
  private(set) var counts = ConfusionModel.TableCounts()
  /// The words counted.
  private(set) var words = 0

  /// Counts the letters of `reading` (a syllable) as `ocr` (the word as the OCR wrote it,
  /// lower case) shows them; a pair `model` cannot align is left out.
  mutating func add(ocr: String, reading: String, model: ConfusionModel) {
    guard let truth = model.truthCodes(reading),
      let ranges = model.alignment(ocr: model.ocrCodes(ocr), truth: truth)
    else { return }
    let written = Array(ocr.unicodeScalars)
    for (letter, range) in zip(reading.unicodeScalars, ranges) {
      var emitted = String.UnicodeScalarView()
      emitted.append(contentsOf: written[range])
      counts.add(1, of: letter, readAs: String(emitted))
    }
    words += 1
  }
}
