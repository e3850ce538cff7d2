import Foundation
import TesseractOCR

/// An ALTO 4 XML rendering of a document: per page its blocks, lines and restored words, each
/// with its box (pixels of the recognised image) and word confidence, as library and archive
/// viewers (Goobi, Kitodo, DFG viewer, eScriptorium) read them.
///
/// Lines are grouped into one text block per layout column run, so viewers keep the two-column
/// header and footer zones apart.
public struct AltoDocument: Sendable {
  /// The document rendered.
  public var document: DocumentResult

  /// An ALTO rendering of `document`.
  public init(_ document: DocumentResult) {
    self.document = document
  }

  /// The XML text, UTF-8.
  public var xml: String {
    var out = """
      <?xml version="1.0" encoding="UTF-8"?>
      <alto xmlns="http://www.loc.gov/standards/alto/ns-v4#" \
      xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
      xsi:schemaLocation="http://www.loc.gov/standards/alto/ns-v4# http://www.loc.gov/alto/v4/alto-4-4.xsd">
        <Description>
          <MeasurementUnit>pixel</MeasurementUnit>
          <sourceImageInformation><fileName>\(Self.escaped(document.source))</fileName></sourceImageInformation>
          <OCRProcessing ID="OCR_0"><ocrProcessingStep><processingSoftware>\
      <softwareName>VanBan (Tesseract, diacritic restoration)</softwareName>\
      </processingSoftware></ocrProcessingStep></OCRProcessing>
        </Description>
        <Layout>

      """
    for page in document.pages { out += pageXML(page) }
    out += "  </Layout>\n</alto>\n"
    return out
  }

  private func pageXML(_ page: PageResult) -> String {
    let recognition = page.recognition
    let pageID = "P\(page.number)"
    let words = RestoredWords.lines(of: page)
    var out =
      "    <Page ID=\"\(pageID)\" PHYSICAL_IMG_NR=\"\(page.number)\" WIDTH=\"\(recognition.width)\" "
    out += "HEIGHT=\"\(recognition.height)\">\n"
    out +=
      "      <PrintSpace HPOS=\"0\" VPOS=\"0\" WIDTH=\"\(recognition.width)\" HEIGHT=\"\(recognition.height)\">\n"
    var blockNumber = 0
    var index = 0
    let lines = recognition.lines
    while index < lines.count {
      // A block is a run of lines in the same column, broken at paragraph starts.
      var end = index + 1
      while end < lines.count, lines[end].column == lines[index].column, !lines[end].startsParagraph
      { end += 1 }
      blockNumber += 1
      let blockID = "\(pageID)_B\(blockNumber)"
      let blockBox =
        BoundingBox.union(of: lines[index..<end].map(\.box))
        ?? BoundingBox(x: 0, y: 0, width: 0, height: 0)
      out += "        <TextBlock ID=\"\(blockID)\" \(Self.position(blockBox))>\n"
      for lineIndex in index..<end {
        let line = lines[lineIndex]
        let lineID = "\(blockID)_L\(lineIndex + 1)"
        out += "          <TextLine ID=\"\(lineID)\" \(Self.position(line.box))>\n"
        for (wordIndex, word) in line.words.enumerated() {
          if wordIndex > 0 { out += "            <SP/>\n" }
          let content = words[lineIndex][wordIndex]
          let confidence = String(format: "%.2f", min(1, max(0, word.confidence / 100)))
          out +=
            "            <String ID=\"\(lineID)_W\(wordIndex + 1)\" CONTENT=\"\(Self.escaped(content))\" "
          out += "\(Self.position(word.box)) WC=\"\(confidence)\""
          if content == word.text {
            out += "/>\n"
          } else {
            // Tesseract's reading stays available as the alternative the restorer replaced.
            out += "><ALTERNATIVE>\(Self.escaped(word.text))</ALTERNATIVE></String>\n"
          }
        }
        out += "          </TextLine>\n"
      }
      out += "        </TextBlock>\n"
      index = end
    }
    out += "      </PrintSpace>\n    </Page>\n"
    return out
  }

  private static func position(_ box: BoundingBox) -> String {
    "HPOS=\"\(box.x)\" VPOS=\"\(box.y)\" WIDTH=\"\(box.width)\" HEIGHT=\"\(box.height)\""
  }

  static func escaped(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      // XML 1.0 forbids most control characters even escaped.
      case _ where scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r":
        continue
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
