extension ConfusionModel {
  /// The rows of a confusion table, counted: what each letter of the truth became, and the
  /// whole tokens seen misread verbatim.
  struct TableCounts: Sendable {
    /// The `C` rows, per letter of the truth.
    var characters: [Unicode.Scalar: LetterCounts] = [:]
    /// The other rows: OCR token → syllable → count.
    var tokens: [String: [String: Double]] = [:]
    /// How often each syllable of ``tokens`` was seen.
    var syllableTotals: [String: Double] = [:]
    /// Every character the `C` rows' OCR strings hold.
    var emittedScalars = Set<Unicode.Scalar>()

    /// No rows.
    init() {}

    /// The rows of the table file at `path`.
    /// - Throws: ``RestorerError/missingFile(path:)``, or
    ///   ``RestorerError/corruptFile(path:reason:)`` naming the first bad line.
    init(path: String) throws(RestorerError) {
      let text: String
      do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
        throw .missingFile(path: path)
      }
      // Read on bytes, line by line without splitting into arrays: the tables are
      // ASCII-delimited, and splitting into Characters, then into arrays of fields, was a
      // tenth and then a quarter of the load. Lines are numbered as non-empty lines.
      let bytes = Array(text.utf8)
      var number = -1
      var next = 0
      while let line = ConfusionModel.nonEmptyLine(in: bytes, from: &next) {
        number += 1
        guard line.first != UInt8(ascii: "#") else { continue }
        guard let fields = ConfusionModel.fields(of: line),
          let count = ConfusionModel.count(fields.count)
        else {
          throw .corruptFile(
            path: path, reason: "line \(number + 1) is not KIND<TAB>TRUTH<TAB>OCR<TAB>COUNT")
        }
        // Whole counts add up exactly in any order, so no sum of the model depends on the
        // order of a dictionary, which Swift's per-process hash seed changes (summing in key
        // order instead was a tenth of the load).
        guard count >= 0, count == count.rounded(), count < 1e12 else {
          throw .corruptFile(
            path: path, reason: "line \(number + 1): the count is no whole number")
        }
        let truth = String(decoding: fields.truth, as: UTF8.self)
        let ocr = String(decoding: fields.ocr, as: UTF8.self)
        if fields.kind.elementsEqual("C".utf8) {
          guard let scalar = truth.unicodeScalars.first, truth.unicodeScalars.count == 1 else {
            throw .corruptFile(
              path: path, reason: "line \(number + 1): truth is not one character")
          }
          add(count, of: scalar, readAs: ocr)
        } else {
          tokens[ocr, default: [:]][truth, default: 0] += count
          syllableTotals[truth, default: 0] += count
        }
      }
    }

    /// Counts `count` times the letter `truth` read as `ocr` (none, one or more characters).
    mutating func add(_ count: Double, of truth: Unicode.Scalar, readAs ocr: String) {
      emittedScalars.formUnion(ocr.unicodeScalars)
      characters[truth, default: LetterCounts()].add(count, key: ConfusionModel.emissionKey(ocr))
    }
  }
}
