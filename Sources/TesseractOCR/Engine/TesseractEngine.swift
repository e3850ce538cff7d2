import CLeptonica
import CTesseract
import PageImaging

/// One Tesseract engine: recognises cleaned pages into words, lines and blocks.
///
/// An engine is not thread-safe; ``OCRWorker`` confines one to a serial queue, and
/// ``RecognitionPool`` runs one worker per core.
final class TesseractEngine {
  let configuration: OCRConfiguration
  private let recognizer: TesseractHandle
  private lazy var orientationDetector: TesseractHandle? = try? TesseractHandle(
    languages: "osd", dataDirectory: configuration.resolvedDataDirectory)

  init(configuration: OCRConfiguration) throws(OCRError) {
    _ = OpenMP.serialized
    try configuration.checkLanguageData()
    self.configuration = configuration
    recognizer = try TesseractHandle(
      languages: configuration.languages, dataDirectory: configuration.resolvedDataDirectory)
    TessBaseAPISetPageSegMode(recognizer.pointer, PSM_AUTO)
  }

  /// Recognises a cleaned page, turning it upright first when its text reads sideways or upside down.
  func recognize(_ page: CleanedPage, cancellation: CancellationFlag) throws(OCRError) -> RecognizedPage {
    let upright = try read(page.image, number: page.number, resolution: page.resolution, cancellation: cancellation)
    var best = RecognizedPage(
      number: page.number, width: page.image.width, height: page.image.height, resolution: page.resolution,
      rotation: 0, blocks: upright, lines: ColumnLayout.readingOrder(of: upright), cleanup: page.report)
    let suspicious = best.meanConfidence < configuration.orientationCheckBelowConfidence || Self.readsSideways(upright)
    guard configuration.correctOrientation, suspicious,
      let rotation = detectRotation(page.image, resolution: page.resolution), rotation != 0,
      let turned = page.image.rotatedClockwise(byQuarterTurns: rotation / 90)
    else { return best }
    let blocks = try read(turned, number: page.number, resolution: page.resolution, cancellation: cancellation)
    let candidate = RecognizedPage(
      number: page.number, width: turned.width, height: turned.height, resolution: page.resolution,
      rotation: rotation, blocks: blocks, lines: ColumnLayout.readingOrder(of: blocks), cleanup: page.report)
    if candidate.meanConfidence > best.meanConfidence { best = candidate }
    return best
  }

  /// Whether most words are taller than wide: Tesseract reads a page turned by 90° as vertical
  /// text, with good confidence but a jumbled line order, so confidence alone does not reveal it.
  static func readsSideways(_ blocks: [TextBlock]) -> Bool {
    let words = blocks.flatMap(\.lines).flatMap(\.words).filter { $0.text.count >= 3 }
    guard words.count >= 3 else { return false }
    let tall = words.filter { $0.box.height > $0.box.width }.count
    return tall * 2 > words.count
  }

  /// Clockwise rotation (0, 90, 180 or 270) that turns the page upright, from Tesseract's `osd`
  /// model; `nil` when the model is missing or unsure.
  private func detectRotation(_ image: PixImage, resolution: Int) -> Int? {
    guard let detector = orientationDetector else { return nil }
    TessBaseAPISetPageSegMode(detector.pointer, PSM_OSD_ONLY)
    return image.withPix { pix -> Int? in
      detector.setImage(pix, resolution: resolution)
      var degrees: Int32 = 0
      var confidence: Float = 0
      var scriptName: UnsafePointer<CChar>?
      var scriptConfidence: Float = 0
      let found = TessBaseAPIDetectOrientationScript(
        detector.pointer, &degrees, &confidence, &scriptName, &scriptConfidence)
      if let scriptName { TessDeleteText(scriptName) }
      TessBaseAPIClear(detector.pointer)
      guard found != 0, confidence >= 1.5 else { return nil }
      // Tesseract reports how far the text is turned; undoing it is the rest of a full turn.
      return (360 - Int(degrees)) % 360
    }
  }

  /// Runs Tesseract on one image and collects its blocks.
  private func read(
    _ image: PixImage, number: Int, resolution: Int, cancellation: CancellationFlag
  ) throws(OCRError) -> [TextBlock] {
    let handle = recognizer.pointer
    defer { TessBaseAPIClear(handle) }
    image.withPix { pix in recognizer.setImage(pix, resolution: resolution) }
    guard let monitor = TessMonitorCreate() else { throw .recognitionFailed(page: number) }
    defer { TessMonitorDelete(monitor) }
    TessMonitorSetCancelFunc(monitor) { context, _ in
      guard let context else { return false }
      return Unmanaged<CancellationFlag>.fromOpaque(context).takeUnretainedValue().isCancelled
    }
    let status = withExtendedLifetime(cancellation) { () -> Int32 in
      TessMonitorSetCancelThis(monitor, Unmanaged.passUnretained(cancellation).toOpaque())
      return TessBaseAPIRecognize(handle, monitor)
    }
    if cancellation.isCancelled { throw .cancelled }
    guard status == 0 else { throw .recognitionFailed(page: number) }
    return ResultReader.blocks(from: handle)
  }
}

@available(*, unavailable)
extension TesseractEngine: Sendable {}
