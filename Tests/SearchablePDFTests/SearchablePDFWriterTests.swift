import Foundation
import PageImaging
import SearchablePDF
import TestSupport
import Testing

/// The writer alone, on committed scans with words placed by hand: what readers extract, the
/// image data carried over, the PDF/A parts, and the errors.
@Suite("Searchable PDF writer")
struct SearchablePDFWriterTests {
  static let folder = TemporaryFolder.root.appendingPathComponent(
    "vanban-pdf-\(UUID().uuidString)")

  static func output(_ name: String) throws -> String {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder.appendingPathComponent(name).path
  }

  /// Every Vietnamese letter with every tone, capital and small, NFC, in words of a few letters.
  static let vietnameseWords: [String] = {
    let bases = "aăâeêioôơuưy"
    let tones = ["", "\u{0300}", "\u{0301}", "\u{0309}", "\u{0303}", "\u{0323}"]
    var letters: [String] = []
    for base in bases {
      for tone in tones {
        letters.append((String(base) + tone).precomposedStringWithCanonicalMapping)
      }
    }
    letters += ["đ", "Đ"]
    letters += letters.map { $0.uppercased() }
    return stride(from: 0, to: letters.count, by: 6).map {
      letters[$0..<min($0 + 6, letters.count)].joined()
    }
  }()

  /// A page of the 200 ppi JPEG with `words` laid out in rows of five.
  static func jpegPage(_ words: [String]) -> SearchablePage {
    let lines = stride(from: 0, to: words.count, by: 5).map { start in
      TextLayerLine(
        words: words[start..<min(start + 5, words.count)].enumerated().map { index, word in
          TextLayerWord(
            text: word, x: 150 + index * 280, y: 300 + (start / 5) * 60, width: 240, height: 40)
        })
    }
    return SearchablePage(
      image: PageImageSource(
        path: RepositoryPaths.fixture("scans/bc-365-lechan-200.jpg").path, format: .jpeg, page: 1),
      geometry: PageGeometry(
        sourceWidth: 1653, sourceHeight: 2339, width: 1653, height: 2339, resolution: 200),
      lines: lines)
  }

  @Test("Every Vietnamese letter extracts as itself, NFC, each word at its box")
  func vietnameseLettersExtract() throws {
    let path = try Self.output("letters.pdf")
    let page = Self.jpegPage(Self.vietnameseWords)
    let report = try SearchablePDFWriter().write([page], metadata: PDFMetadata(), to: path)
    #expect(report.images == [.passedThrough])
    let text = try PDFTools.text(of: path)
    let extracted = text.split(whereSeparator: \.isWhitespace).map(String.init)
    #expect(extracted.sorted() == Self.vietnameseWords.sorted())
    #expect(text == text.precomposedStringWithCanonicalMapping)
    let words = try #require(try PDFTools.words(of: path).first)
    #expect(words.count == Self.vietnameseWords.count)
    let k = 72.0 / 200
    for placed in page.lines.flatMap(\.words) {
      let word = try #require(words.first { $0.text == placed.text }, "\(placed.text)")
      #expect(abs(word.xMin - Double(placed.x) * k) < 0.5)
      #expect(abs(word.xMax - Double(placed.x + placed.width) * k) < 0.5)
      #expect(abs(word.yMin - Double(placed.y) * k) < 0.5)
      #expect(abs(word.yMax - Double(placed.y + placed.height) * k) < 0.5)
    }
  }

  @Test("A JPEG's bytes are carried over unchanged; qpdf --check is clean; A4 at 200 ppi")
  func jpegPassThrough() throws {
    let path = try Self.output("jpeg.pdf")
    try SearchablePDFWriter().write([Self.jpegPage(["Số"])], metadata: PDFMetadata(), to: path)
    let check = try PDFTools.run("qpdf", ["--check", path])
    #expect(check.status == 0, "\(check.text)")
    #expect(check.text.contains("No syntax or stream encoding errors"))
    let images = try PDFTools.extractedImages(of: path)
    #expect(images.map(\.pathExtension) == ["jpg"])
    let original = try Data(contentsOf: RepositoryPaths.fixture("scans/bc-365-lechan-200.jpg"))
    #expect(try Data(contentsOf: images[0]) == original)
    let info = try PDFTools.run("pdfinfo", [path]).text
    #expect(info.contains("Page size:       595.08 x 842.04 pts (A4)"))
    let size = try #require(
      try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
    #expect(Double(size) <= 1.1 * Double(original.count) + 50 * 1024)
  }

  @Test("Info dictionary and XMP carry the record; PDF/A-2b parts present; font embedded")
  func metadataAndPDFA() throws {
    let path = try Self.output("metadata.pdf")
    let created = try #require(
      Calendar(identifier: .gregorian).date(
        from: DateComponents(timeZone: TimeZone(identifier: "UTC"), year: 2025, month: 12, day: 1)))
    let metadata = PDFMetadata(
      title: "Báo cáo 365/BC-UBND: Kết quả công tác văn thư",
      author: "Ủy ban nhân dân phường Lê Chân",
      subject: "Kết quả công tác văn thư",
      keywords: ["Báo cáo", "365/BC-UBND", "Lê Chân & <Hải Phòng>"],
      creationDate: created, creationDateIsDay: true)
    try SearchablePDFWriter().write([Self.jpegPage(["Số"])], metadata: metadata, to: path)
    let info = try PDFTools.run("pdfinfo", [path]).text
    #expect(info.contains("Title:           Báo cáo 365/BC-UBND: Kết quả công tác văn thư"))
    #expect(info.contains("Author:          Ủy ban nhân dân phường Lê Chân"))
    #expect(info.contains("Subject:         Kết quả công tác văn thư"))
    #expect(info.contains("Keywords:        Báo cáo; 365/BC-UBND; Lê Chân & <Hải Phòng>"))
    #expect(info.contains("CreationDate:    Mon Dec  1 00:00:00 2025"))
    #expect(info.contains("Encrypted:       no"))
    #expect(info.contains("JavaScript:      no"))
    let xmp = try PDFTools.run("pdfinfo", ["-meta", path]).text
    #expect(xmp.contains("<pdfaid:part>2</pdfaid:part>"))
    #expect(xmp.contains("<pdfaid:conformance>B</pdfaid:conformance>"))
    #expect(xmp.contains("Báo cáo 365/BC-UBND: Kết quả công tác văn thư</rdf:li>"))
    #expect(xmp.contains("<rdf:li>Ủy ban nhân dân phường Lê Chân</rdf:li>"))
    #expect(
      xmp.contains(
        "<pdf:Keywords>Báo cáo; 365/BC-UBND; Lê Chân &amp; &lt;Hải Phòng&gt;</pdf:Keywords>"))
    #expect(xmp.contains("<xmp:CreateDate>2025-12-01</xmp:CreateDate>"))
    let fonts = try PDFTools.run("pdffonts", [path]).text
    #expect(fonts.contains("GlyphLessFont"))
    #expect(fonts.split(separator: "\n").last?.contains("Identity-H       yes no  yes") == true)
    // The catalogue's OutputIntent with its sRGB profile, and the metadata stream unfiltered.
    let json = try PDFTools.run("qpdf", ["--json", "--json-key=qpdf", path]).text
    #expect(json.contains("/GTS_PDFA1"))
    #expect(json.contains("sRGB IEC61966-2.1"))
    let root = try PDFTools.run("qpdf", ["--show-object=trailer", path]).text
    #expect(!root.contains("/Encrypt"))
  }

  @Test("Multi-page G4 TIFF pages stay bilevel (CCITT), a PNG keeps its deflate data")
  func bilevelAndPNG() throws {
    let tiff = RepositoryPaths.fixture("scans/kh-44-lechan-300-g4.tiff").path
    let pages = (1...2).map { number in
      SearchablePage(
        image: PageImageSource(path: tiff, format: .tiff, page: number, pageCount: 2),
        geometry: PageGeometry(
          sourceWidth: 2480, sourceHeight: 3508, width: 2480, height: 3508, resolution: 300),
        lines: [
          TextLayerLine(words: [
            TextLayerWord(text: "Trang \(number)", x: 300, y: 300, width: 300, height: 50)
          ])
        ])
    }
    let path = try Self.output("g4.pdf")
    let report = try SearchablePDFWriter().write(pages, metadata: PDFMetadata(), to: path)
    #expect(report.images == [.reencodedLosslessly, .reencodedLosslessly])
    let list = try PDFTools.run("pdfimages", ["-list", path]).text
    #expect(list.split(separator: "\n").filter { $0.contains("ccitt") }.count == 2, "\(list)")
    #expect(try PDFTools.text(of: path).contains("Trang 2"))

    let png = RepositoryPaths.fixture("scans/tb-496-tu-200-gray.png").path
    let pngPath = try Self.output("png.pdf")
    let pngReport = try SearchablePDFWriter().write(
      [
        SearchablePage(
          image: PageImageSource(path: png, format: .png, page: 1),
          geometry: PageGeometry(
            sourceWidth: 1653, sourceHeight: 2339, width: 1653, height: 2339, resolution: 200),
          lines: [])
      ], metadata: PDFMetadata(), to: pngPath)
    #expect(pngReport.images == [.passedThrough])
  }

  @Test("A scanned PDF's image streams are copied as they are")
  func pdfImagesCopied() throws {
    let input = RepositoryPaths.fixture("pdf/ttr-27-dienchau-scan.pdf").path
    let pages = (1...2).map { number in
      SearchablePage(
        image: PageImageSource(path: input, format: .pdf, page: number, pageCount: 2),
        geometry: PageGeometry(
          sourceWidth: 1653, sourceHeight: 2339, width: 1653, height: 2339, resolution: 200),
        lines: [])
    }
    let path = try Self.output("copied.pdf")
    let report = try SearchablePDFWriter().write(pages, metadata: PDFMetadata(), to: path)
    #expect(report.images == [.copiedFromPDF, .copiedFromPDF])
    let ours = try PDFTools.extractedImages(of: path)
    let theirs = try PDFTools.extractedImages(of: input)
    #expect(ours.count == 2 && theirs.count == 2)
    for (a, b) in zip(ours, theirs) { #expect(try Data(contentsOf: a) == Data(contentsOf: b)) }
    #expect(try PDFTools.run("qpdf", ["--check", path]).status == 0)
  }

  @Test("Errors: unwritable output, unreadable page image, no pages")
  func errors() throws {
    let page = Self.jpegPage(["Số"])
    #expect(throws: SearchablePDFError.self) {
      try SearchablePDFWriter().write(
        [page], metadata: PDFMetadata(), to: "/no/such/folder/out.pdf")
    }
    do {
      try SearchablePDFWriter().write(
        [page], metadata: PDFMetadata(), to: "/no/such/folder/out.pdf")
    } catch {
      guard case .outputNotWritable(let path, _) = error else {
        Issue.record("unexpected \(error)")
        return
      }
      #expect(path == "/no/such/folder/out.pdf")
      #expect(!error.description.contains("\n"))
    }
    var missing = page
    missing.image.path = "/no/such/scan.jpg"
    #expect {
      try SearchablePDFWriter().write(
        [missing], metadata: PDFMetadata(), to: try Self.output("x.pdf"))
    } throws: { error in
      guard case .pageImageUnreadable = error as? SearchablePDFError else { return false }
      return true
    }
    #expect(!FileManager.default.fileExists(atPath: try Self.output("x.pdf")))
    #expect(throws: SearchablePDFError.noPages) {
      try SearchablePDFWriter().write([], metadata: PDFMetadata(), to: try Self.output("none.pdf"))
    }
  }
}
