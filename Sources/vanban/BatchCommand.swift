import ArgumentParser
import DiacriticRestorer
import Foundation
import VanBan

/// `vanban batch DIR... --catalog PATH|URL`: digitise an archive into a searchable catalogue, alone
/// or as one worker of a fleet sharing a PostgreSQL catalogue.
struct BatchCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "batch",
    abstract: "Read, restore and parse every scan under folders into a searchable catalogue.",
    discussion: """
      Walks the folders recursively (hidden files are skipped) and treats every regular file as \
      a document; its format is recognised from the content. FIFOs, sockets, devices, links to \
      nothing and unreadable folders are not opened: each is reported as skipped. Documents are \
      identified by the SHA-256 of their content: a moved or renamed file is not read again, a \
      changed one is (a file whose size and modification time are unchanged is not hashed again \
      unless --verify is given). With several folders and --out, each folder's tree is written \
      under its name. \
      Each document is committed when done, so running the same command after a crash, kill -9 \
      or Ctrl-C reads only what is left. The last line on stdout sums up the input; exit status: \
      0 when nothing failed, 2 when some files failed or were skipped, 1 on a fatal error, 130 when \
      interrupted.

      With a PostgreSQL catalogue (--catalog postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE) \
      the catalogue is also a work queue: the same command started on several machines that see \
      the folders at the same paths divides the work, each document read by one of them. A \
      worker that dies leaves its documents to the others once its lease (--lease) runs out. \
      Each worker ends when nothing is left under its folders for anyone.
      """
  )

  @Argument(help: "Folders (or files) to process.", completion: .directory)
  var folders: [String] = []

  @Option(
    help: ArgumentHelp(
      "The catalogue: a SQLite file, created when missing, or a PostgreSQL URL.",
      valueName: "path|url"),
    completion: .file())
  var catalog: String

  @Option(
    help: ArgumentHelp(
      "With PostgreSQL: seconds a document stays claimed by this worker without a heartbeat.",
      valueName: "seconds"))
  var lease: Double = 180

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

  @Flag(
    help: """
      Hash every file, also those whose size and modification time the catalogue knows \
      (slower; catches a file replaced by another of the same size and time).
      """)
  var verify = false

  @OptionGroup var engine: EngineOptions

  func validate() throws {
    if folders.isEmpty { throw ValidationError("Give at least one folder to process.") }
    if alto && out == nil {
      throw ValidationError("--alto writes into the --out folder; give --out DIR too.")
    }
    if pdf && out == nil {
      throw ValidationError("--pdf writes into the --out folder; give --out DIR too.")
    }
    if !(lease >= 1) { throw ValidationError("--lease must be at least 1 second.") }
    if verify, PostgresLocation.isURL(catalog) {
      throw ValidationError(
        "--verify works with a SQLite catalogue only; with PostgreSQL a file is hashed again when "
          + "its size or modification time changed.")
    }
  }

  func run() async throws {
    var options = BatchOptions(
      scan: engine.scanOptions, outputFolder: out, alto: alto, pdf: pdf, retryFailed: retryFailed)
    options.lease = lease
    options.verify = verify
    let catalogue: Catalogue
    do {
      try DocumentScanner(options: options.scan).checkModels()
      catalogue = try await Catalogue.open(catalog, connections: min(4, engine.jobs + 2))
    } catch {
      StandardError.print("vanban: \(error)")
      throw ExitCode.failure
    }
    let display = ProgressDisplay(live: isatty(STDERR_FILENO) == 1, shared: catalogue.isShared)
    if catalogue.isShared {
      display.note(
        "vanban: worker \(ProcessInfo.processInfo.hostName):\(getpid()) sharing the queue of \(catalogue.path)"
      )
    }
    let runner = BatchRunner(catalogue: catalogue, options: options)
    let folders = self.folders
    let stop = ScanStop()
    let interrupt = InterruptHandler(requesting: stop, finishing: "the pages in flight") {
      display.note($0)
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
    if summary.failed > 0 || summary.skipped > 0 { throw ExitCode(2) }
  }
}
