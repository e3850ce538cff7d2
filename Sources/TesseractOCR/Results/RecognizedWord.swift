/// One word as Tesseract read it.
public struct RecognizedWord: Sendable, Hashable, Codable {
  /// The word's text (UTF-8, NFC as Tesseract produces it).
  public var text: String
  /// Where it is on the page.
  public var box: BoundingBox
  /// Tesseract's confidence, 0–100.
  public var confidence: Double

  /// A word from its parts.
  public init(text: String, box: BoundingBox, confidence: Double) {
    self.text = text
    self.box = box
    self.confidence = confidence
  }
}
