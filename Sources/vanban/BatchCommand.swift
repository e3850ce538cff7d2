import ArgumentParser
import DiacriticRestorer
import Foundation
import VanBan

/// `vanban batch DIR... --catalog PATH`: digitise an archive into a searchable catalogue.
struct BatchCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "batch",
    abstract: "Read, restore and parse every scan under folders into a searchable catalogue.",
    discussion: """
      Walks the folders recursively (hidden files are skipped) and treats every file as a \
      document; its format is recognised from the content. Documents are identified by the \
      SHA-256 of their content: a moved or renamed file is not read again, a changed one is. \
      Each document is committed when done, so running the same command after a crash, kill -9 \
      or Ctrl-C reads only what is left. The last line on stdout sums up the input; exit status: \
      0 when nothing failed, 2 when some files failed, 1 on a fatal error, 130 when interrupted.
      """
  )

  @Argument(help: "Folders (or files) to process.", completion: .directory)
  var folders: [String] = []

  @Option(help: "The catalogue database (SQLite), created when missing.", completion: .file())
  var catalog: String

  @Option(
    help: "Also write per-document .txt and .json files here, mirroring the input tree.",
    completion: .directory)
  var out: String?

  @Flag(help: "Also write an ALTO 4 XML file per document (words, boxes, confidences) under --out.")
  var alto = false

  @Flag(
    help: ArgumentHelp(
      "Also write a searchable PDF/A per document under --out (DIR/a/b.pdf.pdf): the scan as "
        + "it was, the restored text as an invisible layer, the record as metadata."))
  var pdf = false

  @Flag(help: "Try the files that failed in earlier runs again.")
  var retryFailed = false

  @OptionGroup var engine: EngineOptions

  func validate() throws {
    if folders.isEmpty { throw ValidationError("Give at least one folder to process.") }
    if alto && out == nil {
      throw ValidationError("--alto writes into the --out folder; give --out DIR too.")
    }
    if pdf && out == nil {
      throw ValidationError("--pdf writes into the --out folder; give --out DIR too.")
    }
  }

  func run() async throws {
    let options = BatchOptions(
      scan: engine.scanOptions, outputFolder: out, alto: alto, pdf: pdf, retryFailed: retryFailed)
    let catalogue: Catalogue
    do {
      try DocumentScanner(options: options.scan).checkModels()
      catalogue = try Catalogue(path: catalog)
    } catch {
      StandardError.print("vanban: \(error)")
      throw ExitCode.failure
    }
    let display = ProgressDisplay(live: isatty(STDERR_FILENO) == 1)
    let runner = BatchRunner(catalogue: catalogue, options: options)
    let folders = self.folders
    let stop = ScanStop()
    let interrupt = InterruptHandler {
      display.note(
        "vanban: interrupted; finishing the pages in flight, then stopping (Ctrl-C again to quit now)"
      )
      stop.request()
    }
    defer { interrupt.stop() }
    let summary: BatchSummary
    do {
      summary = try await runner.run(folders, stop: stop) { display.handle($0) }
    } catch .interruptedBeforeReading {
      display.finish()
      StandardError.print("vanban: \(BatchError.interruptedBeforeReading)")
      throw ExitCode(130)
    } catch {
      display.finish()
      StandardError.print("vanban: \(error)")
      throw ExitCode.failure
    }
    display.finish()
    print(summary.line)
    if summary.interrupted {
      StandardError.print(
        "vanban: interrupted with \(summary.remaining) documents left; run the same command to go on"
      )
      throw ExitCode(130)
    }
    if summary.failed > 0 { throw ExitCode(2) }
  }
}
