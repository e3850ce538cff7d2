import Foundation
import TestSupport
import Testing

/// The fixed searches that SQLite and PostgreSQL catalogues of the same documents must answer
/// alike: the same documents in the same order, with the same scores and snippets.
enum SearchParity {
  static let searches: [[String]] = [
    ["chuyen doi so"], ["chuyển đổi số", "--type", "TB"], ["bưu chính viễn thông"],
    ["512/TB-BNV"], ["496-TB/TU"], ["115/CV-PA83"], ["cong van"], ["thong bao ket luan"],
    ["ubnd"], ["tinh uy ninh binh"], ["an ninh kinh te"], ["nghị định"], ["2025"],
    ["ban thuong vu", "--year", "2025"], ["cong an", "--issuer", "an ninh"],
    ["so hoa", "--type", "CV"], ["xyzzy quokka"], ["UBND/BC-365"],
  ]

  /// Runs every search on both catalogues and expects the same JSON Lines and exit status.
  static func expectSame(_ sqlite: String, _ postgres: String) throws {
    var hits = 0
    for search in searches {
      let arguments = ["search"] + search + ["--format", "json", "--limit", "10"]
      let expected = try CommandRunner.vanban(arguments + ["--catalog", sqlite])
      let found = try CommandRunner.vanban(arguments + ["--catalog", postgres])
      #expect(found.stdout == expected.stdout, "search \(search)")
      #expect(found.status == expected.status, "search \(search): \(found.stderr)")
      hits += expected.stdout.split(separator: "\n").count
    }
    // The set is not vacuous: most searches find something.
    #expect(hits >= 20)
  }
}
