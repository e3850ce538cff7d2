import DiacriticRestorer
import Foundation

/// The list of changes `vanban restore --changes` writes: one line per changed word, with its
/// confidence and the likelier readings.
public enum ChangeReport {
  /// One line per change: "line 3: hoach → hoạch (confidence 0.98; hoạch 0.98, hoách 0.01)".
  public static func lines(_ changes: [RestorationResult.Change]) -> String {
    var report = ""
    for change in changes {
      let alternatives = change.alternatives.map {
        "\($0.text) \(String(format: "%.2f", $0.probability))"
      }
      report +=
        "line \(change.line + 1): \(change.original) → \(change.replacement) "
        + "(confidence \(String(format: "%.2f", change.confidence)); "
        + "\(alternatives.joined(separator: ", ")))\n"
    }
    return report
  }
}
