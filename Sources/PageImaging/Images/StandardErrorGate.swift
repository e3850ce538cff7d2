import Foundation

/// Keeps the C decoders' own complaints ("Corrupt JPEG data: premature end of data segment",
/// "libpng error: Read Error") off stderr, where VanBan promises one clear line per bad file.
///
/// libjpeg and libpng print straight to file descriptor 2, so decoding runs with that descriptor
/// pointed at /dev/null. The redirection is process-wide: programs that print diagnostics while
/// pages are decoded on other threads write through ``write(_:)`` (the VanBan module's
/// `Diagnostics`), which takes the same lock, so their lines are never swallowed.
package enum StandardErrorGate {
  private static let lock = NSLock()

  /// Writes `text` to stderr, never while a decoder has it silenced.
  package static func write(_ text: String) {
    lock.withLock { FileHandle.standardError.write(Data(text.utf8)) }
  }

  /// Runs `body` with stderr silenced.
  static func silenced<T>(_ body: () throws -> T) rethrows -> T {
    lock.lock()
    defer { lock.unlock() }
    fflush(nil)
    let saved = dup(2)
    let null = open("/dev/null", O_WRONLY)
    if saved >= 0, null >= 0 { dup2(null, 2) }
    if null >= 0 { close(null) }
    defer {
      fflush(nil)
      if saved >= 0 {
        dup2(saved, 2)
        close(saved)
      }
    }
    return try body()
  }
}
