import VietnameseText

/// Cleans a subject (trích yếu): drops "V/v", "Về việc" or "Về" in front, joins wrapped
/// lines, and writes it in sentence case when it was printed in capitals.
enum SubjectText {
  /// The cleaned subject, or nil when nothing is left.
  static func clean(_ raw: String) -> String? {
    var text = raw.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    // OCR specks before the first word ("ˆ Kết quả …").
    if let first = text.firstIndex(where: {
      VietnameseCharacters.isVietnameseLetter($0) || $0.isNumber
    }) {
      let prefix = text[..<first]
      if !prefix.contains(where: { "“\"(".contains($0) }) { text = String(text[first...]) }
    }
    let aligned = AlignedText(text)
    if let match = aligned.keyed.firstMatch(
      of: #/^(v\s*[\/li|w]\s*[vw]|ve\s+viec|ve)\b\s*[:.]?\s*/#)
    {
      text = aligned.text(from: aligned.offsets(of: match.range, in: aligned.keyed).upperBound)
    }
    while let last = text.last, last == "." || last == ";" || last == "," || last == ":" {
      text.removeLast()
    }
    text = text.trimmingSpaces
    guard text.contains(where: \.isLetter) else { return nil }
    if HeaderReader.isMostlyCaps(AlignedText(text)) {
      text = NameStyler.sentenceCased(text)
    }
    return NameStyler.capitalizingFirst(text)
  }
}
