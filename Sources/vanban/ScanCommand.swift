import ArgumentParser
import DiacriticRestorer
import Foundation
import VanBan

/// `vanban scan FILE...`: OCR images and scanned PDFs.
struct ScanCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "scan",
    abstract: "Read images (PNG, JPEG, TIFF) and scanned PDFs with Tesseract.",
    discussion: """
      Each file is one document; a multi-page TIFF or PDF is one document. Text goes to stdout, \
      problems to stderr, one line per file. Exit status: 0 when every file was read, 2 when some \
      files failed, 1 when nothing could run (e.g. missing language data).
      """
  )

  enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @Argument(
    help: "Image or PDF files.",
    completion: .file(extensions: ["png", "jpg", "jpeg", "tif", "tiff", "pdf"]))
  var files: [String] = []

  @Option(
    help: "Output: text (the document's text) or json (one JSON object per document per line).")
  var format: OutputFormat = .text

  @Flag(
    help: "Tesseract's text as read: no diacritic restoration (and the record is parsed from it).")
  var raw = false

  @Flag(help: "Do not parse the documents into records (JSON output then has \"record\": null).")
  var noParse = false

  @Option(
    help: ArgumentHelp(
      "Also write the document as a searchable PDF/A here: the scan as it was, the restored "
        + "text as an invisible layer, the record as metadata (one input file only).",
      valueName: "OUT.pdf"),
    completion: .file(extensions: ["pdf"]))
  var pdf: String?

  @OptionGroup var engine: EngineOptions

  func validate() throws {
    if files.isEmpty { throw ValidationError("Give at least one image or PDF file.") }
    if pdf != nil && files.count != 1 {
      throw ValidationError("--pdf writes one document; give exactly one input file.")
    }
  }

  func run() async throws {
    var options = engine.scanOptions
    if noParse { options.parser = nil }
    do {
      if raw { options.restoration = .off }
      try DocumentScanner(options: options).checkModels()
    } catch {
      StandardError.print("vanban: \(error)")
      throw ExitCode.failure
    }
    if let pdf, let problem = OutputCheck.problem(writing: pdf) {
      StandardError.print("vanban: \(pdf): cannot write the PDF: \(problem)")
      throw ExitCode.failure
    }
    let scanner = DocumentScanner(options: options)
    var failures = 0
    let timings = Timings()
    for await outcome in scanner.scan(files) {
      switch outcome {
      case .scanned(let document):
        timings.scanned()
        try write(document)
        if let pdf {
          do {
            try DocumentPDF(document, fontFolders: [options.ocr.resolvedDataDirectory])
              .write(to: pdf)
          } catch {
            StandardError.print("vanban: \(document.source): \(error)")
            throw ExitCode.failure
          }
          timings.wrotePDF(pages: document.pages.count)
        }
      case .failed(let failure):
        failures += 1
        StandardError.print("vanban: \(failure.message)")
      }
    }
    if failures > 0 { throw ExitCode(2) }
  }

  private func write(_ document: DocumentResult) throws {
    switch format {
    case .json:
      print(try DocumentJSON.line(for: document))
    case .text:
      if files.count > 1 { print("==> \(document.source) <==") }
      print(document.text)
    }
  }
}
