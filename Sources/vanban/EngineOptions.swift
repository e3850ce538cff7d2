import ArgumentParser
import VanBan

/// Options shared by the commands that run Tesseract.
struct EngineOptions: ParsableArguments {
  @Option(name: [.short, .long], help: "Tesseract languages, joined by '+' (e.g. vie+eng).")
  var lang = "vie"

  @Option(help: "Folder holding the *.traineddata files (default: TESSDATA_PREFIX, then Debian's).")
  var tessdata: String?

  @Option(name: [.short, .long], help: "Parallel OCR workers (default: all cores).")
  var jobs: Int = ProcessInfoCores.count

  @Flag(help: "Skip page clean-up (seal drop-out, deskew, upscaling, background flattening).")
  var noCleanup = false

  @Flag(help: "Do not detect and correct pages turned by 90 or 180 degrees.")
  var noRotate = false

  @Flag(
    help:
      "Skip the dispatch's second looks (dates, handwritten figures, the signer under the seal, red stamps): the page as Tesseract read it."
  )
  var noLooks = false

  @Option(
    help: ArgumentHelp(
      "Refuse pages of more pixels than this, from their header, before decoding (default: 150000000, an A2 sheet at 600 ppi).",
      valueName: "pixels"))
  var maxPixels: Int = ScannedDocument.defaultMaximumPixels

  func validate() throws {
    if jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
    if maxPixels < 1 { throw ValidationError("--max-pixels must be at least 1.") }
  }

  var scanOptions: ScanOptions {
    var options = ScanOptions()
    options.jobs = jobs
    options.ocr.languages = lang
    options.ocr.dataDirectory = tessdata
    options.ocr.correctOrientation = !noRotate
    options.maximumPixels = maxPixels
    if noCleanup { options.cleanup = .none }
    if noLooks { options.looks = .none }
    return options
  }
}
