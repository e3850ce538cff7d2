import Foundation

/// The content stream of one page: the scanned image drawn in place, then the words in
/// invisible ink (text render mode 3), each sized to its box.
///
/// The text font (``GlyphlessFont``) has one glyph of half an em for every character, an ascent of
/// one em and no descent. Each line is set in one band (``band(of:)``): a font size equal to the
/// band's height, the baseline on its bottom edge; each word is stretched horizontally (`Tz`) to
/// its box width. A word then covers its own box across and its line's band down, which is what
/// `pdftotext -bbox-layout` reports and what a viewer highlights when searching. One size and
/// baseline per line matter: poppler joins words into a line only when their sizes differ by
/// under 5%.
struct PageContent {
  /// The page's geometry.
  var geometry: PageGeometry
  /// The lines in reading order.
  var lines: [TextLayerLine]

  /// Name of the image in the page's resources.
  static let imageName = "/Im0"
  /// Name of the font in the page's resources.
  static let fontName = "/F0"

  /// The smallest gap left between two words of a line, as a fraction of the font size.
  static let minimumGap = 0.15

  /// The vertical band a line's words are set in: from the median top to the median bottom of
  /// its words, so that most words fill it and tall or short ones still overlap it mostly;
  /// `nil` for a line without words.
  static func band(of words: [TextLayerWord]) -> (top: Int, bottom: Int)? {
    guard !words.isEmpty else { return nil }
    let tops = words.map(\.y).sorted()
    let bottoms = words.map { $0.y + $0.height }.sorted()
    let top = tops[tops.count / 2]
    let bottom = bottoms[bottoms.count / 2]
    return bottom > top ? (top, bottom) : (tops[0], bottoms[bottoms.count - 1])
  }

  /// The operators, ASCII.
  var bytes: Data {
    var out = "q \(Self.matrix(geometry.imageMatrix)) cm \(Self.imageName) Do Q\n"
    let toPage = geometry.pixelsToPage
    let scale = geometry.pointsPerPixel
    var text = ""
    for line in lines {
      let words = line.words.filter {
        $0.width > 0 && $0.height > 0 && !Self.codeUnits($0.text).isEmpty
      }
      guard let band = Self.band(of: words) else { continue }
      let size = Double(band.bottom - band.top) * scale
      let minimumGap = Self.minimumGap * size
      text += "\(Self.fontName) \(Self.number(size)) Tf\n"
      for (index, word) in words.enumerated() {
        let codes = Self.codeUnits(word.text)
        let left = Double(word.x) * scale
        var right = Double(word.x + word.width) * scale
        let nextLeft = index + 1 < words.count ? Double(words[index + 1].x) * scale : nil
        // OCR boxes of neighbours sometimes touch or overlap; readers would then join the two
        // words, so the first is narrowed to leave a gap, when that keeps most of it.
        if let nextLeft, nextLeft - right < minimumGap,
          nextLeft - minimumGap > left + (right - left) / 2
        {
          right = nextLeft - minimumGap
        }
        let origin = toPage.apply(x: Double(word.x), y: Double(band.bottom))
        let stretch = 100 * (right - left) / (Double(codes.count) * GlyphlessFont.advance * size)
        text += "\(Self.number(stretch)) Tz 1 0 0 1 \(Self.number(origin.x)) "
        text += "\(Self.number(origin.y)) Tm <"
        for code in codes { text += Self.hex(code) }
        text += "> Tj"
        // A space after each word but the last, filling the gap to the next: copied text keeps
        // its spaces.
        if let nextLeft {
          let gap = max(0.1, nextLeft - right)
          text += " \(Self.number(100 * gap / (GlyphlessFont.advance * size))) Tz <0020> Tj"
        }
        text += "\n"
      }
    }
    if !text.isEmpty { out += "BT\n3 Tr\n" + text + "ET\n" }
    return Data(out.utf8)
  }

  /// The text's UTF-16 code units, NFC, each one character code of the Identity-H font; a
  /// character outside the Basic Multilingual Plane becomes U+FFFD, which the font's one-to-one
  /// ToUnicode map can carry.
  static func codeUnits(_ text: String) -> [UInt16] {
    text.precomposedStringWithCanonicalMapping.unicodeScalars.compactMap { scalar in
      if scalar.value < 0x20 { return nil }
      return scalar.value <= 0xFFFF ? UInt16(scalar.value) : 0xFFFD
    }
  }

  private static let digits = Array("0123456789ABCDEF".utf8)

  private static func hex(_ code: UInt16) -> String {
    String(
      decoding: [12, 8, 4, 0].map { digits[Int((code >> UInt16($0)) & 0xF)] }, as: UTF8.self)
  }

  /// A number as PDF writes reals: at most three decimals, no exponent.
  static func number(_ value: Double) -> String {
    let rounded = (value * 1000).rounded() / 1000
    if rounded == rounded.rounded() { return String(Int(rounded)) }
    var text = String(format: "%.3f", rounded)
    while text.hasSuffix("0") { text.removeLast() }
    return text
  }

  static func matrix(_ transform: AffineTransform) -> String {
    [transform.a, transform.b, transform.c, transform.d, transform.e, transform.f]
      .map { number($0) }.joined(separator: " ")
  }
}
