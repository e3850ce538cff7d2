import CLeptonica
import CTesseract
import PageImaging

/// One Tesseract engine: recognises cleaned pages into words, lines and blocks.
///
/// An engine is not thread-safe; ``OCRWorker`` confines one to a serial queue (run one worker per
/// core for parallelism).
final class TesseractEngine {
  let configuration: OCRConfiguration
  let recognizer: TesseractHandle
  private lazy var orientationDetector: TesseractHandle? = try? TesseractHandle(
    languages: "osd", dataDirectory: configuration.resolvedDataDirectory)

  init(configuration: OCRConfiguration) throws(OCRError) {
    try configuration.checkLanguageData()
    self.configuration = configuration
    recognizer = try TesseractHandle(
      languages: configuration.languages, dataDirectory: configuration.resolvedDataDirectory)
    TessBaseAPISetPageSegMode(recognizer.pointer, PSM_AUTO)
    _ = TessBaseAPISetVariable(
      recognizer.pointer, "tessedit_do_invert", configuration.readInvertedWords ? "1" : "0")
    _ = TessBaseAPISetVariable(
      recognizer.pointer, "textord_disable_pitch_test", configuration.testFixedPitch ? "0" : "1")
  }

  /// Recognises a cleaned page, turning it upright first when its text reads sideways or upside
  /// down, then lets each of `passes` revise it, reading regions of it again.
  func recognize(
    _ page: CleanedPage, passes: [any RecognitionPass], cancellation: CancellationFlag
  ) throws(OCRError) -> RecognizedPage {
    var recognized = try recognizeUpright(page, cancellation: cancellation)
    guard !passes.isEmpty else { return recognized }
    let reader = RegionReader(engine: self, page: page, rotation: recognized.rotation)
    for pass in passes {
      if cancellation.isCancelled { throw .cancelled }
      recognized = pass.revise(recognized, reading: reader)
    }
    return recognized
  }

  private func recognizeUpright(_ page: CleanedPage, cancellation: CancellationFlag)
    throws(OCRError) -> RecognizedPage
  {
    // Tesseract's layout analysis alone shows a page turned by 90° (its text lines come out
    // taller than wide) and hints at one turned by 180°. Looking before recognising spares
    // reading such a page twice.
    let checkLayout = configuration.correctOrientation
    let first: RecognizedPage
    switch try recognize(
      page, turnedBy: 0, image: page.image, lookingFirst: checkLayout, cancellation: cancellation)
    {
    case .sideways:
      return try recognizeTurned(
        page, sideways: true, detected: detectRotation(page.image, resolution: page.resolution),
        first: nil, cancellation: cancellation)
    case .upsideDown:
      return try recognizeTurned(
        page, sideways: false, detected: 180, first: nil, cancellation: cancellation)
    case .read(let page):
      first = page
    }
    guard configuration.correctOrientation else { return first }
    let sideways = Self.readsSideways(first.blocks)
    guard sideways || first.meanConfidence < configuration.orientationCheckBelowConfidence else {
      return first
    }
    return try recognizeTurned(
      page, sideways: sideways, detected: detectRotation(page.image, resolution: page.resolution),
      first: first, cancellation: cancellation)
  }

  /// Reads a page that is not upright: a quarter turn either way when `sideways`, else the turn
  /// `detected` by the osd model; `first` is the upright reading, kept when no turn reads better.
  /// Without `first`, a turn that reads poorly is checked against the page read as it is.
  private func recognizeTurned(
    _ page: CleanedPage, sideways: Bool, detected: Int?, first: RecognizedPage?,
    cancellation: CancellationFlag
  ) throws(OCRError) -> RecognizedPage {
    var candidates: [Int]
    if sideways {
      // Tesseract reads a page turned by 90° as vertical text, confidently but in the wrong line
      // order, so the answer must be a quarter turn; the osd model, unsure on Vietnamese (it
      // often says "Cyrillic"), only picks which one, and when it cannot, both are tried.
      candidates = [90, 270]
      if let detected, candidates.contains(detected) { candidates = [detected] }
    } else if let detected, detected != 0 {
      candidates = [detected]
    } else {
      candidates = []
    }
    var best = first
    for rotation in candidates {
      guard let turned = page.image.rotatedClockwise(byQuarterTurns: rotation / 90),
        case .read(let candidate) = try recognize(
          page, turnedBy: rotation, image: turned, lookingFirst: false, cancellation: cancellation)
      else { continue }
      guard let current = best else {
        best = candidate
        continue
      }
      let beatsSideways =
        sideways && current.rotation == 0
        && candidate.meanConfidence > current.meanConfidence - 25
      if beatsSideways || candidate.meanConfidence > current.meanConfidence { best = candidate }
    }
    let unsure = best.map { $0.meanConfidence < configuration.orientationCheckBelowConfidence }
    if let best, first != nil || sideways || unsure == false { return best }
    // No turn found, none could be made, or the one the look-ahead chose reads poorly: read the
    // page as it is after all, and keep whichever reads better.
    guard
      case .read(let upright) = try recognize(
        page, turnedBy: 0, image: page.image, lookingFirst: false, cancellation: cancellation)
    else { throw .recognitionFailed(page: page.number) }
    guard let best, best.meanConfidence > upright.meanConfidence else { return upright }
    return best
  }

  /// What recognising an image gave: the page, or, when asked to look at the layout first, the
  /// finding that the page is not upright, before any recognition is spent on it.
  private enum Recognition {
    case read(RecognizedPage)
    case sideways
    case upsideDown
  }

  /// Recognises `image`, the page turned by `rotation`, unless `lookingFirst` and the layout
  /// shows the page turned.
  private func recognize(
    _ page: CleanedPage, turnedBy rotation: Int, image: PixImage, lookingFirst: Bool,
    cancellation: CancellationFlag
  ) throws(OCRError) -> Recognition {
    let handle = recognizer.pointer
    defer { TessBaseAPIClear(handle) }
    image.withPix { pix in recognizer.setImage(pix, resolution: page.resolution) }
    // Recognition reuses the layout found here rather than analysing the page again.
    if lookingFirst {
      if LayoutShape.linesStandOnEnd(handle) { return .sideways }
      if LayoutShape.inkLooksUpsideDown(handle),
        detectRotation(image, resolution: page.resolution) == 180
      {
        return .upsideDown
      }
    }
    let blocks = try read(handle, number: page.number, cancellation: cancellation)
    return .read(
      RecognizedPage(
        number: page.number, width: image.width, height: image.height, resolution: page.resolution,
        rotation: rotation, blocks: blocks, lines: ColumnLayout.readingOrder(of: blocks),
        cleanup: page.report))
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
      var scriptConfidence: Float = 0
      // The script name is not asked for: Tesseract 5 returns a pointer into its own character
      // set there, which capi.h says to free — doing so corrupts the heap.
      OpenMP.serializeCurrentThread()
      let found = TessBaseAPIDetectOrientationScript(
        detector.pointer, &degrees, &confidence, nil, &scriptConfidence)
      TessBaseAPIClear(detector.pointer)
      // Measured on the fixtures: 0.86–0.90 for pages turned by 90° and 180°.
      guard found != 0, confidence >= 0.5 else { return nil }
      // Tesseract reports how far the text is turned; undoing it is the rest of a full turn.
      return (360 - Int(degrees)) % 360
    }
  }

  /// Runs Tesseract's recognition on the image set in `handle` and collects its blocks.
  private func read(_ handle: OpaquePointer, number: Int, cancellation: CancellationFlag)
    throws(OCRError) -> [TextBlock]
  {
    guard let monitor = TessMonitorCreate() else { throw .recognitionFailed(page: number) }
    defer { TessMonitorDelete(monitor) }
    TessMonitorSetCancelFunc(monitor) { context, _ in
      guard let context else { return false }
      return Unmanaged<CancellationFlag>.fromOpaque(context).takeUnretainedValue().poll()
    }
    OpenMP.serializeCurrentThread()
    let status = WordImageHandOver.run(uncompressed: configuration.uncompressedWordImages) {
      withExtendedLifetime(cancellation) { () -> Int32 in
        TessMonitorSetCancelThis(monitor, Unmanaged.passUnretained(cancellation).toOpaque())
        return TessBaseAPIRecognize(handle, monitor)
      }
    }
    if cancellation.isCancelled { throw .cancelled }
    guard status == 0 else { throw .recognitionFailed(page: number) }
    return ResultReader.blocks(from: handle)
  }
}

@available(*, unavailable)
extension TesseractEngine: Sendable {}
