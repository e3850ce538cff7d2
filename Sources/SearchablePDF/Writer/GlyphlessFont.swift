import Foundation

/// The text layer's font: Tesseract's GlyphLessFont (`pdf.ttf`, 572 bytes, one blank glyph half
/// an em wide), embedded whole as a CIDFontType2 with Identity-H encoding, every character code
/// mapped to that glyph and, through ToUnicode, to the Unicode character of the same number.
///
/// So any Vietnamese letter (all of them precomposed in the Basic Multilingual Plane) is written
/// as its own UTF-16 code and extracted as itself, with no font coverage to worry about; the
/// glyph is never painted (render mode 3). Tesseract's own PDF renderer uses the same font.
enum GlyphlessFont {
  /// Glyph advance as a fraction of the font size.
  static let advance = 0.5

  /// Where `pdf.ttf` is looked for after the folders the caller names.
  static let standardFolders = [
    "/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata",
    "/usr/share/tessdata", "/usr/local/share/tessdata",
  ]

  /// The font file's bytes, from the first of `folders` (then TESSDATA_PREFIX and the
  /// standard folders) that has it.
  static func fontFile(in folders: [String]) throws(SearchablePDFError) -> Data {
    var candidates = folders
    if let prefix = ProcessInfo.processInfo.environment["TESSDATA_PREFIX"] {
      candidates += [prefix, (prefix as NSString).appendingPathComponent("tessdata")]
    }
    candidates += standardFolders
    for folder in candidates {
      let path = (folder as NSString).appendingPathComponent("pdf.ttf")
      if let data = FileManager.default.contents(atPath: path), !data.isEmpty { return data }
    }
    throw .fontMissing(searched: candidates)
  }

  /// The ToUnicode CMap: each two-byte code to the UTF-16 code unit of the same value, in ranges
  /// that stay within one high byte as the CMap syntax requires.
  static let toUnicode: Data = {
    var ranges = ""
    for high in 0..<256 {
      let prefix = String(format: "%02X", high)
      ranges += "<\(prefix)00> <\(prefix)FF> <\(prefix)00>\n"
    }
    var cmap = """
      /CIDInit /ProcSet findresource begin
      12 dict begin
      begincmap
      /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
      /CMapName /Adobe-Identity-UCS def
      /CMapType 2 def
      1 begincodespacerange
      <0000> <FFFF>
      endcodespacerange

      """
    // At most 100 entries per block.
    for block in stride(from: 0, to: 256, by: 100) {
      let count = min(100, 256 - block)
      let lines = ranges.split(separator: "\n")[block..<block + count]
      cmap += "\(count) beginbfrange\n" + lines.joined(separator: "\n") + "\nendbfrange\n"
    }
    cmap += """
      endcmap
      CMapName currentdict /CMap defineresource pop
      end
      end

      """
    return Data(cmap.utf8)
  }()

  /// Every CID to glyph 1 (glyph 0, `.notdef`, upsets some viewers).
  static let cidToGIDMap: Data = {
    var map = Data(count: 2 * 65536)
    for index in stride(from: 1, to: map.count, by: 2) { map[index] = 1 }
    return map
  }()

  /// Adds the font to `document` and returns its Type0 font dictionary.
  static func add(to document: QPDFDocument, fontFile: Data) -> QPDFDocument.Handle {
    let file = document.stream(fontFile, entries: ["/Length1": document.integer(fontFile.count)])
    let descriptor = document.indirect(
      document.dictionary([
        "/Type": document.name("/FontDescriptor"), "/FontName": document.name("/GlyphLessFont"),
        "/Flags": document.integer(5), "/FontBBox": document.parse("[0 0 500 1000]"),
        "/ItalicAngle": document.integer(0), "/Ascent": document.integer(1000),
        "/Descent": document.integer(-1), "/CapHeight": document.integer(1000),
        "/StemV": document.integer(80), "/FontFile2": file,
      ]))
    let cidFont = document.indirect(
      document.dictionary([
        "/Type": document.name("/Font"), "/Subtype": document.name("/CIDFontType2"),
        "/BaseFont": document.name("/GlyphLessFont"),
        "/CIDSystemInfo": document.parse(
          "<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"),
        "/FontDescriptor": descriptor, "/DW": document.integer(Int(advance * 1000)),
        "/CIDToGIDMap": document.stream(cidToGIDMap),
      ]))
    return document.indirect(
      document.dictionary([
        "/Type": document.name("/Font"), "/Subtype": document.name("/Type0"),
        "/BaseFont": document.name("/GlyphLessFont"), "/Encoding": document.name("/Identity-H"),
        "/DescendantFonts": document.array([cidFont]),
        "/ToUnicode": document.stream(toUnicode),
      ]))
  }
}
