import Foundation
import TestSupport
import Testing

/// Large and odd input (issue 16): refused from the header, skipped quickly, or read with a note;
/// always one clear line naming the file, never a crash.
@Suite("Hostile input")
struct HostileInputTests {
  private func path(_ name: String) -> String {
    RepositoryPaths.fixture("hostile/\(name)").path
  }

  @Test("Images declaring 3.6 billion pixels are refused from their header, file and size named")
  func tooLarge() throws {
    let files = ["declared-huge.png", "declared-huge-1bit.png", "huge-page.pdf"].map(path)
    let result = try CommandRunner.vanban(["scan", "--raw"] + files)
    #expect(result.status == 2)
    let lines = result.stderr.split(separator: "\n")
    #expect(lines.count == 3, "\(result.stderr)")
    for file in files {
      #expect(
        lines.contains { $0.contains(file) && $0.contains("too large") && $0.contains("60000") },
        "\(result.stderr)")
    }
    #expect(lines.contains { $0.contains("huge-page.pdf (page 1)") })
    // A limit above the page's size lets it through to decoding, which then fails on the
    // truncated data: the limit is what refused it.
    let allowed = try CommandRunner.vanban([
      "scan", "--raw", "--max-pixels", "4000000000", path("declared-huge-1bit.png"),
    ])
    #expect(!allowed.stderr.contains("too large"), "\(allowed.stderr)")
  }

  @Test("Blank pages are found before recognition and given with a note")
  func blankPages() throws {
    let result = try CommandRunner.vanban(["scan", "--format", "json", path("blank-pages.pdf")])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let pages = try #require(object["pages"] as? [[String: Any]])
    #expect(pages.count == 100)
    #expect(pages.allSatisfy { ($0["notes"] as? [String])?.first?.contains("blank") == true })
    #expect(pages.allSatisfy { ($0["text"] as? String)?.isEmpty == true })
  }

  @Test("Light, thin print is a page of text, not a blank page")
  func lightPrintIsNotBlank() throws {
    // At the 36 ppi of the blank-page preview nothing on this page is darker than grey 186.
    let result = try CommandRunner.vanban([
      "scan", "--raw", "--format", "json", path("light-print.pdf"),
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let pages = try #require(object["pages"] as? [[String: Any]])
    #expect(pages.count == 1)
    #expect((pages.first?["notes"] as? [String])?.contains { $0.contains("blank") } != true)
    let text = (object["text"] as? String) ?? ""
    #expect(text.contains("THONG BAO"), "\(text)")
    #expect(text.contains("khoa luan tot nghiep"), "\(text)")
  }

  @Test("A GIF of several frames says that only the first is read")
  func gifFrames() throws {
    let result = try CommandRunner.vanban([
      "scan", "--format", "json", "--no-parse", path("two-frames.gif"),
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect((object["notes"] as? [String]) == ["pages: a GIF of 2 frames: only the first is read"])
    #expect((object["text"] as? String)?.contains("Trang") == true)
  }
}
