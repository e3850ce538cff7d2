import Foundation
import TestSupport
import Testing

@testable import VanBan

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The ALTO files written by the shared archive's run: well-formed, one String per word, with
/// boxes inside the page and confidences in 0…1.
@Suite("ALTO export")
struct CatalogueAltoTests {
  @Test("ALTO 4 is well-formed and carries every word with box and confidence")
  func altoFile() async throws {
    let run = try await SharedArchive.run()
    let path = run.tree.output.path + "/2025/bao-cao/bc-365.jpg.alto.xml"
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    let collector = AltoCollector()
    let parser = XMLParser(data: data)
    parser.delegate = collector
    #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
    #expect(
      String(decoding: data.prefix(400), as: UTF8.self).contains(
        "xmlns=\"http://www.loc.gov/standards/alto/ns-v4#\""))
    #expect(collector.sawRoot)
    let page = try #require(collector.pages.first)
    #expect(collector.pages.count == 1)
    #expect(collector.strings.count > 100)
    for string in collector.strings {
      #expect(string.x >= 0 && string.x + string.width <= page.width + 1)
      #expect(string.y >= 0 && string.y + string.height <= page.height + 1)
      #expect((0...1).contains(string.confidence))
    }
    let words = collector.strings.map(\.content)
    #expect(words.contains("365/BC-UBND"))
    // The words are the restored ones: accented Vietnamese is there.
    #expect(words.contains("công") || words.contains("Công"))
  }

  @Test("XML escaping keeps markup characters and drops control characters")
  func escaping() {
    #expect(AltoDocument.escaped("a<b & \"c\"\u{01}") == "a&lt;b &amp; &quot;c&quot;")
  }
}

/// Collects the pages and words of an ALTO file.
final class AltoCollector: NSObject, XMLParserDelegate {
  struct Word {
    var content: String
    var x: Int
    var y: Int
    var width: Int
    var height: Int
    var confidence: Double
  }

  var sawRoot = false
  var pages: [(width: Int, height: Int)] = []
  var strings: [Word] = []

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    switch elementName {
    case "alto":
      sawRoot = true
    case "Page":
      pages.append((Int(attributes["WIDTH"] ?? "") ?? -1, Int(attributes["HEIGHT"] ?? "") ?? -1))
    case "String":
      strings.append(
        Word(
          content: attributes["CONTENT"] ?? "", x: Int(attributes["HPOS"] ?? "") ?? -1,
          y: Int(attributes["VPOS"] ?? "") ?? -1, width: Int(attributes["WIDTH"] ?? "") ?? -1,
          height: Int(attributes["HEIGHT"] ?? "") ?? -1,
          confidence: Double(attributes["WC"] ?? "") ?? -1))
    default:
      break
    }
  }
}
