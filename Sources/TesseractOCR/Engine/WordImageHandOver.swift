import CWordImages

/// How word images travel inside Tesseract from layout to the LSTM recogniser.
///
/// Tesseract 5.3 encodes every word image as PNG and decodes it again at once, which costs a
/// tenth of a page's CPU time; VanBan's `CWordImages` target answers those requests with a raw
/// format instead, on the recognising thread only. That works when the program links
/// libtesseract itself (the `vanban` executable and test runners do), because the linker then
/// exports VanBan's `pixWriteMem` to it; otherwise Tesseract keeps its own PNG path.
package enum WordImageHandOver {
  /// Whether uncompressed hand-over takes effect in this process.
  package static var isAvailable: Bool {
    vanban_word_images_interposed() != 0
  }

  /// How many word images went over uncompressed on the calling thread so far: read it on the
  /// thread that recognises, before and after, to count one recognition's.
  static var substitutionsOnThisThread: UInt {
    vanban_word_images_substitutions()
  }

  /// Runs `body` with uncompressed hand-over on the current thread when `enabled`.
  static func run<T>(uncompressed enabled: Bool, _ body: () -> T) -> T {
    let previous = vanban_word_images_uncompressed(enabled ? 1 : 0)
    defer { _ = vanban_word_images_uncompressed(previous) }
    return body()
  }
}
