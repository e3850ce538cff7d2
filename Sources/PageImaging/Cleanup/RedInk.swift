import CLeptonica

/// Detection of red ink (seals, urgency stamps) on colour pages.
enum RedInk {
  /// Share of red pixels above which a page is treated as stamped: a round seal over the signer
  /// covers about 1% of an A4 page, a small urgency stamp about 0.2%.
  static let presenceThreshold = 0.0005

  /// The share of pixels, sampled on a grid, whose red clearly dominates green and blue. Seals are
  /// stamped in thin, half-transparent ink, so over paper they are often pink rather than red.
  static func fraction(in image: PixImage) -> Double {
    guard image.depth == 32, let data = pixGetData(image.pointer) else { return 0 }
    let wordsPerLine = Int(pixGetWpl(image.pointer))
    let step = 3
    var red = 0
    var sampled = 0
    for row in stride(from: 0, to: image.height, by: step) {
      let line = data + row * wordsPerLine
      for column in stride(from: 0, to: image.width, by: step) {
        let pixel = line[column]
        let r = Int((pixel >> 24) & 0xFF)
        let g = Int((pixel >> 16) & 0xFF)
        let b = Int((pixel >> 8) & 0xFF)
        sampled += 1
        if r > 90 && r - g > 35 && r - b > 25 { red += 1 }
      }
    }
    return sampled == 0 ? 0 : Double(red) / Double(sampled)
  }
}
