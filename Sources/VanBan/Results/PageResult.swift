import TesseractOCR

/// One page of a scanned document: what Tesseract read and the text VanBan made of it.
public struct PageResult: Sendable {
  /// The 1-based page number.
  public var number: Int
  /// Tesseract's words, lines and blocks, with boxes and confidences.
  public var recognition: RecognizedPage
  /// The page's text in reading order as Tesseract read it.
  public var rawText: String { recognition.text }
  /// The page's final text. Equal to ``rawText`` until a restorer is applied.
  public var text: String
  /// The text layer the PDF page already carried (an earlier OCR), if any.
  public var textLayer: String?

  /// A page result; `text` defaults to Tesseract's text.
  public init(number: Int, recognition: RecognizedPage, text: String? = nil, textLayer: String? = nil) {
    self.number = number
    self.recognition = recognition
    self.text = text ?? recognition.text
    self.textLayer = textLayer
  }
}
