import Foundation

/// How fast a restorer reads a text, by the wall clock and in CPU time: the speed lines of
/// `vanban model evaluate`.
///
/// On a shared machine the wall clock counts other jobs too; the CPU time does not.
/// (`Scripts/restorer/callgrind.sh` counts instructions, which no other job disturbs.)
///
/// ```swift
/// let speed = try SpeedMeasurement(
///   name: "stripped", file: folder.appendingPathComponent("heldout-stripped.txt"),
///   repeats: 20, restorer: restorer)
/// print(speed)  // speed (stripped, 164140 words, one thread): … words/s wall, …
/// ```
package struct SpeedMeasurement: Sendable, CustomStringConvertible {
  /// The name of the text measured.
  package var name: String
  /// Words of the text, as runs of characters between whitespace.
  package var words: Int
  /// Wall-clock time of the restore.
  package var wall: Duration
  /// Processor time of the restore, in seconds.
  package var cpuSeconds: Double

  /// The texts of `Fixtures/restorer` that `vanban model evaluate` times, in its order.
  package static let standardFiles = [
    (name: "stripped", file: "heldout-stripped.txt"),
    (name: "correct", file: "heldout-correct.txt"),
  ]

  /// Times one restore of `repeats` copies of the text of `file`, on this thread.
  ///
  /// A text repeated has each distinct word's candidate search run once, so the figure
  /// weighs decoding more than search.
  /// - Throws: ``RestorerError/unreadableInput(path:reason:)`` when `file` cannot be read.
  package init(name: String, file: URL, repeats: Int, restorer: DiacriticRestorer)
    throws(RestorerError)
  {
    let text: String
    do { text = try String(contentsOf: file, encoding: .utf8) } catch {
      throw .unreadableInput(path: file.path, reason: "\(error)")
    }
    let big = String(repeating: text, count: repeats)
    self.name = name
    words = big.split(whereSeparator: \.isWhitespace).count
    let cpuStart = Foundation.clock()
    wall = ContinuousClock().measure { _ = restorer.restore(big) }
    cpuSeconds = Double(Foundation.clock() - cpuStart) / Double(CLOCKS_PER_SEC)
  }

  /// Words per wall-clock second.
  package var wordsPerSecond: Int {
    let seconds = Double(wall.components.seconds) + Double(wall.components.attoseconds) * 1e-18
    return Int(Double(words) / seconds)
  }

  /// Words per second of processor time.
  package var wordsPerCPUSecond: Int { Int(Double(words) / cpuSeconds) }

  /// One line: the text, its words and both speeds.
  package var description: String {
    "speed (\(name), \(words) words, one thread): \(wordsPerSecond) words/s wall, "
      + "\(wordsPerCPUSecond) words per CPU second"
  }
}
