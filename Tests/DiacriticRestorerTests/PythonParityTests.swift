import Foundation
import TestSupport
import Testing
import VietnameseText

@testable import DiacriticRestorer

/// Rules the Python data scripts and the Swift code both apply must agree: which lines are held
/// out (`vntext.fnv1a64`), tone placement (`vntext.modern_tone_marks`), diacritic stripping
/// (`vntext.strip_diacritics` against `vietnameseFolded`), the error rate of raw OCR
/// (`measure_tesseract.passage_cer` against `ErrorRate`), and the channel tables'
/// rows as `ocr_channel.write_table` writes them.
@Suite("Python and Swift agree")
struct PythonParityTests {
  /// What the Python side computes for each line and each pair.
  private struct PythonAnswers: Decodable {
    var hashes: [String]
    var heldOut: [Bool]
    var modern: [String]
    var strippedLower: [String]
    var passageErrors: [Double]
  }

  /// Lines of both domains, old-style tone placement, capitals and words where the rules differ
  /// from a naive reading ("quý" keeps its mark; "hoà" and "thuỷ" move theirs).
  private func lines() throws -> [String] {
    var lines = [
      "hoà", "Hoà Bình", "HOÀ", "thuỷ lợi", "khoẻ mạnh", "quý vị", "Thuỵ Khuê", "loè loẹt",
      "Đề án ĐỔI MỚI", "ngoằn ngoèo", "tuỳ", "Quỳnh", "xoè", "oà", "", "  hai  khoảng  trắng ",
    ]
    for file in ["restorer/heldout-correct.txt", "restorer/heldout-general-correct.txt"] {
      lines += try RepositoryPaths.fixtureText(file).split(separator: "\n").prefix(400).map(
        String.init)
    }
    return lines
  }

  /// Pairs of truth and OCR text whose error rate both sides compute.
  private func pairs() throws -> [[String]] {
    let truth = try RepositoryPaths.fixtureText("restorer/ocr-vie-truth.txt").split(separator: "\n")
    let ocr = try RepositoryPaths.fixtureText("restorer/ocr-vie-output.txt").split(separator: "\n")
    return zip(truth, ocr).prefix(120).map { [String($0), String($1)] }
      + [["Kế hoạch số 30", "Ke hoach so 30 ngày 28"], ["", "x"], ["ab", ""]]
  }

  private func askPython(lines: [String], pairs: [[String]]) throws -> PythonAnswers {
    let program = """
      import json, sys
      sys.path.insert(0, sys.argv[1] + "/Scripts/restorer")
      sys.path.insert(0, sys.argv[1] + "/Scripts/fixtures")
      from vntext import fnv1a64, is_held_out, modern_tone_marks, strip_diacritics
      from measure_tesseract import passage_cer
      data = json.load(sys.stdin)
      json.dump({
          "hashes": [str(fnv1a64(l)) for l in data["lines"]],
          "heldOut": [is_held_out(l) for l in data["lines"]],
          "modern": [modern_tone_marks(l) for l in data["lines"]],
          "strippedLower": [strip_diacritics(l).lower() for l in data["lines"]],
          "passageErrors": [passage_cer(t, o) for t, o in data["pairs"]],
      }, sys.stdout)
      """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", program, RepositoryPaths.root.path]
    let input = Pipe()
    let output = Pipe()
    let errors = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let request = try JSONSerialization.data(withJSONObject: ["lines": lines, "pairs": pairs])
    input.fileHandleForWriting.write(request)
    try input.fileHandleForWriting.close()
    let answer = output.fileHandleForReading.readDataToEndOfFile()
    let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    try #require(process.terminationStatus == 0, "python3 failed: \(message)")
    return try JSONDecoder().decode(PythonAnswers.self, from: answer)
  }

  @Test("Held-out hash, tone placement, stripping and OCR error rate are the same on both sides")
  func rulesAgree() throws {
    let lines = try lines()
    let pairs = try pairs()
    let python = try askPython(lines: lines, pairs: pairs)
    try #require(python.hashes.count == lines.count)
    var heldOut = 0
    for (index, line) in lines.enumerated() {
      let hash = CorpusReader.hash(line.utf8)
      #expect(String(hash) == python.hashes[index], "hash of \(line)")
      #expect(CorpusReader.isHeldOut(line.utf8) == python.heldOut[index], "held out: \(line)")
      if python.heldOut[index] { heldOut += 1 }
      #expect(line.normalizingToneMarks(to: .modern) == python.modern[index], "tones: \(line)")
      #expect(line.vietnameseFolded == python.strippedLower[index], "folding: \(line)")
    }
    // Most evaluation lines hash to held out as written, some (tone marks moved after they were
    // drawn) do not: both answers are exercised.
    #expect(heldOut > lines.count / 2 && heldOut < lines.count)
    for (index, pair) in pairs.enumerated() {
      let swift = ErrorRate.passageCharacterErrorRate(passage: pair[0], in: pair[1])
      #expect(abs(swift - python.passageErrors[index]) < 1e-9, "error rate: \(pair)")
    }
  }

  @Test("Every row of every shipped channel table is one the loader reads as ocr_channel.py meant")
  func channelTableRowsAreWellFormed() throws {
    let tables = try FileManager.default.contentsOfDirectory(
      atPath: RepositoryPaths.dictionaries.path
    )
    .filter { $0.hasPrefix("channel-") && $0.hasSuffix(".tsv") }
    #expect(tables.count >= 2)
    for table in tables {
      let text = try String(
        contentsOf: RepositoryPaths.dictionaries.appendingPathComponent(table), encoding: .utf8)
      var kinds: Set<String> = []
      for line in text.split(separator: "\n") where !line.hasPrefix("#") {
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
        #expect(fields.count == 4, "\(table): \(line)")
        guard fields.count == 4 else { continue }
        kinds.insert(String(fields[0]))
        #expect(Int(fields[3]).map { $0 > 0 } == true, "\(table): count of \(line)")
        #expect(String(fields[1]) == String(fields[1]).nfc, "\(table): truth not NFC in \(line)")
        #expect(String(fields[2]) == String(fields[2]).nfc, "\(table): OCR not NFC in \(line)")
        if fields[0] == "C" {
          #expect(fields[1].unicodeScalars.count == 1, "\(table): C truth is one letter: \(line)")
        }
      }
      // C: a letter's emissions (the empty string is a deletion); T: a whole token's readings.
      #expect(kinds.isSubset(of: ["C", "T"]), "\(table): kinds \(kinds)")
      #expect(kinds.contains("C"), "\(table)")
    }
  }
}
