import Foundation
import PageImaging

/// Diagnostics go to stderr, results to stdout.
enum StandardError {
  static func print(_ message: String) {
    StandardErrorGate.write(message + "\n")
  }

  static func write(_ text: String) {
    StandardErrorGate.write(text)
  }
}
