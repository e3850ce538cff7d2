import Foundation

/// With `VANBAN_TIMINGS=1` in the environment, `vanban scan` reports on stderr how long the scan
/// and the PDF writing took, for `Scripts/benchmark/searchable-pdf.sh`.
final class Timings {
  private let enabled = ProcessInfo.processInfo.environment["VANBAN_TIMINGS"] == "1"
  private let start = Date()
  private var lastMark = Date()

  /// Marks the end of a document's scan.
  func scanned() {
    guard enabled else { return }
    let now = Date()
    StandardError.print(
      String(format: "vanban: timing: scan %.3f s", now.timeIntervalSince(lastMark)))
    lastMark = now
  }

  /// Marks the end of writing a PDF of `pages` pages.
  func wrotePDF(pages: Int) {
    guard enabled else { return }
    let now = Date()
    StandardError.print(
      String(format: "vanban: timing: pdf %.3f s, %d pages", now.timeIntervalSince(lastMark), pages)
    )
    lastMark = now
  }
}
