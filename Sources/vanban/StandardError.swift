import VanBan

/// Diagnostics go to stderr, results to stdout.
enum StandardError {
  static func print(_ message: String) {
    Diagnostics.print(message)
  }

  static func write(_ text: String) {
    StandardErrorGate.write(text)
  }
}
