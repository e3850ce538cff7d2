import ArgumentParser
import DiacriticRestorer
import Foundation
import VanBan

/// `vanban restore [FILE]`: restores Vietnamese diacritics and repairs OCR errors.
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
      """)

  @Argument(
    help: "The text file to restore (UTF-8, TCVN3, VNI or VISCII); standard input when omitted.",
    completion: .file())
  var file: String?

  @Flag(help: "List every change with its confidence and alternatives on standard error.")
  var changes = false

  func run() async throws {
    var input = try TextInput(path: file)
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
      if let result { Diagnostics.write(Self.report(result.changes)) }
    }
  }

  /// One line per change: "line 3: hoach → hoạch (confidence 0.98; hoạch 0.98, hoách 0.01)".
  static func report(_ changes: [RestorationResult.Change]) -> String {
    var report = ""
    for change in changes {
      let alternatives = change.alternatives.map {
        "\($0.text) \(String(format: "%.2f", $0.probability))"
      }
      report +=
        "line \(change.line + 1): \(change.original) → \(change.replacement) "
        + "(confidence \(String(format: "%.2f", change.confidence)); \(alternatives.joined(separator: ", ")))\n"
    }
    return report
  }

  /// Standard output could not be written (a full disk, a closed pipe).
  struct OutputError: Error, CustomStringConvertible {
    var reason: String
    var description: String { "cannot write the restored text: \(reason)" }
  }
}
