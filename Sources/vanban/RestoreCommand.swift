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
      The channel (text typed without diacritics, English-model OCR, Vietnamese-model OCR,
      correct text) is detected line by line; correct text is left as it is.
      """)

  /// Why the input cannot be restored.
  enum InputError: Error, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case binary(source: String)
    case notUTF8(source: String)

    var description: String {
      switch self {
      case .unreadable(let path, let reason): "cannot read \(path): \(reason)"
      case .binary(let source): "\(source) looks like binary data (it contains NUL bytes), not text"
      case .notUTF8(let source):
        "\(source) is not valid UTF-8 text; convert it first (e.g. iconv -t UTF-8)"
      }
    }
  }

  @Argument(
    help: "The UTF-8 text file to restore; standard input when omitted.", completion: .file())
  var file: String?

  @Flag(help: "List every change with its confidence and alternatives on standard error.")
  var changes = false

  func run() async throws {
    let source = file ?? "standard input"
    let data: Data
    if let file {
      do { data = try Data(contentsOf: URL(fileURLWithPath: file)) } catch {
        throw InputError.unreadable(path: file, reason: error.localizedDescription)
      }
    } else {
      data = FileHandle.standardInput.readDataToEndOfFile()
    }
    if data.contains(0) { throw InputError.binary(source: source) }
    guard let text = String(data: data, encoding: .utf8) else {
      throw InputError.notUTF8(source: source)
    }
    let restorer = try DiacriticRestorer.bundled()
    let result = restorer.restore(text)
    FileHandle.standardOutput.write(Data(result.text.utf8))
    if changes {
      var report = ""
      for change in result.changes {
        let alternatives = change.alternatives.map {
          "\($0.text) \(String(format: "%.2f", $0.probability))"
        }
        report +=
          "line \(change.line + 1): \(change.original) → \(change.replacement) "
          + "(confidence \(String(format: "%.2f", change.confidence)); \(alternatives.joined(separator: ", ")))\n"
      }
      Diagnostics.write(report)
    }
  }
}
