/// How a line's text was produced, which decides what errors the restorer expects.
public enum Channel: String, Sendable, Hashable, CaseIterable, Codable {
  /// Vietnamese typed without diacritics ("Cong tac tuyen truyen").
  case stripped
  /// Tesseract's English model run over Vietnamese ("Ké hoach s6 30/KH-UBND").
  case englishOCR
  /// Tesseract's Vietnamese model on a degraded page: tone and mark slips ("tỉnh thần").
  case vietnameseOCR
  /// OCR of unknown origin, another engine than Tesseract's English or Vietnamese model:
  /// placeholders for unread glyphs, letters Vietnamese never uses, detached marks
  /// ("Hô. i d_ng", "Ðiêu"). Read with the confusions of every engine pooled.
  case otherOCR
  /// Correct Vietnamese, changed only on strong evidence.
  case correct
}
