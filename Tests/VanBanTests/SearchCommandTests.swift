import Foundation
import TestSupport
import Testing
import VietnameseText

/// `vanban search` over the catalogue that `vanban batch` wrote.
@Suite("vanban search")
struct SearchCommandTests {
  @Test("JSON Lines hits with the contract keys; accent-free query; ranked")
  func jsonHits() async throws {
    let run = try await InterruptedArchive.run()
    let result = try CommandRunner.vanban([
      "search", "chuyen doi so", "--catalog", run.tree.catalogue, "--format", "json",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let hits = try result.stdout.split(separator: "\n").map { line in
      try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }
    // "chuyển đổi số" is in both notices (496-TB/TU, 512/TB-BNV) and in no công văn.
    let sources = Set(
      hits.compactMap { ($0["source"] as? String).map { ($0 as NSString).lastPathComponent } })
    #expect(sources == ["tb-496.jpg", "tb-512.jpg"])
    for hit in hits {
      for key in ["source", "symbol", "date", "issuer", "documentType", "snippet"] {
        #expect(hit.keys.contains(key), "missing \(key)")
      }
      #expect(
        (hit["snippet"] as? String)?.vietnameseFolded.contains("«chuyen doi so»") == true, "\(hit)")
    }
  }

  @Test("A symbol query finds its document; --year and --type filter; no hit exits 1")
  func symbolAndFilters() async throws {
    let run = try await InterruptedArchive.run()
    let catalogue = run.tree.catalogue
    let symbol = try CommandRunner.vanban(["search", "512/TB-BNV", "--catalog", catalogue])
    #expect(symbol.status == 0)
    #expect(
      symbol.stdout.hasPrefix("1. " + run.tree.archive.path + "/c/tb-512.jpg"), "\(symbol.stdout)")
    let post = try CommandRunner.vanban([
      "search", "bưu chính", "--catalog", catalogue, "--format", "json",
    ])
    #expect(post.stdout.split(separator: "\n").count == 1)
    #expect(post.stdout.contains("cv-115.jpg"))
    #expect(
      try CommandRunner.vanban(["search", "bưu chính", "--catalog", catalogue, "--year", "1999"])
        .status == 1)
    let none = try CommandRunner.vanban([
      "search", "bưu chính", "--catalog", catalogue, "--type", "TB",
    ])
    #expect(none.status == 1)
    #expect(none.stdout.isEmpty)
    #expect(try CommandRunner.vanban(["search", "x", "--catalog", "/no/such.sqlite"]).status == 1)
  }
}
