import ArgumentParser
import DiacriticRestorer
import Foundation
import VanBan

/// `vanban restore [FILE]`: restores Vietnamese diacritics and repairs OCR errors; with
/// `--out FOLDER`, every text file under the inputs into a mirrored tree.
struct RestoreCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "restore",
    abstract: "Restore Vietnamese diacritics and repair OCR errors in a text file (or stdin).",
    discussion: """
      The channel (text typed without diacritics, English-model OCR, Vietnamese-model OCR, \
      correct text) is detected line by line; correct text is left as it is. Text in TCVN3, VNI \
      or VISCII, as bytes or already mis-read as Windows-1252, is converted first. The input is \
      read and restored in blocks of whole paragraphs up to 1 MiB, so any size fits in memory; \
      a line longer than that is restored in pieces cut at spaces (or every 1 MiB), with a note.

      With --out FOLDER, every file under the inputs (folders walked recursively, hidden files \
      left out) is restored into FOLDER under the same relative path, several files at a time, \
      each file its own document; --records adds each one's parsed record as FILE.json. Outputs are renamed into place when complete, and a file whose \
      output is already newer is left alone, so the same command run again after an \
      interruption restores only what is left; Ctrl-C finishes the files being restored and \
      stops (exit status 130). A file that is not text is reported and left out; the last line \
      sums up; exit status 0 when every file was restored or up to date, 2 when some failed or \
      were skipped, 1 on a fatal error.
      """)

  @Argument(
    help: ArgumentHelp(
      "The text file to restore (UTF-8, TCVN3, VNI or VISCII); standard input when omitted. "
        + "With --out: any number of files and folders.",
      valueName: "file"),
    completion: .file())
  var inputs: [String] = []

  @Option(
    help: ArgumentHelp(
      "Restore every file under the inputs into this folder, the input tree mirrored.",
      valueName: "folder"),
    completion: .directory)
  var out: String?

  @Option(name: [.short, .long], help: "Files restored at once with --out (default: all cores).")
  var jobs: Int = ProcessInfoCores.count

  @Flag(help: "With --out, restore again the files whose output is already newer than them.")
  var force = false

  @Flag(
    help:
      "With --out, also write each file's record (what vanban parse prints) to FILE.json beside its output."
  )
  var records = false

  @Flag(
    help:
      "List every change with its confidence and alternatives on standard error (with --out: in FILE.changes.txt beside each output)."
  )
  var changes = false

  func validate() throws {
    if jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
    guard out == nil else {
      if inputs.isEmpty { throw ValidationError("--out needs the files or folders to restore.") }
      return
    }
    if inputs.count > 1 {
      throw ValidationError(
        "several inputs need --out FOLDER, which receives each restored file under its own name.")
    }
    var isFolder: ObjCBool = false
    if let input = inputs.first,
      FileManager.default.fileExists(atPath: input, isDirectory: &isFolder),
      isFolder.boolValue
    {
      throw ValidationError(
        "\(input) is a folder: give --out FOLDER to restore every text file under it.")
    }
    if force || records { throw ValidationError("--force and --records go with --out.") }
  }

  func run() async throws {
    if let out { return try await restoreFiles(into: out) }
    var input = try TextInput(path: inputs.first)
    let restorer = try DiacriticRestorer.bundled()
    let output = FileHandle.standardOutput
    while let block = try input.nextBlock() {
      for note in block.notes { StandardError.print("vanban: \(note)") }
      // The list of changes, kept only when asked for, would take more memory than the text.
      let result = changes ? restorer.restore(block) : nil
      let text = result?.text ?? restorer.restoredText(block.text)
      do { try output.write(contentsOf: Data(text.utf8)) } catch {
        throw OutputError(reason: error.localizedDescription)
      }
      if let result { Diagnostics.write(ChangeReport.lines(result.changes)) }
    }
  }

  /// Restores every file under the inputs into `folder`: failures and notes as they come, one
  /// line summing up at the end.
  private func restoreFiles(into folder: String) async throws {
    let restorer: DiacriticRestorer
    do { restorer = try DiacriticRestorer.bundled() } catch {
      StandardError.print("vanban: \(error)")
      throw ExitCode.failure
    }
    var files = TextFolderRestorer(
      restorer: restorer, jobs: jobs, writesChanges: changes, restoresUpToDate: force)
    files.writesRecords = records
    let start = ContinuousClock.now
    let stop = ScanStop()
    let interrupt = InterruptHandler(requesting: stop, finishing: "the files being restored") {
      StandardError.print($0)
    }
    defer { interrupt.stop() }
    let summary: TextFolderSummary
    do {
      summary = try await files.restore(inputs, into: folder, stop: stop) { outcome in
        for note in outcome.notes { StandardError.print("vanban: \(note)") }
        switch outcome.status {
        case .failed, .skipped: StandardError.print("vanban: \(outcome)")
        case .restored, .upToDate: break
        }
      }
    } catch {
      StandardError.print("vanban: \(error)")
      throw ExitCode.failure
    }
    let seconds = (ContinuousClock.now - start) / .seconds(1)
    StandardError.print(
      "vanban: \(summary.total) files: \(summary.restored) restored (\(summary.words) words in "
        + String(format: "%.1f", seconds) + " s), \(summary.upToDate) up to date, "
        + "\(summary.failed) failed, \(summary.skipped) skipped"
        + (stop.isRequested
          ? ", \(summary.notStarted) not started (run the same command again)" : ""))
    if stop.isRequested { throw ExitCode(130) }
    if summary.failed > 0 || summary.skipped > 0 { throw ExitCode(2) }
  }

  /// Standard output could not be written (a full disk, a closed pipe).
  struct OutputError: Error, CustomStringConvertible {
    var reason: String
    var description: String { "cannot write the restored text: \(reason)" }
  }
}
