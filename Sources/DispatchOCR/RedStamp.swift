import Foundation
import TesseractOCR
import VietnameseText

/// The marks Decree 30/2020/NĐ-CP has stamped in red under a dispatch's number: urgency and
/// confidentiality. Clean-up drops red ink so that the seal does not garble the signer block, and
/// with it these stamps; they are read back from the red ink alone and matched to this list, so
/// that seal lettering or specks never become text.
enum RedStamp {
  /// The stamps, longest first so that "THƯỢNG KHẨN" is not taken for "KHẨN".
  static let vocabulary = [
    "HỎA TỐC HẸN GIỜ", "THƯỢNG KHẨN", "TUYỆT MẬT", "HỎA TỐC", "TỐI MẬT", "KHẨN", "MẬT",
  ]

  private static let folded = vocabulary.map { (stamp: $0, letters: Array(fold($0))) }

  /// The stamp a recognised line of red ink reads as, within OCR slips, or `nil`.
  static func stamp(reading text: String) -> String? {
    let letters = Array(fold(text))
    guard !letters.isEmpty else { return nil }
    for entry in folded {
      // Short stamps must match exactly: one letter off, "KHAN" is "NHAN" (NHÂN, as in the
      // lettering of a seal stamped over the header) and "MAT" too many other things.
      let allowed = entry.letters.count >= 8 ? 2 : entry.letters.count >= 5 ? 1 : 0
      if abs(entry.letters.count - letters.count) <= allowed,
        EditDistance.between(entry.letters, letters) <= allowed
      {
        return entry.stamp
      }
    }
    return nil
  }

  /// The line as a stamp: one word spanning it, or `nil` when it reads as no stamp.
  static func line(from line: TextLine) -> TextLine? {
    guard line.confidence >= 40, let stamp = stamp(reading: line.text) else { return nil }
    return TextLine(
      words: [RecognizedWord(text: stamp, box: line.box, confidence: line.confidence)],
      column: line.column, startsParagraph: true)
  }

  /// Lower-case letters and single spaces, marks and tones removed, Đ as d.
  private static func fold(_ text: String) -> String {
    text.vietnameseFolded.split { !$0.isLetter }.joined(separator: " ")
  }
}
