/// How a page image as scanned relates to the image that was recognised, and so to the PDF page.
///
/// VanBan recognises a cleaned copy of each page: deskewed about its centre, maybe enlarged,
/// maybe turned by quarter turns. The PDF page is that recognised frame at its resolution, so
/// the text layer sits at the recognised word boxes exactly; the scanned image itself is placed
/// on the page through the same deskew, scale and turn, its bytes unchanged. A page VanBan turned
/// or straightened is therefore shown upright and level, and `pdfimages` still gives the scan.
public struct PageGeometry: Sendable, Hashable {
  /// Width of the scanned image in pixels.
  public var sourceWidth: Int
  /// Height of the scanned image in pixels.
  public var sourceHeight: Int
  /// Angle the scan was rotated by to level it, in degrees, clockwise positive (Leptonica's
  /// convention), about the image centre.
  public var skewDegrees: Double
  /// Factor the levelled image was enlarged by.
  public var scale: Double
  /// Clockwise quarter turns (0, 90, 180, 270 degrees) applied after levelling and scaling.
  public var rotation: Int
  /// Width of the recognised image in pixels: the frame of the word boxes.
  public var width: Int
  /// Height of the recognised image in pixels.
  public var height: Int
  /// Resolution of the recognised image in pixels per inch.
  public var resolution: Int

  /// A geometry from its parts.
  public init(
    sourceWidth: Int, sourceHeight: Int, skewDegrees: Double = 0, scale: Double = 1,
    rotation: Int = 0, width: Int, height: Int, resolution: Int
  ) {
    self.sourceWidth = sourceWidth
    self.sourceHeight = sourceHeight
    self.skewDegrees = skewDegrees
    self.scale = scale
    self.rotation = ((rotation % 360) + 360) % 360
    self.width = width
    self.height = height
    self.resolution = resolution
  }

  /// Points per recognised pixel.
  var pointsPerPixel: Double { 72 / Double(max(1, resolution)) }

  /// Page width in points.
  public var pageWidth: Double { Double(width) * pointsPerPixel }

  /// Page height in points.
  public var pageHeight: Double { Double(height) * pointsPerPixel }

  /// Recognised-image pixels (origin top left, y down) to page points (origin bottom left).
  var pixelsToPage: AffineTransform {
    AffineTransform(a: pointsPerPixel, b: 0, c: 0, d: -pointsPerPixel, e: 0, f: pageHeight)
  }

  /// Scanned-image pixels to recognised-image pixels: deskew about the centre, scale, turn.
  var sourceToRecognized: AffineTransform {
    let centreX = Double(sourceWidth / 2)
    let centreY = Double(sourceHeight / 2)
    // In y-down pixels a rotation by a positive angle turns clockwise on screen.
    let radians = skewDegrees * .pi / 180
    let level = AffineTransform.translation(x: -centreX, y: -centreY)
      .then(.rotation(radians: radians))
      .then(.translation(x: centreX, y: centreY))
      .then(.scaling(x: scale, y: scale))
    let scaledWidth = Double(sourceWidth) * scale
    let scaledHeight = Double(sourceHeight) * scale
    let turn: AffineTransform
    switch rotation {
    case 90: turn = AffineTransform(a: 0, b: 1, c: -1, d: 0, e: scaledHeight, f: 0)
    case 180: turn = AffineTransform(a: -1, b: 0, c: 0, d: -1, e: scaledWidth, f: scaledHeight)
    case 270: turn = AffineTransform(a: 0, b: -1, c: 1, d: 0, e: 0, f: scaledWidth)
    default: turn = .identity
    }
    return level.then(turn)
  }

  /// The `cm` matrix that draws the scanned image (PDF's unit square, row 0 at the top) in place.
  package var imageMatrix: AffineTransform {
    let unitToSource = AffineTransform(
      a: Double(sourceWidth), b: 0, c: 0, d: -Double(sourceHeight), e: 0,
      f: Double(sourceHeight))
    return unitToSource.then(sourceToRecognized).then(pixelsToPage)
  }
}
