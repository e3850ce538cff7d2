import ArgumentParser
import DiacriticRestorer
import DispatchParser
import Foundation

/// `vanban parse [FILE]`: reads a dispatch's text (a file, or stdin when none is given) and
/// prints its structured record as JSON on stdout. `vanban parse --evaluate FOLDER` scores the
/// parser against hand-written expected records instead.
struct ParseCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "parse",
    abstract: "Parse a dispatch's text into a structured record (JSON on stdout).",
    discussion: """
      The text is restored (diacritics) before parsing unless --no-restore is given. \
      Fields that cannot be read are null and explained in "warnings".
      """)

  /// The text file to parse; stdin when omitted.
  @Argument(
    help: "A UTF-8 text file; reads stdin when omitted.", completion: .file(extensions: ["txt"]))
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
    let (data, source) = try Self.readInput(file)
    let input = try Self.text(data, source)
    // Restoring: the input is the text before restoration, for lines restoration garbles.
    let record = DispatchParser().parse(
      try await Self.prepare(input, restore: !noRestore), unrestored: input)
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
    return try DiacriticRestorer.bundled().restore(text).text
  }

  /// Prints one line per document (`id: correct/total`, then its mismatches) and the totals.
  private func evaluate(folder: String) async throws {
    let evaluations = try EvaluationFolder(path: folder).evaluate(useRaw: useRaw) { text in
      noRestore ? text : try DiacriticRestorer.bundled().restore(text).text
    }
    for line in EvaluationReport(evaluations).lines { print(line) }
  }

  /// Decodes UTF-8 text.
  static func text(_ data: Data, _ source: String) throws(DispatchParserError) -> String {
    guard let text = String(data: data, encoding: .utf8) else {
      throw .notText(byteCount: data.count, source: source)
    }
    return text
  }

  /// Reads the file, or stdin when `path` is nil.
  static func readInput(_ path: String?) throws(InputError) -> (Data, String) {
    guard let path else {
      return (FileHandle.standardInput.readDataToEndOfFile(), "stdin")
    }
    guard FileManager.default.fileExists(atPath: path) else { throw .missingFile(path) }
    do {
      return (try Data(contentsOf: URL(fileURLWithPath: path)), path)
    } catch {
      throw .unreadable(path, reason: error.localizedDescription)
    }
  }

  /// Why the input could not be read.
  enum InputError: Error, CustomStringConvertible {
    /// No file at the path.
    case missingFile(String)
    /// The file exists but could not be read.
    case unreadable(String, reason: String)

    var description: String {
      switch self {
      case .missingFile(let path): return "\(path): no such file"
      case .unreadable(let path, let reason): return "\(path): cannot be read (\(reason))"
      }
    }
  }
}
