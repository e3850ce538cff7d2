import CLeptonica

/// Detection of red ink (seals, urgency stamps) on colour pages.
enum RedInk {
  /// Share of red pixels above which a page is treated as stamped: a round seal over the signer
  /// covers about 1% of an A4 page, a small urgency stamp about 0.2%.
  static let presenceThreshold = 0.0005

  /// The share of pixels, sampled on a grid, whose red clearly dominates green and blue. Seals are
  /// stamped in thin, half-transparent ink, so over paper they are often pink rather than red.
  /// With `topRows`, only the image's first rows are sampled.
  static func fraction(in image: PixImage, topRows: Int? = nil) -> Double {
    guard image.depth == 32, let data = pixGetData(image.pointer) else { return 0 }
    let wordsPerLine = Int(pixGetWpl(image.pointer))
    let step = 3
    var red = 0
    var sampled = 0
    for row in stride(from: 0, to: min(image.height, topRows ?? image.height), by: step) {
      let line = data + row * wordsPerLine
      for column in stride(from: 0, to: image.width, by: step) {
        let pixel = line[column]
        let r = Int((pixel >> 24) & 0xFF)
        let g = Int((pixel >> 16) & 0xFF)
        let b = Int((pixel >> 8) & 0xFF)
        sampled += 1
        if isRed(r, g, b) { red += 1 }
      }
    }
    return sampled == 0 ? 0 : Double(red) / Double(sampled)
  }

  /// Whether a pixel's red clearly dominates its green and blue: by a fixed margin, or in
  /// proportion to its red, which finds the dim seal of a dark scan (the fixed margin alone found
  /// 0.046% of such a page red, under ``presenceThreshold``; the proportion finds 0.075%).
  @inline(__always)
  static func isRed(_ r: Int, _ g: Int, _ b: Int) -> Bool {
    (r > 90 && r - g > 35 && r - b > 25) || (r > 60 && (r - g) * 4 > r && (r - b) * 5 > r)
  }

  /// Whether the red ink is worth keeping as a layer of its own, to read stamps from: when the
  /// top half of the page holds some, where Decree 30 puts urgency and confidentiality stamps,
  /// or when the page lies on its side and its top is not known yet. The seal alone, at the
  /// foot of an upright page, is not; skipping its layer spares a grey image, its deskew and its
  /// upscaling on most sealed pages.
  static func worthALayer(_ image: PixImage) -> Bool {
    if image.width > image.height { return true }
    return fraction(in: image, topRows: image.height / 2) > presenceThreshold / 4
  }

  /// The red ink alone as an 8-bit grey image of the same size, dark on white, so that the
  /// urgency and confidentiality stamps dropped from the grey page can still be read. The grey
  /// level follows how far red stands above green and blue, so the thin, half-transparent strokes
  /// of a stamp stay whole rather than breaking up under a hard threshold; black text, grey alike
  /// in all three channels, comes out as paper.
  static func layer(of image: PixImage) -> PixImage? {
    guard image.depth == 32, let source = pixGetData(image.pointer),
      let created = pixCreate(Int32(image.width), Int32(image.height), 8)
    else { return nil }
    let layer = PixImage(owning: created)
    guard let target = pixGetData(layer.pointer) else { return nil }
    let sourceWords = Int(pixGetWpl(image.pointer))
    let targetWords = Int(pixGetWpl(layer.pointer))
    for row in 0..<image.height {
      let pixels = source + row * sourceWords
      let packedRow = target + row * targetWords
      // Leptonica packs 8-bit pixels four to a 32-bit word, the first in the high byte.
      for word in 0..<targetWords {
        var packed: UInt32 = 0
        for slot in 0..<4 {
          let column = word * 4 + slot
          var value = 255
          if column < image.width {
            let pixel = pixels[column]
            let r = Int((pixel >> 24) & 0xFF)
            let g = Int((pixel >> 16) & 0xFF)
            let b = Int((pixel >> 8) & 0xFF)
            let redness = r - max(g, b)
            value = 255 - min(255, max(0, (redness - 15) * 3))
          }
          packed |= UInt32(value) << UInt32(24 - 8 * slot)
        }
        packedRow[word] = packed
      }
    }
    return layer
  }
}
