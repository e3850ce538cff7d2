import DiacriticRestorer
import PageImaging
import TesseractOCR

/// One page of a scanned document: what Tesseract read and the text VanBan made of it.
public struct PageResult: Sendable {
  /// The 1-based page number.
  public var number: Int
  /// Tesseract's words, lines and blocks, with boxes and confidences.
  public var recognition: RecognizedPage
  /// The page's text in reading order as Tesseract read it.
  public var rawText: String { recognition.text }
  /// The page's final text: restored when a restorer ran, otherwise Tesseract's.
  public var text: String { restoration?.text ?? rawText }
  /// What the restorer changed, with alternatives and confidences; `nil` when it did not run.
  public var restoration: RestorationResult?
  /// The text layer the PDF page already carried (an earlier OCR), if any.
  public var textLayer: String?
  /// The digital signatures whose fields the PDF page carries.
  public var signatures: [PDFSignature] = []

  /// A page from what Tesseract read and, when the restorer ran, what it made of the text.
  public init(
    number: Int, recognition: RecognizedPage, restoration: RestorationResult? = nil,
    textLayer: String? = nil
  ) {
    self.number = number
    self.recognition = recognition
    self.restoration = restoration
    self.textLayer = textLayer
  }
}
