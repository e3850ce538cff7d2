/// Why recognition could not run or finish.
public enum OCRError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The trained data for a language is not installed.
  case languageDataMissing(language: String, directory: String, package: String)
  /// A data directory named by `TESSDATA_PREFIX` or `--tessdata` lacks the language, which is
  /// installed where Tesseract looks by default: the setting, not the installation, is wrong.
  case dataDirectoryWrong(language: String, directory: String, setBy: String, installedIn: String)
  /// Tesseract refused to start with the given languages and data directory.
  case engineStartFailed(languages: String, directory: String)
  /// Tesseract failed while recognising a page.
  case recognitionFailed(page: Int)
  /// The work was cancelled.
  case cancelled

  /// One line saying what is wrong and how to mend it.
  public var description: String {
    switch self {
    case .dataDirectoryWrong(let language, let directory, let setBy, let installed):
      return
        "Tesseract language data '\(language)' is not in \(directory), set by \(setBy); it is installed in \(installed): unset \(setBy) or point it there"
    case .languageDataMissing(let language, let directory, let package):
      return
        "Tesseract language data '\(language)' is missing (no \(language).traineddata in \(directory)); install it with: apt-get install \(package)"
    case .engineStartFailed(let languages, let directory):
      return "Tesseract could not start with languages '\(languages)' and data in \(directory)"
    case .recognitionFailed(let page): return "Tesseract failed to recognise page \(page)"
    case .cancelled: return "recognition was cancelled"
    }
  }
}
