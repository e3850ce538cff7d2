import Foundation

/// Diagnostics go to stderr, results to stdout.
enum StandardError {
  static func print(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
  }
}
