import Foundation
import TestSupport
import Testing

@testable import VanBan

/// `vanban report` over the catalogue that `vanban batch` wrote.
@Suite("vanban report")
struct ReportCommandTests {
  @Test("Text: counts by type, issuer and year")
  func textCounts() async throws {
    let run = try await InterruptedArchive.run()
    let result = try CommandRunner.vanban(["report", "--catalog", run.tree.catalogue])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("4 documents, 4 pages, 1 failed\n"))
    // Each grouping covers the four documents read.
    for section in ["By type:", "By issuer:", "By year:"] {
      let body = try #require(
        result.stdout.components(separatedBy: section + "\n").dropFirst().first)
      let lines = body.components(separatedBy: "\n\n")[0].split(separator: "\n")
      #expect(
        lines.compactMap { Int($0.split(separator: " ").first ?? "") }.reduce(0, +) == 4,
        "\(section) \(lines)")
    }
  }

  @Test("--failed lists the broken file with its reason, in text, JSON and CSV")
  func failures() async throws {
    let run = try await InterruptedArchive.run()
    let text = try CommandRunner.vanban(["report", "--catalog", run.tree.catalogue, "--failed"])
    #expect(text.stdout.split(separator: "\n").count == 1)
    #expect(text.stdout.contains("a/garbage.jpg\tcorruptImage\t"))
    let json = try CommandRunner.vanban([
      "report", "--catalog", run.tree.catalogue, "--failed", "--format", "json",
    ])
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect(object["kind"] as? String == "corruptImage")
    let csv = try CommandRunner.vanban([
      "report", "--catalog", run.tree.catalogue, "--failed", "--format", "csv",
    ])
    #expect(csv.stdout.hasPrefix("source,sha256,kind,error,processed_at\n"))
  }

  @Test("CSV and JSON Lines export one record per document read")
  func export() async throws {
    let run = try await InterruptedArchive.run()
    let csv = try CommandRunner.vanban([
      "report", "--catalog", run.tree.catalogue, "--format", "csv",
    ])
    let rows = csv.stdout.split(separator: "\n")
    #expect(
      rows.first?.hasPrefix("source,sha256,pages,type_code,type_name,number,symbol,date") == true)
    #expect(rows.count == 5)
    // Sources hold no commas here, so the second field is the content hash of the file.
    for row in rows.dropFirst() {
      let fields = row.split(separator: ",", omittingEmptySubsequences: false)
      #expect(String(fields[1]) == (try ContentHash.sha256(ofFileAt: String(fields[0]))))
    }
    let json = try CommandRunner.vanban([
      "report", "--catalog", run.tree.catalogue, "--format", "json",
    ])
    let records = try json.stdout.split(separator: "\n").map { line in
      try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }
    #expect(records.count == 4)
    #expect(records.allSatisfy { ($0["record"] as? [String: Any])?["symbol"] is String })
  }
}
