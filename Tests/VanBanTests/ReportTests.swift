import Foundation
import TestSupport
import Testing

@testable import VanBan

/// Counts, failures and record export of the shared archive's catalogue.
@Suite("Catalogue reports")
struct ReportTests {
  @Test("Counts by type, issuer and year cover the documents read")
  func summary() async throws {
    let catalogue = try Catalogue(path: try await SharedArchive.run().tree.catalogue, create: false)
    let summary = try await catalogue.summary()
    #expect(summary.documents == 2)
    #expect(summary.pages == 2)
    #expect(summary.failed == SharedArchive.broken.count)
    #expect(summary.byType.map(\.count).reduce(0, +) == 2)
    #expect(summary.byType.contains { $0.key == "Báo cáo" && $0.count == 1 })
    #expect(summary.byYear.contains { $0.key == "2025" })
    #expect(summary.byIssuer.map(\.count).reduce(0, +) == 2)
  }

  @Test("CSV export: a header and one row per document, quoted where needed")
  func csvExport() async throws {
    let catalogue = try Catalogue(path: try await SharedArchive.run().tree.catalogue, create: false)
    let records = try await catalogue.records()
    #expect(records.count == 2)
    let report = try #require(records.first { $0.record?.symbol == "365/BC-UBND" })
    let row = report.csvRow
    #expect(row.count == CatalogueRecord.csvHeader.count)
    #expect(row[CatalogueRecord.csvHeader.firstIndex(of: "date") ?? 0] == "2025-12-01")
    #expect(CSV.row(["a", "b,c", "say \"hi\"", "x\ny"]) == "a,\"b,c\",\"say \"\"hi\"\"\",\"x\ny\"")
  }

  @Test("A catalogue that does not exist is a clear error, not a new file")
  func missingCatalogue() {
    let path = TemporaryFolder.root.appendingPathComponent(
      "no-such-\(UUID()).sqlite"
    ).path
    #expect(throws: CatalogueError.self) { try Catalogue(path: path, create: false) }
    #expect(!FileManager.default.fileExists(atPath: path))
  }

  @Test("An unwritable catalogue path is a clear error")
  func unwritableCatalogue() {
    #expect(throws: CatalogueError.self) { try Catalogue(path: "/proc/vanban/catalogue.sqlite") }
  }
}
