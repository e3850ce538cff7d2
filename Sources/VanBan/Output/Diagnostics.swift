import PageImaging

/// The standard error stream of a program that scans: diagnostics and progress written here are
/// never lost while page decoding has silenced the C decoders' own messages (libjpeg and libpng
/// print to file descriptor 2 directly; see `StandardErrorGate` in PageImaging).
///
/// ```swift
/// Diagnostics.write("vanban: scan.pdf: encrypted PDF\n")
/// ```
package enum Diagnostics {
  /// Writes `text` to stderr as it is (add the line feed yourself).
  package static func write(_ text: String) {
    StandardErrorGate.write(text)
  }

  /// Writes `message` and a line feed to stderr.
  package static func print(_ message: String) {
    StandardErrorGate.write(message + "\n")
  }
}
