import DispatchParser
import Foundation
import TestSupport
import Testing

/// The seed: English-model OCR of Báo cáo 365/BC-UBND, every diacritic mangled and both the
/// header and the footer columns merged into single lines. Parsed as it is, without restoration.
struct SeedDispatchTests {
  static let seed = RepositoryPaths.root.deletingLastPathComponent()
    .appendingPathComponent("shared/seed/000_168e2d2b68016eeb.txt")

  static func record() throws -> DispatchRecord {
    DispatchParser().parse(try String(contentsOf: seed, encoding: .utf8))
  }

  /// Proper names keep OCR's diacritics until the restorer runs, so they compare folded.
  static func folded(_ text: String?) -> String? {
    text.map {
      $0.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        .replacingOccurrences(of: "đ", with: "d")
    }
  }

  @Test(.enabled(if: FileManager.default.fileExists(atPath: seed.path)))
  func readsNumberDateAndType() throws {
    let record = try Self.record()
    #expect(record.symbol == "365/BC-UBND")
    #expect(record.number == "365")
    #expect(record.date == "2025-12-01")
    #expect(record.documentType == DocumentType(code: "BC", name: "Báo cáo"))
  }

  @Test(.enabled(if: FileManager.default.fileExists(atPath: seed.path)))
  func readsIssuerFromMergedHeaderLine() throws {
    let record = try Self.record()
    #expect(record.issuer?.name?.hasPrefix("Ủy ban nhân dân phường") == true)
    #expect(Self.folded(record.issuer?.name) == "uy ban nhan dan phuong le chan")
    #expect(Self.folded(record.place) == "le chan")
    // Both were repaired (kind from the symbol, place from the issuer), which lowers confidence.
    #expect((record.confidence["place"] ?? 1) < 0.9)
    #expect((record.confidence["issuer"] ?? 1) < 0.9)
    #expect(record.confidence["symbol"] == 0.95)
  }

  @Test(.enabled(if: FileManager.default.fileExists(atPath: seed.path)))
  func readsTheFourReferencedDocuments() throws {
    let references = try Self.record().references
    #expect(
      references.map(\.symbol) == [
        "6121/SVHTTDL-TTBCXB", "30/KH-UBND", "44/KH-UBND", "143/KH-UBND",
      ])
    #expect(references.map(\.date) == ["2025-11-28", "2025-07-28", "2025-08-08", "2025-10-21"])
    #expect(references.map(\.kind) == ["Công văn", "Kế hoạch", "Kế hoạch", "Kế hoạch"])
    #expect(references[0].issuer?.hasPrefix("Sở Văn hóa Thể thao và Du lịch thành phố") == true)
    #expect(Self.folded(references[1].subject)?.hasSuffix("6 thang cudi nam 2025") == true)
  }

  @Test(.enabled(if: FileManager.default.fileExists(atPath: seed.path)))
  func readsSignerAndDistributionFromMergedFooter() throws {
    let record = try Self.record()
    #expect(Self.folded(record.signer?.name) == "pham viet anh")
    #expect(record.signer?.authority == "KT")
    #expect(record.signer?.onBehalfOf == "Chủ tịch")
    #expect(record.distribution.count == 3)
    #expect(Self.folded(record.distribution[1]) == "ct, pct ubnd phuong")
    #expect(record.distribution[2].hasPrefix("Luu: VT, VHXH"))
  }
}
