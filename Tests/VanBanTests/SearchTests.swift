import Foundation
import TestSupport
import Testing
import VietnameseText

@testable import VanBan

/// Searching the shared archive's catalogue: accents optional both ways, symbols, filters.
@Suite("Catalogue search")
struct SearchTests {
  private func catalogue() async throws -> Catalogue {
    try Catalogue(path: try await SharedArchive.run().tree.catalogue, create: false)
  }

  @Test(
    "Accent-free, accented and upper-case queries find the same report",
    arguments: [
      "cong tac van thu luu tru", "công tác văn thư", "CÔNG TÁC VĂN THƯ, LƯU TRỮ",
      "cong tac VAN THU",
    ])
  func accentInsensitive(query: String) async throws {
    let hits = try await catalogue().search(query)
    #expect(hits.first?.symbol == "365/BC-UBND", "\(hits.map(\.source))")
    let snippet = try #require(hits.first?.snippet)
    // The snippet shows the document's own accented text, with a piece of the query marked.
    let marked = try #require(
      snippet.split(separator: "«").dropFirst().first?.split(separator: "»").first)
    func words(_ text: String) -> String {
      text.vietnameseFolded.split { !$0.isLetter && !$0.isNumber }.joined(separator: " ")
    }
    #expect(words(query).contains(words(String(marked))), "\(snippet)")
    #expect(String(marked) != String(marked).vietnameseFolded, "\(snippet)")
  }

  @Test("A document symbol finds that document first, even where the parser missed it")
  func symbolQuery() async throws {
    let catalogue = try await catalogue()
    let report = try await catalogue.search("365/BC-UBND")
    #expect(report.first?.source.hasSuffix("/bc-365.jpg") == true, "\(report.map(\.source))")
    #expect(
      report.first?.snippet.contains("«365/BC-UBND»") == true, "\(report.first?.snippet ?? "")")
    let cv = try await catalogue.search("2207/STNMT-QLĐĐ")
    #expect(cv.first?.source.hasSuffix("/cv-2207.jpg") == true, "\(cv.map(\.source))")
    // The symbol's parts in another order are another symbol.
    #expect(try await catalogue.search("UBND/BC-365").isEmpty)
  }

  @Test("Words that occur in no document give no hit; a query of punctuation is an error")
  func noHits() async throws {
    let catalogue = try await catalogue()
    #expect(try await catalogue.search("xyzzy quokka").isEmpty)
    await #expect(throws: CatalogueError.self) { try await catalogue.search(" -/ ") }
  }

  @Test("Type, issuer and year filters narrow the hits")
  func filters() async throws {
    let catalogue = try await catalogue()
    let all = try await catalogue.search("ubnd")
    #expect(!all.isEmpty)
    let reports = try await catalogue.search("van thu", filters: SearchFilters(typeCode: "bc"))
    #expect(reports.map(\.symbol) == ["365/BC-UBND"])
    #expect(try await catalogue.search("van thu", filters: SearchFilters(typeCode: "QĐ")).isEmpty)
    #expect(try await catalogue.search("van thu", filters: SearchFilters(year: 1999)).isEmpty)
    // Whatever year the parser read for a document, filtering on it keeps that document.
    for record in try await catalogue.records() {
      guard let year = record.record?.date.flatMap({ Int($0.prefix(4)) }) else { continue }
      let unfiltered = try await catalogue.search("ubnd")
      guard unfiltered.contains(where: { $0.sha256 == record.sha256 }) else { continue }
      let hits = try await catalogue.search("ubnd", filters: SearchFilters(year: year))
      #expect(hits.contains { $0.sha256 == record.sha256 })
      #expect(hits.count <= unfiltered.count)
    }
    let issuer = try await catalogue.search("van thu", filters: SearchFilters(issuer: "le chan"))
    #expect(issuer.map(\.symbol) == ["365/BC-UBND"])
  }

  @Test("Query parsing: folded terms, symbols as phrases, operators quoted")
  func queryParsing() throws {
    let query = try SearchQuery("Cải cách 365/BC-UBND or")
    #expect(query.terms == [["cai"], ["cach"], ["365", "bc", "ubnd"], ["or"]])
    #expect(query.matchExpression == "\"cai\" \"cach\" \"365 bc ubnd\" \"or\"")
  }
}
