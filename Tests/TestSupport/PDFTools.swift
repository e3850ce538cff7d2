import Foundation

/// Poppler's and qpdf's command-line tools, run on PDFs the tests wrote, and the measures the
/// searchable-PDF contract sets: word agreement and box overlap.
public enum PDFTools {
  /// A word `pdftotext -bbox-layout` reports, its box in points from the top left.
  public struct Word: Sendable, Hashable {
    /// The word's text.
    public var text: String
    /// Left, top, right and bottom edges in points.
    public var xMin, yMin, xMax, yMax: Double
  }

  /// What one tool run printed and how it exited.
  public struct Output: Sendable {
    /// Standard output as bytes.
    public var data: Data
    /// Standard error.
    public var stderr: String
    /// Exit status.
    public var status: Int32
    /// Standard output as UTF-8 text.
    public var text: String { String(decoding: data, as: UTF8.self) }
  }

  /// Runs `tool` (found on the PATH) with `arguments`.
  public static func run(_ tool: String, _ arguments: [String]) throws -> Output {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [tool] + arguments
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    let out = stdout.fileHandleForReading.readDataToEndOfFile()
    let err = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Output(
      data: out, stderr: String(decoding: err, as: UTF8.self), status: process.terminationStatus)
  }

  /// The text `pdftotext` extracts (UTF-8, poppler's reading order).
  public static func text(of pdf: String, raw: Bool = false) throws -> String {
    try run("pdftotext", (raw ? ["-raw"] : []) + ["-enc", "UTF-8", pdf, "-"]).text
  }

  /// The words with their boxes, page by page, from `pdftotext -bbox-layout`.
  public static func words(of pdf: String) throws -> [[Word]] {
    let xml = try run("pdftotext", ["-bbox-layout", "-enc", "UTF-8", pdf, "-"]).text
    var pages: [[Word]] = []
    for page in xml.components(separatedBy: "<page ").dropFirst() {
      var words: [Word] = []
      for piece in page.components(separatedBy: "<word ").dropFirst() {
        func number(_ key: String) -> Double {
          guard let start = piece.range(of: key + "=\"") else { return 0 }
          let rest = piece[start.upperBound...]
          return Double(rest.prefix { $0 != "\"" }) ?? 0
        }
        guard let open = piece.firstIndex(of: ">"), let close = piece.range(of: "</word>") else {
          continue
        }
        let text = String(piece[piece.index(after: open)..<close.lowerBound])
          .replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&lt;", with: "<")
          .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(
            of: "&quot;", with: "\""
          )
          .replacingOccurrences(of: "&apos;", with: "'")
        words.append(
          Word(
            text: text, xMin: number("xMin"), yMin: number("yMin"), xMax: number("xMax"),
            yMax: number("yMax")))
      }
      pages.append(words)
    }
    return pages
  }

  /// The share (0–1) of `expected`'s white-space separated words, NFC, that `actual` also has,
  /// counted as multisets (order-free).
  public static func wordAgreement(expected: String, actual: String) -> Double {
    func counts(_ text: String) -> [String: Int] {
      text.split(whereSeparator: \.isWhitespace).reduce(into: [:]) {
        $0[String($1).precomposedStringWithCanonicalMapping, default: 0] += 1
      }
    }
    let wanted = counts(expected)
    let got = counts(actual)
    let total = wanted.values.reduce(0, +)
    guard total > 0 else { return 1 }
    let found = wanted.reduce(0) { $0 + min($1.value, got[$1.key] ?? 0) }
    return Double(found) / Double(total)
  }

  /// Intersection over union of two boxes given as (xMin, yMin, xMax, yMax).
  public static func intersectionOverUnion(
    _ a: (Double, Double, Double, Double), _ b: (Double, Double, Double, Double)
  ) -> Double {
    let width = max(0, min(a.2, b.2) - max(a.0, b.0))
    let height = max(0, min(a.3, b.3) - max(a.1, b.1))
    let intersection = width * height
    let union = (a.2 - a.0) * (a.3 - a.1) + (b.2 - b.0) * (b.3 - b.1) - intersection
    return union > 0 ? intersection / union : 0
  }

  /// The overlap coefficient of two boxes: their intersection over the smaller one's area.
  public static func overlapCoefficient(
    _ a: (Double, Double, Double, Double), _ b: (Double, Double, Double, Double)
  ) -> Double {
    let width = max(0, min(a.2, b.2) - max(a.0, b.0))
    let height = max(0, min(a.3, b.3) - max(a.1, b.1))
    let smaller = min((a.2 - a.0) * (a.3 - a.1), (b.2 - b.0) * (b.3 - b.1))
    return smaller > 0 ? width * height / smaller : 0
  }

  /// The share (0–1) of `boxes` that some word of `words` overlaps: by `measure` (default the
  /// overlap coefficient, which a dash inside its line's band meets) of at least one half.
  public static func boxAgreement(
    _ boxes: [(Double, Double, Double, Double)], _ words: [Word],
    measure: ((Double, Double, Double, Double), (Double, Double, Double, Double)) -> Double =
      overlapCoefficient
  ) -> Double {
    guard !boxes.isEmpty else { return 1 }
    let matched = boxes.filter { box in
      words.contains { measure(box, ($0.xMin, $0.yMin, $0.xMax, $0.yMax)) >= 0.5 }
    }
    return Double(matched.count) / Double(boxes.count)
  }

  /// The images `pdfimages -j` takes out of `pdf`, as files in a new temporary folder (JPEG
  /// data as `.jpg`, byte for byte).
  public static func extractedImages(of pdf: String) throws -> [URL] {
    let folder = TemporaryFolder.root.appendingPathComponent(
      "vanban-images-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    _ = try run("pdfimages", ["-j", pdf, folder.appendingPathComponent("image").path])
    return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
      .sorted { $0.lastPathComponent < $1.lastPathComponent }
  }
}
