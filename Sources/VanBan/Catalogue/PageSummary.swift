/// What the catalogue keeps of one page: its texts, its size, and a summary of Tesseract's word
/// confidences (the words themselves, with boxes, go to the ALTO file).
struct PageSummary: Sendable {
  var number: Int
  var text: String
  var rawText: String
  var width: Int
  var height: Int
  var wordCount: Int
  var meanConfidence: Double
  var minConfidence: Double
  var lowConfidenceWords: Int

  /// A summary from its parts, as a catalogue stores them.
  init(
    number: Int, text: String, rawText: String, width: Int, height: Int, wordCount: Int,
    meanConfidence: Double, minConfidence: Double, lowConfidenceWords: Int
  ) {
    self.number = number
    self.text = text
    self.rawText = rawText
    self.width = width
    self.height = height
    self.wordCount = wordCount
    self.meanConfidence = meanConfidence
    self.minConfidence = minConfidence
    self.lowConfidenceWords = lowConfidenceWords
  }

  /// The summary of a page read.
  init(_ page: PageResult) {
    let confidences = page.recognition.lines.flatMap { $0.words.map(\.confidence) }
    number = page.number
    text = page.text
    rawText = page.rawText
    width = page.recognition.width
    height = page.recognition.height
    wordCount = confidences.count
    meanConfidence = confidences.isEmpty ? 0 : confidences.reduce(0, +) / Double(confidences.count)
    minConfidence = confidences.min() ?? 0
    lowConfidenceWords = confidences.filter { $0 < Catalogue.lowConfidence }.count
  }
}
