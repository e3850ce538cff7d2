import Foundation

extension String {
  /// The text with tone and vowel marks removed and Đ/đ written D/d, case kept: what OCR
  /// readings are compared on when only their marks may differ.
  var withoutMarks: String {
    replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "D")
      .folding(options: [.diacriticInsensitive], locale: nil)
  }
}
