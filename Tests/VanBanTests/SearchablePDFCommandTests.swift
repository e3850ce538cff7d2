import Foundation
import TestSupport
import Testing

@testable import VanBan

/// `vanban scan --pdf` and `vanban batch --pdf` on real scans: the text layer against VanBan's
/// own text and boxes, the scan's bytes, the file's checks, and the errors.
@Suite("Searchable PDF output")
struct SearchablePDFCommandTests {
  static let folder = TemporaryFolder.root.appendingPathComponent(
    "vanban-pdf-cli-\(UUID().uuidString)")

  static func output(_ name: String) throws -> String {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder.appendingPathComponent(name).path
  }

  /// Scans `fixture` once with `--format json --pdf` and returns the JSON object and the PDF.
  static func scan(_ fixture: String) throws -> (json: [String: Any], pdf: String) {
    let pdf = try output((fixture as NSString).lastPathComponent + ".pdf")
    let result = try CommandRunner.vanban(
      [
        "scan", "--jobs", "2", "--format", "json", "--pdf", pdf,
        RepositoryPaths.fixture(fixture).path,
      ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty, "\(result.stderr)")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    return (json, pdf)
  }

  /// VanBan's word boxes of each page in points from the top left.
  static func boxes(_ json: [String: Any]) throws -> [[(Double, Double, Double, Double)]] {
    let pages = try #require(json["pages"] as? [[String: Any]])
    return try pages.map { page in
      let k = 72.0 / Double(try #require(page["resolution"] as? Int))
      let lines = try #require(page["lines"] as? [[String: Any]])
      return lines.flatMap { ($0["words"] as? [[String: Any]]) ?? [] }.compactMap { word in
        guard let box = word["box"] as? [String: Int], let x = box["x"], let y = box["y"],
          let width = box["width"], let height = box["height"]
        else { return nil }
        return (Double(x) * k, Double(y) * k, Double(x + width) * k, Double(y + height) * k)
      }
    }
  }

  @Test(
    "Text layer: pdftotext gives VanBan's restored words (≥ 99.5%) at its boxes (≥ 98%)",
    arguments: [
      "scans/bc-365-lechan-200.jpg", "scans/qd-85-thptcva-200-skew10.jpg",
      "scans/tb-512-bnv-200-rot90.jpg", "scans/kh-44-lechan-300-g4.tiff",
    ])
  func textLayerAgrees(fixture: String) throws {
    let (json, pdf) = try Self.scan(fixture)
    let text = try #require(json["text"] as? String)
    let extracted = try PDFTools.text(of: pdf)
    #expect(PDFTools.wordAgreement(expected: text, actual: extracted) >= 0.995)
    let words = try PDFTools.words(of: pdf)
    let boxes = try Self.boxes(json)
    #expect(words.count == boxes.count)
    for (ours, theirs) in zip(boxes, words) {
      #expect(PDFTools.boxAgreement(ours, theirs) >= 0.98)
      // Intersection over union falls short only for marks much smaller than their line's band
      // (dashes, commas): each line is set in one band.
      #expect(
        PDFTools.boxAgreement(ours, theirs, measure: PDFTools.intersectionOverUnion) >= 0.95)
    }
    #expect(try PDFTools.run("qpdf", ["--check", pdf]).status == 0)
  }

  @Test("The scan shows through: ink lies under the text layer's words, also on turned pages")
  func inkUnderWords() throws {
    for fixture in ["scans/bc-365-lechan-200.jpg", "scans/tb-512-bnv-200-rot90.jpg"] {
      let pdf = try Self.output((fixture as NSString).lastPathComponent + ".pdf")
      if !FileManager.default.fileExists(atPath: pdf) { _ = try Self.scan(fixture) }
      let words = try #require(try PDFTools.words(of: pdf).first)
      // Render at 36 ppi (half a point a pixel) as grey PGM and compare darkness inside the
      // words' boxes with the page as a whole.
      let image = try PDFTools.run("pdftoppm", ["-r", "36", "-gray", "-singlefile", pdf]).data
      let pgm = try #require(Greymap(image))
      var inside = 0.0
      var insideCount = 0
      for word in words {
        for y in Int(word.yMin / 2)..<Int(word.yMax / 2) {
          for x in Int(word.xMin / 2)..<Int(word.xMax / 2) {
            inside += 255 - Double(pgm.value(x: x, y: y))
            insideCount += 1
          }
        }
      }
      let page = pgm.pixels.reduce(0.0) { $0 + 255 - Double($1) } / Double(pgm.pixels.count)
      #expect(inside / Double(max(1, insideCount)) > 1.6 * page, "\(fixture)")
    }
  }

  @Test("A PDF that had a text layer carries the restored text instead of the old layer")
  func textLayerReplaced() throws {
    let (json, pdf) = try Self.scan("pdf/tb-512-bnv-text.pdf")
    let text = try #require(json["text"] as? String)
    let extracted = try PDFTools.text(of: pdf)
    #expect(PDFTools.wordAgreement(expected: text, actual: extracted) >= 0.995)
    // One layer only: as many words come out as VanBan wrote.
    let count = extracted.split(whereSeparator: \.isWhitespace).count
    #expect(count == text.split(whereSeparator: \.isWhitespace).count)
    let fonts = try PDFTools.run("pdffonts", [pdf]).text.split(separator: "\n")
    #expect(fonts.count == 3 && fonts[2].hasPrefix("GlyphLessFont"))
  }

  @Test("Metadata from the record: title, issuer, subject, date")
  func metadata() throws {
    let (_, pdf) = try Self.scan("scans/bc-365-lechan-200.jpg")
    let info = try PDFTools.run("pdfinfo", [pdf]).text
    #expect(
      info.contains(
        "Title:           Báo cáo 365/BC-UBND: Kết quả công tác văn thư, lưu trữ năm 2025"))
    #expect(info.contains("Author:          Ủy ban nhân dân phường Lê Chân"))
    #expect(info.contains("CreationDate:    Mon Dec  1 00:00:00 2025"))
  }

  @Test("Errors: an unwritable --pdf is one line and exit 1 before any OCR; --pdf takes one file")
  func errors() throws {
    let scan = RepositoryPaths.fixture("scans/bc-365-lechan-200.jpg").path
    let started = Date()
    let result = try CommandRunner.vanban(["scan", "--pdf", "/no/such/folder/out.pdf", scan])
    #expect(result.status == 1)
    #expect(result.stderr.split(separator: "\n").count == 1)
    #expect(result.stderr.contains("/no/such/folder/out.pdf"))
    #expect(Date().timeIntervalSince(started) < 5)
    let two = try CommandRunner.vanban(["scan", "--pdf", try Self.output("two.pdf"), scan, scan])
    #expect(two.status == 64)
    let batch = try CommandRunner.vanban(["batch", "/tmp", "--catalog", "/tmp/x.sqlite", "--pdf"])
    #expect(batch.status == 64)
  }

  @Test(
    "Batch: DIR/a/b.jpg.pdf beside .txt and .json; a PDF that cannot be written fails its document")
  func batch() async throws {
    let tree = try BatchTestTree()
    defer { tree.remove() }
    try tree.add("scans/bc-365-lechan-200.jpg", as: "2025/bc-365.jpg")
    try tree.add("scans/cv-2207-stnmt-200.jpg", as: "2025/cv-2207.jpg")
    // The second document's PDF path is taken by a folder: its PDF cannot be written.
    try FileManager.default.createDirectory(
      atPath: tree.output.path + "/2025/cv-2207.jpg.pdf", withIntermediateDirectories: true)
    var options = try BatchTestTree.options()
    options.outputFolder = tree.output.path
    options.pdf = true
    let (summary, _) = try await tree.run(options)
    #expect(summary.failed == 1)
    let pdf = tree.output.path + "/2025/bc-365.jpg.pdf"
    #expect(FileManager.default.fileExists(atPath: tree.output.path + "/2025/bc-365.jpg.txt"))
    #expect(try PDFTools.run("qpdf", ["--check", pdf]).status == 0)
    #expect(try PDFTools.text(of: pdf).contains("Lê Chân"))
    let catalogue = try Catalogue(path: tree.catalogue)
    let failed = try await catalogue.failures()
    #expect(failed.count == 1)
    #expect(failed.first?.kind == "pdfNotWritten")
    #expect(failed.first?.error.contains("cv-2207.jpg.pdf") == true)
  }
}

/// A binary PGM (P5) image as pdftoppm writes it.
struct Greymap {
  let width: Int
  let height: Int
  let pixels: [UInt8]

  init?(_ data: Data) {
    let bytes = [UInt8](data)
    var fields: [Int] = []
    var index = 2
    while fields.count < 3, index < bytes.count {
      while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A { index += 1 }
      var value = 0
      while index < bytes.count, (0x30...0x39).contains(bytes[index]) {
        value = value * 10 + Int(bytes[index] - 0x30)
        index += 1
      }
      fields.append(value)
    }
    index += 1
    guard bytes.starts(with: [0x50, 0x35]), fields.count == 3,
      bytes.count - index >= fields[0] * fields[1]
    else { return nil }
    width = fields[0]
    height = fields[1]
    pixels = Array(bytes[index..<index + width * height])
  }

  func value(x: Int, y: Int) -> UInt8 {
    guard x >= 0, y >= 0, x < width, y < height else { return 255 }
    return pixels[y * width + x]
  }
}
