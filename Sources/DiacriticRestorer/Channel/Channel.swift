/// How a line's text was produced, which decides what errors the restorer expects.
public enum Channel: String, Sendable, Hashable, CaseIterable, Codable {
  /// Vietnamese typed without diacritics ("Cong tac tuyen truyen").
  case stripped
  /// Tesseract's English model run over Vietnamese ("Ké hoach s6 30/KH-UBND").
  case englishOCR
  /// Tesseract's Vietnamese model on a degraded page: tone and mark slips ("tỉnh thần").
  case vietnameseOCR
  /// Correct Vietnamese, changed only on strong evidence.
  case correct
}
