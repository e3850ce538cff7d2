import Foundation
import VietnameseText

/// A folder of expected records to score the parser against: `<id>.record.json` with the text
/// read from the document in `<id>.txt`, optionally the text before restoration in
/// `<id>.raw.txt` and a transcription of the body in `<id>.body.txt` (one paragraph a line).
///
/// ```swift
/// let folder = try EvaluationFolder(path: "Fixtures/dispatches")
/// let results = try folder.evaluate()
/// print(EvaluationReport(results).lines.joined(separator: "\n"))
/// ```
package struct EvaluationFolder: Sendable {
  /// The folder.
  package let path: String
  /// The names of its documents, sorted.
  package let ids: [String]

  /// Lists the expected records in `path`.
  ///
  /// - Throws: `EvaluationError` when the folder cannot be read or holds no record.
  package init(path: String) throws(EvaluationError) {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: path)
    } catch {
      throw .unreadable(path, reason: error.localizedDescription)
    }
    ids = names.filter { $0.hasSuffix(".record.json") }.map {
      String($0.dropLast(".record.json".count))
    }.sorted()
    guard !ids.isEmpty else { throw .noRecords(path) }
    self.path = path
  }

  /// Parses every document and scores it.
  ///
  /// - Parameters:
  ///   - useRaw: give the parser `<id>.raw.txt`, the OCR text before restoration, when present.
  ///   - parser: the parser to score.
  ///   - prepare: what is done to `<id>.txt` before parsing (restoring diacritics, say).
  /// - Throws: `EvaluationError` for a missing or unreadable file or a bad expected record;
  ///   what `prepare` throws.
  package func evaluate(
    useRaw: Bool = false, parser: DispatchParser = DispatchParser(),
    prepare: (String) throws -> String = { $0 }
  ) throws -> [DocumentEvaluation] {
    try ids.map { id in
      let text = try read(id + ".txt")
      let expected: DispatchRecord
      do {
        expected = try JSONDecoder().decode(
          DispatchRecord.self, from: Data(try read(id + ".record.json").utf8))
      } catch let error as EvaluationError {
        throw error
      } catch {
        throw EvaluationError.badRecord(file(id + ".record.json"), reason: "\(error)")
      }
      let raw = useRaw ? try readIfPresent(id + ".raw.txt") : nil
      let actual = parser.parse(try prepare(text), unrestored: raw ?? text)
      let body = try readIfPresent(id + ".body.txt").map { body in
        ErrorRate.passageWordErrors(passage: body, in: text)
      }
      return DocumentEvaluation(
        id: id, fields: ParserEvaluation.comparisons(expected: expected, actual: actual),
        body: body)
    }
  }

  private func file(_ name: String) -> String {
    URL(fileURLWithPath: path).appendingPathComponent(name).path
  }

  private func read(_ name: String) throws(EvaluationError) -> String {
    let path = file(name)
    guard FileManager.default.fileExists(atPath: path) else { throw .missingFile(path) }
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw .unreadable(path, reason: error.localizedDescription)
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw .notText(path)
    }
    return text
  }

  private func readIfPresent(_ name: String) throws(EvaluationError) -> String? {
    FileManager.default.fileExists(atPath: file(name)) ? try read(name) : nil
  }
}

/// Why a folder of expected records could not be scored.
package enum EvaluationError: Error, CustomStringConvertible, Equatable, Sendable {
  /// No file at the path.
  case missingFile(String)
  /// The file or folder exists but could not be read.
  case unreadable(String, reason: String)
  /// The file is not UTF-8 text.
  case notText(String)
  /// The folder holds no `*.record.json`.
  case noRecords(String)
  /// An expected record is not valid record JSON.
  case badRecord(String, reason: String)

  /// One line naming the file and the cause.
  package var description: String {
    switch self {
    case .missingFile(let path): "\(path): no such file"
    case .unreadable(let path, let reason): "\(path): cannot be read (\(reason))"
    case .notText(let path): "\(path): not UTF-8 text"
    case .noRecords(let folder): "\(folder): no *.record.json expected records to score"
    case .badRecord(let file, let reason): "\(file): not a dispatch record (\(reason))"
    }
  }
}
