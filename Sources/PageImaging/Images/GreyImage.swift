import CLeptonica

/// An 8-bit grey image as plain values: row after row, 0 black to 255 white.
///
/// For code that looks at pixels itself, away from Leptonica (a digit classifier, say).
public struct GreyImage: Sendable, Hashable {
  /// Width in pixels.
  public let width: Int
  /// Height in pixels.
  public let height: Int
  /// The grey levels, `width` per row, top row first.
  public let pixels: [UInt8]

  /// An image of `width` × `height` pixels; `pixels` must hold `width * height` values.
  public init(width: Int, height: Int, pixels: [UInt8]) {
    precondition(width >= 0 && height >= 0 && pixels.count == width * height)
    self.width = width
    self.height = height
    self.pixels = pixels
  }

  /// The grey level at column `x`, row `y`.
  public subscript(x: Int, y: Int) -> UInt8 { pixels[y * width + x] }
}

extension PixImage {
  /// The image's pixels as a ``GreyImage``: 8-bit images as they are, others converted to grey
  /// first; `nil` when Leptonica cannot convert it.
  public var greyImage: GreyImage? {
    guard let grey = depth == 8 ? self : transformed({ pixConvertTo8($0, 0) }) else { return nil }
    return grey.withPix { pix -> GreyImage? in
      guard let data = pixGetData(pix) else { return nil }
      let wordsPerLine = Int(pixGetWpl(pix))
      let (width, height) = (Int(pixGetWidth(pix)), Int(pixGetHeight(pix)))
      var pixels = [UInt8](repeating: 0, count: width * height)
      for y in 0..<height {
        let line = data + y * wordsPerLine
        for x in 0..<width {
          // Leptonica packs four pixels in a 32-bit word, the first in its most significant byte.
          pixels[y * width + x] = UInt8(
            truncatingIfNeeded: line[x >> 2] >> (24 - 8 * UInt32(x & 3)))
        }
      }
      return GreyImage(width: width, height: height, pixels: pixels)
    }
  }
}
