import CLeptonica
import CTesseract
import Foundation

/// The sole owner of one `TessBaseAPI`. Not thread-safe: one handle belongs to one worker.
final class TesseractHandle {
  let pointer: OpaquePointer

  /// Tesseract's start-up writes process-wide state (global parameters such as `debug_file`, the
  /// shared dictionary cache); two engines starting at once on two threads corrupted the heap
  /// ("double free or corruption"), so start-ups take turns. Recognition itself runs in parallel.
  private static let startLock = NSLock()

  /// Starts Tesseract with `languages` (such as `vie+eng`) from `dataDirectory`.
  init(languages: String, dataDirectory: String) throws(OCRError) {
    Self.startLock.lock()
    defer { Self.startLock.unlock() }
    guard let pointer = TessBaseAPICreate() else {
      throw .engineStartFailed(languages: languages, directory: dataDirectory)
    }
    // Tesseract wants the directory itself, with a trailing slash, or its parent on older versions.
    let directory = dataDirectory.hasSuffix("/") ? dataDirectory : dataDirectory + "/"
    guard TessBaseAPIInit3(pointer, directory, languages) == 0 else {
      TessBaseAPIDelete(pointer)
      throw .engineStartFailed(languages: languages, directory: dataDirectory)
    }
    self.pointer = pointer
    // Tesseract's own diagnostics ("Detected 12 diacritics", resolution guesses) would mix with the
    // CLI's output; VanBan reports through its own types instead.
    _ = TessBaseAPISetVariable(pointer, "debug_file", "/dev/null")
  }

  deinit {
    TessBaseAPIEnd(pointer)
    TessBaseAPIDelete(pointer)
  }

  /// Sets the image to read; Tesseract keeps its own reference to the pixels until the next call.
  func setImage(_ pix: UnsafeMutablePointer<PIX>, resolution: Int) {
    TessBaseAPISetImage2(pointer, pix)
    TessBaseAPISetSourceResolution(pointer, Int32(resolution))
  }
}

@available(*, unavailable)
extension TesseractHandle: Sendable {}
