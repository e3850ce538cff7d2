import DiacriticRestorer
import TestSupport
import Testing

@Suite struct PagesTests {
  /// The seed dispatch cut after its first twelve lines, with the line that names the ward in
  /// capitals ("PHUONG LE CHAN") moved to the top of the second page: the first page then
  /// reads "Phuong L8 Chan" and "phuong L& Chan" with nothing on it that vouches for "Lê".
  private func seedPages() throws -> [String] {
    let lines = try RepositoryPaths.fixtureText("restorer/seed-dispatch-ocr.txt")
      .split(separator: "\n", omittingEmptySubsequences: false)
    return [
      lines[1..<12].joined(separator: "\n"), ([lines[0]] + lines[12...]).joined(separator: "\n"),
    ]
  }

  @Test func aNameReadOnOnePageIsRightOnTheOthers() throws {
    let restorer = try #require(SharedRestorer.instance)
    let pages = try seedPages()
    let alone = restorer.restore(pages[0]).text
    let together = restorer.restore(pages: pages)[0].text
    let named = { (text: String) in
      text.split(separator: "\n").filter { $0.lowercased().contains("phường lê chân") }.count
    }
    // Three lines of the first page name the ward. Alone, it reads the header's "Hương Lộ
    // Chẵn" and the body's "Lở Chân"; with the second page, the name is right on all three.
    #expect(named(alone) < 3, "\(alone)")
    #expect(named(together) == 3, "\(together)")
  }

  @Test func eachPageGetsItsOwnTextChangesAndLines() throws {
    let restorer = try #require(SharedRestorer.instance)
    let pages = try seedPages() + ["Ke hoach so 30/KH-UBND\n\nve thuc hien cai cach hanh chinh\n"]
    let results = restorer.restore(pages: pages)
    #expect(results.count == pages.count)
    for (page, result) in zip(pages, results) {
      let lines = page.split(separator: "\n", omittingEmptySubsequences: false)
      #expect(result.channels.count == lines.count)
      #expect(!result.changes.isEmpty)
      for change in result.changes {
        // Each range is the page's own, on the line the change names.
        #expect(String(page[change.range]) == change.original)
        #expect(lines[change.line].contains(change.original))
      }
      // The text is the page with its changes made, and nothing of another page.
      #expect(result.text.split(separator: "\n").count == page.split(separator: "\n").count)
    }
    #expect(results[2].text == "Kế hoạch số 30/KH-UBND\n\nvề thực hiện cải cách hành chính\n")
  }

  @Test func onePageIsRestoredAsAlone() throws {
    let restorer = try #require(SharedRestorer.instance)
    let page = try seedPages()[0]
    #expect(restorer.restore(pages: [page]) == [restorer.restore(page)])
    #expect(restorer.restore(pages: []).isEmpty)
  }
}
