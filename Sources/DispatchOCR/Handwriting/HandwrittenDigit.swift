/// A glyph cut from a scan, as a digit is read: its ink, 0 (paper) to 1 (full ink), in the box it
/// fills.
///
/// The reader (``HandwrittenDigitReader``) sees a digit as MNIST shows one: the ink's box scaled
/// to fit 20 × 20 pixels, set in 28 × 28 with its centre of mass in the middle
/// (``normalised``). `Scripts/handwriting/train_digits.py` normalises its training digits the
/// same way, so the two must change together.
struct HandwrittenDigit {
  /// Width of the box, in pixels.
  let width: Int
  /// Height of the box, in pixels.
  let height: Int
  /// The ink, `width` per row, top row first.
  let ink: [Float]

  /// Side of the square the reader sees.
  static let side = 28
  /// Side of the square the ink's box is scaled to fit.
  static let fitted = 20
  /// Ink under which a pixel does not count for the ink's box.
  static let faintInk: Float = 0.1

  /// The ink bilinearly sampled at (`x`, `y`), pixel centres at whole numbers plus one half; 0
  /// outside the box.
  private func sample(_ x: Float, _ y: Float) -> Float {
    let (sx, sy) = (x - 0.5, y - 0.5)
    let (x0, y0) = (Int(sx.rounded(.down)), Int(sy.rounded(.down)))
    let (fx, fy) = (sx - Float(x0), sy - Float(y0))
    var total: Float = 0
    for (dy, wy) in [(0, 1 - fy), (1, fy)] {
      for (dx, wx) in [(0, 1 - fx), (1, fx)] {
        let (xi, yi) = (x0 + dx, y0 + dy)
        guard xi >= 0, xi < width, yi >= 0, yi < height else { continue }
        total += wx * wy * ink[yi * width + xi]
      }
    }
    return total
  }

  /// The 28 × 28 image the reader sees, row after row.
  var normalised: [Float] {
    var output = [Float](repeating: 0, count: Self.side * Self.side)
    let rows = (0..<height).filter { y in
      (0..<width).contains { ink[y * width + $0] >= Self.faintInk }
    }
    let columns = (0..<width).filter { x in
      (0..<height).contains { ink[$0 * width + x] >= Self.faintInk }
    }
    guard let top = rows.first, let bottom = rows.last, let left = columns.first,
      let right = columns.last
    else { return output }
    let (boxHeight, boxWidth) = (bottom + 1 - top, right + 1 - left)
    let scale = Float(Self.fitted) / Float(max(boxHeight, boxWidth))
    let targetHeight = max(1, Int((Float(boxHeight) * scale + 0.5).rounded(.down)))
    let targetWidth = max(1, Int((Float(boxWidth) * scale + 0.5).rounded(.down)))
    // Each target pixel is the mean of 4 × 4 samples of its footprint: the ink's area, whatever
    // the scale.
    var small = [Float](repeating: 0, count: targetWidth * targetHeight)
    for ty in 0..<targetHeight {
      for tx in 0..<targetWidth {
        var total: Float = 0
        for sy in 0..<4 {
          let y =
            Float(top) + (Float(ty) + (Float(sy) + 0.5) / 4) * Float(boxHeight)
            / Float(targetHeight)
          for sx in 0..<4 {
            let x =
              Float(left) + (Float(tx) + (Float(sx) + 0.5) / 4) * Float(boxWidth)
              / Float(targetWidth)
            total += sample(x, y)
          }
        }
        small[ty * targetWidth + tx] = total / 16
      }
    }
    let mass = small.reduce(0, +)
    guard mass > 0 else { return output }
    var (massY, massX): (Float, Float) = (0, 0)
    for ty in 0..<targetHeight {
      for tx in 0..<targetWidth {
        massY += small[ty * targetWidth + tx] * (Float(ty) + 0.5)
        massX += small[ty * targetWidth + tx] * (Float(tx) + 0.5)
      }
    }
    let centre = Float(Self.side) / 2
    let offsetY = Int((centre - massY / mass + 0.5).rounded(.down))
    let offsetX = Int((centre - massX / mass + 0.5).rounded(.down))
    for ty in 0..<targetHeight where (0..<Self.side).contains(ty + offsetY) {
      for tx in 0..<targetWidth where (0..<Self.side).contains(tx + offsetX) {
        output[(ty + offsetY) * Self.side + tx + offsetX] = small[ty * targetWidth + tx]
      }
    }
    return output
  }
}

extension HandwrittenDigit {
  /// The ink of columns `columns` alone.
  func columns(_ columns: Range<Int>) -> HandwrittenDigit {
    var ink: [Float] = []
    ink.reserveCapacity(columns.count * height)
    for y in 0..<height {
      ink += self.ink[(y * width + columns.lowerBound)..<(y * width + columns.upperBound)]
    }
    return HandwrittenDigit(width: columns.count, height: height, ink: ink)
  }

  /// The ink in column `x`.
  func columnInk(_ x: Int) -> Float {
    (0..<height).reduce(0) { $0 + ink[$1 * width + x] }
  }
}
