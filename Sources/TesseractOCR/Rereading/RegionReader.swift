import CLeptonica
import Foundation
import PageImaging

/// Reads regions of one recognised page again, on the engine that recognised it.
///
/// A ``RecognitionPass`` gets one for the page it revises. Regions and the words read in them are
/// in the coordinates of the recognised page (upright, as ``RecognizedPage/width`` and
/// ``RecognizedPage/height`` measure it), so what is read can be put back where it stands. The
/// reader is valid only during ``RecognitionPass/revise(_:reading:)``; it is not `Sendable`.
///
/// ```swift
/// let box = line.box  // the line with half its height above and below: accents, descenders
/// let cut = BoundingBox(
///   x: box.x, y: box.y - box.height / 2, width: box.width, height: box.height * 2)
/// let date = reader.read(cut, as: .rawLine)
/// let digits = reader.read(cut, as: .singleWord, characters: "0123456789")
/// ```
public final class RegionReader {
  private let engine: TesseractEngine
  private let cleaned: CleanedPage
  private let rotation: Int

  /// Resolution of the page image, in ppi.
  public var resolution: Int { cleaned.resolution }

  init(engine: TesseractEngine, page: CleanedPage, rotation: Int) {
    self.engine = engine
    self.cleaned = page
    self.rotation = rotation
  }

  private lazy var uprightPage: PixImage? = upright(cleaned.image)
  private lazy var uprightRedInk: PixImage? = cleaned.redInk.flatMap(upright)

  private func upright(_ image: PixImage) -> PixImage? {
    rotation == 0 ? image : image.rotatedClockwise(byQuarterTurns: rotation / 90)
  }

  private func image(_ layer: PageLayer) -> PixImage? {
    switch layer {
    case .page: uprightPage
    case .redInk: uprightRedInk
    }
  }

  /// Whether the page has `layer`: every page has ``PageLayer/page``; only colour scans whose
  /// red ink clean-up dropped have ``PageLayer/redInk``.
  public func has(_ layer: PageLayer) -> Bool { image(layer) != nil }

  /// The size of `layer` turned upright, in pixels; `nil` when the page has no such layer.
  /// The red ink is normally the size of the page.
  public func size(of layer: PageLayer) -> (width: Int, height: Int)? {
    image(layer).map { ($0.width, $0.height) }
  }

  /// Reads `region` of `layer` on its own, segmented as `segmentation` says.
  ///
  /// - Parameters:
  ///   - region: the part to read, in page coordinates; it is cut to the page's edges.
  ///   - layer: the image to read it from.
  ///   - segmentation: how Tesseract cuts the region into lines and words.
  ///   - characters: when given, the only characters Tesseract may read
  ///     (`tessedit_char_whitelist`), such as `"0123456789"` for a handwritten number.
  /// - Returns: the blocks read, their boxes in page coordinates; none when the region is empty,
  ///   outside the page or the layer is missing.
  public func read(
    _ region: BoundingBox, in layer: PageLayer = .page, as segmentation: Segmentation,
    characters: String? = nil
  ) -> [TextBlock] {
    guard let image = image(layer), let crop = image.clipped(to: region) else { return [] }
    let origin = (x: max(0, region.x), y: max(0, region.y))
    let blocks = engine.readAlone(
      crop, as: segmentation, resolution: resolution, characters: characters)
    guard origin.x != 0 || origin.y != 0 else { return blocks }
    return blocks.map { block in
      var moved = block
      for line in moved.lines.indices {
        for word in moved.lines[line].words.indices {
          moved.lines[line].words[word].box.x += origin.x
          moved.lines[line].words[word].box.y += origin.y
        }
      }
      return moved
    }
  }

  /// Reads `region` of `layer` turned clockwise by `degrees` about its centre (the region grown
  /// so no corner is lost): text printed at a slant, such as a stamp set at an angle ("HỎA TỐC"
  /// at 30°), reads level.
  ///
  /// - Parameters:
  ///   - region: the part to read, in page coordinates; it is cut to the page's edges.
  ///   - layer: the image to read it from.
  ///   - degrees: the clockwise turn that levels the text.
  ///   - segmentation: how Tesseract cuts the turned region into lines and words.
  /// - Returns: the blocks read, from the region's ink of letter size only (marks up to half an
  ///   inch: a frame drawn round the words is left out); each word's box is level, of the size
  ///   it has read level, centred where the word stands on the page.
  public func read(
    _ region: BoundingBox, in layer: PageLayer = .page, turnedBy degrees: Double,
    as segmentation: Segmentation
  ) -> [TextBlock] {
    guard let image = image(layer), let crop = image.clipped(to: region) else { return [] }
    let side = Int32((Double(crop.width * crop.width + crop.height * crop.height)).squareRoot())
    // Only letter-sized ink: a frame drawn round the words (a stamp's arrow) makes Tesseract
    // take the whole for a picture and read nothing.
    let letter = Int32(resolution / 2)
    guard
      let letters = crop.transformed({ pix in
        guard let binary = pixThresholdToBinary(pix, 128) else { return nil }
        var owned: UnsafeMutablePointer<PIX>? = binary
        defer { pixDestroy(&owned) }
        return pixSelectBySize(
          binary, letter, letter, 8, Int32(L_SELECT_IF_BOTH), Int32(L_SELECT_IF_LTE), nil)
      }),
      let turned = letters.transformed({
        pixRotate(
          $0, Float(degrees * .pi / 180), Int32(L_ROTATE_AREA_MAP), Int32(L_BRING_IN_WHITE), side,
          side)
      })
    else { return [] }
    // Each word goes back where it stands: its centre turned back about the region's centre,
    // its box kept level.
    let radians = degrees * .pi / 180
    let turnedCentre = Double(side) / 2
    let origin = (x: Double(max(0, region.x)), y: Double(max(0, region.y)))
    func placed(_ box: BoundingBox) -> BoundingBox {
      let x = Double(box.x) + Double(box.width) / 2 - turnedCentre
      let y = Double(box.y) + Double(box.height) / 2 - turnedCentre
      let backX = x * cos(radians) + y * sin(radians) + Double(crop.width) / 2
      let backY = -x * sin(radians) + y * cos(radians) + Double(crop.height) / 2
      return BoundingBox(
        x: Int((origin.x + backX - Double(box.width) / 2).rounded()),
        y: Int((origin.y + backY - Double(box.height) / 2).rounded()), width: box.width,
        height: box.height)
    }
    return engine.readAlone(turned, as: segmentation, resolution: resolution).map { block in
      var moved = block
      for line in moved.lines.indices {
        for word in moved.lines[line].words.indices {
          moved.lines[line].words[word].box = placed(moved.lines[line].words[word].box)
        }
      }
      return moved
    }
  }

  /// The pixels of `region` of `layer`, for a look that reads them itself (a handwritten digit);
  /// `nil` when the region is empty, outside the page or the layer missing.
  ///
  /// - Returns: the region cut to the page's edges, its top left corner at
  ///   (`max(0, region.x)`, `max(0, region.y)`) on the page.
  public func grey(_ region: BoundingBox, in layer: PageLayer = .page) -> GreyImage? {
    image(layer)?.clipped(to: region)?.greyImage
  }

  /// The share of `region` of `layer` that is dark ink (grey below 128), 0 to 1; 0 when the
  /// region is empty or the layer missing. Reading a blank region is best skipped.
  public func inkShare(in region: BoundingBox, of layer: PageLayer = .page) -> Double {
    guard let image = image(layer), let crop = image.clipped(to: region) else { return 0 }
    return crop.withPix { pix in
      guard let binary = pixThresholdToBinary(pix, 128) else { return 0 }
      var owned: UnsafeMutablePointer<PIX>? = binary
      defer { pixDestroy(&owned) }
      var dark: Int32 = 0
      guard pixCountPixels(binary, &dark, nil) == 0 else { return 0 }
      return Double(dark) / Double(crop.width * crop.height)
    }
  }
}

@available(*, unavailable)
extension RegionReader: Sendable {}
