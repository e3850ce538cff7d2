import CLeptonica

/// A raster page image: the sole owner of one Leptonica `PIX`.
///
/// The image is immutable once made; every clean-up step returns a new `PixImage`. That is what
/// makes it safe to hand from one task to another: nobody writes to the pixels after creation.
/// Hand one image to one OCR engine at a time, because Leptonica's reference counts are not atomic.
public final class PixImage: @unchecked Sendable {
  /// Leptonica's image type, opaque from version 1.83 on; aliased here so that change stays local.
  package typealias Pointer = UnsafeMutablePointer<PIX>

  let pointer: Pointer

  /// Takes ownership of a `PIX` that the caller must not free.
  init(owning pointer: Pointer) {
    self.pointer = pointer
  }

  deinit {
    var owned: Pointer? = pointer
    pixDestroy(&owned)
  }

  /// Width in pixels.
  public var width: Int { Int(pixGetWidth(pointer)) }

  /// Height in pixels.
  public var height: Int { Int(pixGetHeight(pointer)) }

  /// Bits per pixel: 1, 8 or 32 for the images VanBan makes.
  public var depth: Int { Int(pixGetDepth(pointer)) }

  /// The horizontal resolution recorded in the file, in pixels per inch, or `nil` when absent.
  public var recordedResolution: Int? {
    let resolution = Int(pixGetXRes(pointer))
    return resolution > 0 ? resolution : nil
  }

  /// Writes the image as PNG, for inspection and debugging.
  ///
  /// - Throws: ``PageImagingError/writeFailed(path:)`` when Leptonica cannot write the file.
  public func writePNG(to path: String) throws(PageImagingError) {
    if pixWrite(path, pointer, Int32(IFF_PNG)) != 0 { throw .writeFailed(path: path) }
  }

  /// Runs a Leptonica transform that returns a new image, adopting the result.
  package func transformed(_ transform: (Pointer) -> Pointer?) -> PixImage? {
    guard let result = transform(pointer) else { return nil }
    return PixImage(owning: result)
  }
}

extension PixImage {
  /// Lends the raw Leptonica image to C code in this package that reads it (Tesseract). The pointer must not
  /// escape `body`, and the callee must not free or modify the pixels.
  package func withPix<R>(_ body: (UnsafeMutablePointer<PIX>) throws -> R) rethrows -> R {
    try withExtendedLifetime(self) { try body(pointer) }
  }

  /// The image turned clockwise by a multiple of 90°, or `nil` if Leptonica fails.
  public func rotatedClockwise(byQuarterTurns quarterTurns: Int) -> PixImage? {
    let turns = ((quarterTurns % 4) + 4) % 4
    if turns == 0 { return transformed { pixCopy(nil, $0) } }
    return transformed { pixRotateOrth($0, Int32(turns)) }
  }
}
