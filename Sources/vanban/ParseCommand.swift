import ArgumentParser
import DiacriticRestorer
import DispatchParser
import Foundation
import VanBan

/// `vanban parse [FILE]`: reads a dispatch's text (a file, or stdin when none is given) and
/// prints its structured record as JSON on stdout. `vanban parse --evaluate FOLDER` scores the
/// parser against hand-written expected records instead.
struct ParseCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "parse",
    abstract: "Parse a dispatch's text into a structured record (JSON on stdout).",
    discussion: """
      The text is restored (diacritics) before parsing unless --no-restore is given. \
      Fields that cannot be read are null and explained in "warnings". Input is read as \
      vanban restore reads it; more than 1 MiB (some 300 pages) is refused.
      """)

  /// The text file to parse; stdin when omitted.
  @Argument(
    help: "A text file (UTF-8, TCVN3, VNI or VISCII, up to 1 MiB); reads stdin when omitted.",
    completion: .file(extensions: ["txt"]))
  var file: String?

  /// Parse the text as it is, without restoring diacritics first.
  @Flag(
    name: .customLong("no-restore"), help: "Parse the text as it is, without restoring diacritics.")
  var noRestore = false

  /// A folder of `<id>.txt` texts with `<id>.record.json` expected records to score instead.
  @Option(
    name: .customLong("evaluate"),
    help: ArgumentHelp(
      "Score every <id>.record.json in this folder against the parse of its <id>.txt.",
      valueName: "folder"),
    completion: .directory)
  var evaluationFolder: String?

  /// With --evaluate: also give the parser `<id>.raw.txt`, the OCR text before restoration.
  @Flag(
    name: .customLong("raw"),
    help: ArgumentHelp(
      "With --evaluate, give the parser <id>.raw.txt (OCR text before restoration) when present."
    ))
  var useRaw = false

  func validate() throws {
    if evaluationFolder != nil, file != nil {
      throw ValidationError("Give either a FILE or --evaluate FOLDER, not both.")
    }
  }

  func run() async throws {
    if let evaluationFolder {
      try await evaluate(folder: evaluationFolder)
      return
    }
    var input = try TextInput(path: file)
    let (text, notes) = try input.readAll(limit: TextInput.dispatchLimit)
    for note in notes { StandardError.print("vanban: \(note)") }
    // Restoring: the input is the text before restoration, for lines restoration garbles.
    let record = DispatchParser().parse(
      try await Self.prepare(text, restore: !noRestore), unrestored: text)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    FileHandle.standardOutput.write(try encoder.encode(record))
    FileHandle.standardOutput.write(Data("\n".utf8))
  }

  /// The step between reading and parsing: the shipped diacritic restorer repairs the text when
  /// `restore` is true, so mangled OCR ("S6:365 /BC-UBND", "ngay 01 thang 12") parses cleanly.
  /// - Throws: ``RestorerError`` when the model files are missing or damaged.
  static func prepare(_ text: String, restore: Bool) async throws -> String {
    guard restore else { return text }
    return try DiacriticRestorer.bundled().restoreInBlocks(text)
  }

  /// Prints one line per document (`id: correct/total`, then its mismatches) and the totals.
  private func evaluate(folder: String) async throws {
    let evaluations = try EvaluationFolder(path: folder).evaluate(useRaw: useRaw) { text in
      noRestore ? text : try DiacriticRestorer.bundled().restoredText(text)
    }
    for line in EvaluationReport(evaluations).lines { print(line) }
  }
}
