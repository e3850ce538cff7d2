import Foundation

/// The XMP metadata packet of a PDF/A-2b file: the same title, author, subject, keywords and
/// dates as the Info dictionary, and the `pdfaid` claim.
struct XMPPacket {
  /// What to describe.
  var metadata: PDFMetadata

  /// The packet, UTF-8, with its `xpacket` wrapper.
  var bytes: Data {
    var fields = "   <dc:format>application/pdf</dc:format>\n"
    if let title = metadata.title {
      fields += "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">\(Self.escaped(title))"
      fields += "</rdf:li></rdf:Alt></dc:title>\n"
    }
    if let author = metadata.author {
      fields += "   <dc:creator><rdf:Seq><rdf:li>\(Self.escaped(author))</rdf:li></rdf:Seq>"
      fields += "</dc:creator>\n"
    }
    if let subject = metadata.subject {
      fields += "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">"
      fields += "\(Self.escaped(subject))</rdf:li></rdf:Alt></dc:description>\n"
    }
    fields += "   <dc:language><rdf:Bag><rdf:li>\(Self.escaped(metadata.language))</rdf:li>"
    fields += "</rdf:Bag></dc:language>\n"
    if !metadata.keywords.isEmpty {
      fields += "   <pdf:Keywords>\(Self.escaped(PDFDates.keywords(metadata)))</pdf:Keywords>\n"
    }
    fields += "   <pdf:Producer>\(Self.escaped(metadata.producer))</pdf:Producer>\n"
    fields += "   <xmp:CreatorTool>\(Self.escaped(metadata.creatorTool))</xmp:CreatorTool>\n"
    if let created = metadata.creationDate {
      let date = PDFDates.xmp(created, dayOnly: metadata.creationDateIsDay)
      fields += "   <xmp:CreateDate>\(date)</xmp:CreateDate>\n"
    }
    let modified = PDFDates.xmp(metadata.modificationDate, dayOnly: false)
    fields += "   <xmp:ModifyDate>\(modified)</xmp:ModifyDate>\n"
    fields += "   <xmp:MetadataDate>\(modified)</xmp:MetadataDate>\n"
    let packet = """
      <?xpacket begin="\u{FEFF}" id="W5M0MpCehiHzreSzNTczkc9d"?>
      <x:xmpmeta xmlns:x="adobe:ns:meta/">
       <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
        <rdf:Description rdf:about=""
          xmlns:dc="http://purl.org/dc/elements/1.1/"
          xmlns:xmp="http://ns.adobe.com/xap/1.0/"
          xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
          xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
      \(fields)   <pdfaid:part>2</pdfaid:part>
         <pdfaid:conformance>B</pdfaid:conformance>
        </rdf:Description>
       </rdf:RDF>
      </x:xmpmeta>
      <?xpacket end="w"?>
      """
    return Data(packet.utf8)
  }

  static func escaped(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case _ where scalar.value < 0x20 && scalar != "\t" && scalar != "\n": continue
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
