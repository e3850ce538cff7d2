import DispatchParser
import Foundation
import TesseractOCR

/// The JSON form of a scanned document, as `vanban scan --format json` prints it.
///
/// The keys are a contract other tools rely on: `source`, `pages` (each with `number`, `text`,
/// `rawText`, `lines` with words, boxes and confidences) and `text`. Keys are only ever added.
package struct DocumentJSON: Encodable, Sendable {
  /// The input file as given.
  package var source: String
  /// The format recognised from the content.
  package var format: String
  /// Number of pages.
  package var pageCount: Int
  /// The pages in order.
  package var pages: [PageJSON]
  /// The document's final text.
  package var text: String
  /// Tesseract's text of the document.
  package var rawText: String
  /// The structured record, `null` when parsing was off.
  package var record: DispatchRecord?
  /// What a reader should know about how the document was read.
  package var notes: [String]

  /// The JSON form of `document`.
  package init(_ document: DocumentResult) {
    source = document.source
    format = document.format.rawValue
    pageCount = document.pages.count
    pages = document.pages.map(PageJSON.init)
    text = document.text
    rawText = document.rawText
    record = document.record
    notes = document.notes
  }

  private enum CodingKeys: String, CodingKey {
    case source, format, pageCount, pages, text, rawText, record, notes
  }

  /// Encodes the document's keys in a fixed order, `record` as `null` when parsing was off.
  package func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(source, forKey: .source)
    try container.encode(format, forKey: .format)
    try container.encode(pageCount, forKey: .pageCount)
    try container.encode(pages, forKey: .pages)
    try container.encode(text, forKey: .text)
    try container.encode(rawText, forKey: .rawText)
    try container.encode(record, forKey: .record)
    try container.encode(notes, forKey: .notes)
  }

  /// One page as the `pages` array holds it: its texts, the size and resolution of the
  /// recognised image, the turn and skew clean-up removed, and its lines with words and boxes.
  package struct PageJSON: Encodable, Sendable {
    /// 1-based page number.
    package var number: Int
    /// The page's final text.
    package var text: String
    /// Tesseract's text of the page.
    package var rawText: String
    /// The text layer the PDF page already had, when it had one.
    package var textLayer: String?
    /// Width of the recognised image in pixels; boxes are in its coordinates.
    package var width: Int
    /// Height of the recognised image in pixels.
    package var height: Int
    /// Resolution of the recognised image in ppi.
    package var resolution: Int
    /// Clockwise rotation applied to turn the page upright.
    package var rotation: Int
    /// Skew removed by clean-up, in degrees.
    package var skew: Double
    /// Mean word confidence, 0–100.
    package var confidence: Double
    /// Lines in reading order.
    package var lines: [TextLine]
    /// What the second looks did that a reader should know ("number: the number is handwritten
    /// and could not be read").
    package var notes: [String]

    init(_ page: PageResult) {
      number = page.number
      text = page.text
      rawText = page.rawText
      textLayer = page.textLayer
      width = page.recognition.width
      height = page.recognition.height
      resolution = page.recognition.resolution
      rotation = page.recognition.rotation
      skew = (page.recognition.cleanup.skewDegrees * 100).rounded() / 100
      confidence = (page.recognition.meanConfidence * 10).rounded() / 10
      lines = page.recognition.lines
      notes = page.recognition.notes
    }

    private enum CodingKeys: String, CodingKey {
      case number, text, rawText, textLayer, width, height, resolution, rotation, skew, confidence,
        lines, notes
    }

    /// Encodes the page's keys in a fixed order, `textLayer` as `null` when there was none.
    package func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(number, forKey: .number)
      try container.encode(text, forKey: .text)
      try container.encode(rawText, forKey: .rawText)
      try container.encode(textLayer, forKey: .textLayer)
      try container.encode(width, forKey: .width)
      try container.encode(height, forKey: .height)
      try container.encode(resolution, forKey: .resolution)
      try container.encode(rotation, forKey: .rotation)
      try container.encode(skew, forKey: .skew)
      try container.encode(confidence, forKey: .confidence)
      try container.encode(lines, forKey: .lines)
      try container.encode(notes, forKey: .notes)
    }
  }

  /// One compact JSON line for `document`, keys sorted so that the same input gives the same bytes.
  package static func line(for document: DocumentResult) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let data = try encoder.encode(DocumentJSON(document))
    return String(decoding: data, as: UTF8.self)
  }
}
