import Foundation
import SearchablePDF

/// Writes per-document files under an output folder, mirroring the input tree:
/// `in/a/b.pdf` becomes `out/a/b.pdf.txt`, `out/a/b.pdf.json`, with ALTO on `out/a/b.pdf.alto.xml`
/// and with PDF on `out/a/b.pdf.pdf` (a searchable PDF/A, see ``DocumentPDF``).
///
/// The input file name is kept whole (extension included) so `scan.pdf` and `scan.tiff` in one
/// folder do not overwrite each other. Files are written atomically, so a run killed mid-write
/// leaves the previous version or none.
package struct OutputTree: Sendable {
  /// The output folder.
  package var root: String
  /// Whether to write ALTO XML too.
  package var alto: Bool
  /// Whether to write a searchable PDF too.
  package var pdf: Bool
  /// Folders searched first for the PDF text layer's font (the Tesseract data folder in use).
  package var fontFolders: [String]

  /// A writer into `root`.
  package init(root: String, alto: Bool, pdf: Bool = false, fontFolders: [String] = []) {
    self.root = root
    self.alto = alto
    self.pdf = pdf
    self.fontFolders = fontFolders
  }

  /// The searchable PDF written for a document found at `relativePath`: the input's name plus
  /// `.pdf`.
  package func pdfPath(for relativePath: String) -> String {
    (root as NSString).appendingPathComponent(relativePath) + ".pdf"
  }

  /// Writes the searchable PDF of `document` when PDF output is on.
  ///
  /// - Throws: `SearchablePDFError` when the file or a page image cannot be written or read;
  ///   a batch records it as the document's failure.
  package func writePDF(_ document: DocumentResult, relativePath: String)
    throws(SearchablePDFError)
  {
    guard pdf else { return }
    let path = pdfPath(for: relativePath)
    let folder = (path as NSString).deletingLastPathComponent
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw .outputNotWritable(path: folder, reason: error.localizedDescription)
    }
    try DocumentPDF(document, fontFolders: fontFolders).write(to: path)
  }

  /// The files written for a document found at `relativePath` below its input root.
  package func paths(for relativePath: String) -> (text: String, json: String, alto: String) {
    let base = (root as NSString).appendingPathComponent(relativePath)
    return (base + ".txt", base + ".json", base + ".alto.xml")
  }

  /// Writes the text, JSON and (when on) ALTO files of `document`.
  ///
  /// - Throws: ``BatchError/outputNotWritable(path:reason:)``.
  package func write(_ document: DocumentResult, relativePath: String) throws(BatchError) {
    let paths = paths(for: relativePath)
    let folder = (paths.text as NSString).deletingLastPathComponent
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw .outputNotWritable(path: folder, reason: error.localizedDescription)
    }
    try Self.write(Data((document.text + "\n").utf8), to: paths.text)
    let json: String
    do { json = try DocumentJSON.line(for: document) } catch {
      throw .outputNotWritable(path: paths.json, reason: "\(error)")
    }
    try Self.write(Data((json + "\n").utf8), to: paths.json)
    if alto { try Self.write(Data(AltoDocument(document).xml.utf8), to: paths.alto) }
  }

  private static func write(_ data: Data, to path: String) throws(BatchError) {
    do { try data.write(to: URL(fileURLWithPath: path), options: .atomic) } catch {
      throw .outputNotWritable(path: path, reason: error.localizedDescription)
    }
  }
}
