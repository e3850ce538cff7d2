import CTesseract

/// How Tesseract cuts a region into lines and words when it is read again on its own.
///
/// These are Tesseract's page segmentation modes (`tessedit_pageseg_mode`) that make sense for a
/// part of a page.
public enum Segmentation: Sendable, Hashable, CaseIterable {
  /// Full layout analysis, as for a whole page (`PSM_AUTO`).
  case automatic
  /// One uniform block of text (`PSM_SINGLE_BLOCK`).
  case singleBlock
  /// One line of text (`PSM_SINGLE_LINE`).
  case singleLine
  /// One line, with no layout analysis at all (`PSM_RAW_LINE`): keeps marks and thin italic
  /// digits that layout analysis may take for noise.
  case rawLine
  /// One word (`PSM_SINGLE_WORD`).
  case singleWord
  /// As much text as can be found, in no particular order (`PSM_SPARSE_TEXT`): for stamps and
  /// scattered words.
  case sparseText

  var mode: TessPageSegMode {
    switch self {
    case .automatic: PSM_AUTO
    case .singleBlock: PSM_SINGLE_BLOCK
    case .singleLine: PSM_SINGLE_LINE
    case .rawLine: PSM_RAW_LINE
    case .singleWord: PSM_SINGLE_WORD
    case .sparseText: PSM_SPARSE_TEXT
    }
  }
}
