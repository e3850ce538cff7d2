import Foundation

/// How the engine recognises pages.
public struct OCRConfiguration: Sendable, Hashable {
  /// Tesseract language codes joined by `+`, such as `vie` or `vie+eng`. Default `vie`.
  public var languages = "vie"
  /// The folder holding `*.traineddata`; `nil` looks in `TESSDATA_PREFIX`, then Debian's location.
  public var dataDirectory: String?
  /// Detect pages turned by 90°, 180° or 270° with Tesseract's `osd` model and turn them upright.
  /// Default `true`.
  public var correctOrientation = true
  /// Mean word confidence (0–100) under which a page is checked for rotation. Pages read with good
  /// confidence are upright, and skipping the check on them saves most of its cost. Default 70.
  public var orientationCheckBelowConfidence = 70.0
  /// Let Tesseract read each word it doubts a second time with its colours inverted, for light
  /// text on dark ground. Dispatches are printed dark on light, and on the fixture scans turning
  /// this off saved 1–3% of CPU time with the same error rate. Default `false`.
  public var readInvertedWords = false
  /// Run Tesseract's dynamic-programming test of whether rows are set in a fixed pitch, as on a
  /// typewriter. Its answer steers the legacy engine's character cutting, not the LSTM
  /// recogniser VanBan uses: with the test off, the JSON of every fixture scan and the text of a
  /// degraded typewriter-style (FreeMono) page came out byte for byte the same, with 2–3% less
  /// CPU time. Default `false`.
  public var testFixedPitch = false
  /// Hand word images to Tesseract's recogniser uncompressed instead of through its PNG round
  /// trip, where the program allows it (see `WordImageHandOver`). Same text, less CPU time.
  /// Default `true`, unless the environment sets `VANBAN_WORD_IMAGES=png` (for comparisons).
  public var uncompressedWordImages =
    ProcessInfo.processInfo.environment["VANBAN_WORD_IMAGES"] != "png"

  /// The default configuration: Vietnamese, orientation correction on.
  public init() {}

  /// Debian's and upstream's default locations of Tesseract 5 language data, in search order.
  static let standardDataDirectories = [
    "/usr/share/tesseract-ocr/5/tessdata",
    "/usr/share/tesseract-ocr/4.00/tessdata",
    "/usr/share/tessdata",
    "/usr/local/share/tessdata",
  ]

  /// The data directory in use: the configured one, `TESSDATA_PREFIX`, or the first standard
  /// location holding the first language's data.
  public var resolvedDataDirectory: String {
    if let dataDirectory { return dataDirectory }
    if let prefix = ProcessInfo.processInfo.environment["TESSDATA_PREFIX"], !prefix.isEmpty {
      return prefix
    }
    let first = languageCodes.first ?? "vie"
    return Self.standardDataDirectories.first { directory in
      FileManager.default.fileExists(atPath: "\(directory)/\(first).traineddata")
    } ?? Self.standardDataDirectories[0]
  }

  /// The individual language codes.
  public var languageCodes: [String] {
    languages.split(separator: "+").map { String($0) }.filter { !$0.isEmpty }
  }

  /// Checks that every language's trained data is installed.
  ///
  /// - Throws: ``OCRError/dataDirectoryWrong(language:directory:setBy:installedIn:)`` when a
  ///   configured directory lacks data installed elsewhere, else
  ///   ``OCRError/languageDataMissing(language:directory:package:)`` naming the Debian
  ///   package to install.
  public func checkLanguageData() throws(OCRError) {
    let directory = resolvedDataDirectory
    let prefix = ProcessInfo.processInfo.environment["TESSDATA_PREFIX"].flatMap {
      $0.isEmpty ? nil : $0
    }
    let setBy = dataDirectory != nil ? "--tessdata" : prefix != nil ? "TESSDATA_PREFIX" : nil
    for code in languageCodes
    where !FileManager.default.fileExists(atPath: "\(directory)/\(code).traineddata") {
      if let setBy,
        let installed = Self.standardDataDirectories.first(where: {
          FileManager.default.fileExists(atPath: "\($0)/\(code).traineddata")
        })
      {
        throw .dataDirectoryWrong(
          language: code, directory: directory, setBy: setBy, installedIn: installed)
      }
      throw .languageDataMissing(
        language: code, directory: directory,
        package: "tesseract-ocr-\(code.lowercased().replacingOccurrences(of: "_", with: "-"))")
    }
    if languageCodes.isEmpty {
      throw .engineStartFailed(languages: languages, directory: directory)
    }
  }
}
