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
    // A subject printed in brackets under the title: "(V/v Tăng cường giám sát …)".
    if text.hasPrefix("("), text.hasSuffix(")"), !text.dropFirst().dropLast().contains("(") {
      text = String(text.dropFirst().dropLast()).trimmingSpaces
    }
    let aligned = AlignedText(text)
    if let match = aligned.keyed.firstMatch(
      of: #/^(v\s*[\/li|w]\s*[vw]|ve\s+viec|ve)\b\s*[:.]?\s*/#)
    {
      text = aligned.text(from: aligned.offsets(of: match.range, in: aligned.keyed).upperBound)
    }
    text = droppingStrayColons(text)
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

  /// Whether `text` opens with "Về việc" or "Về", as a subject under a title does.
  static func opensWithAbout(_ text: String) -> Bool {
    AlignedText(text).keyed.firstMatch(of: #/^ve(\s+viec)?\s/#) != nil
  }

  /// A trích yếu is one phrase: a colon between two lower-case words inside it ("phối hợp:
  /// bảo đảm") is a speck OCR read, not punctuation; one that introduces a name is kept.
  static func droppingStrayColons(_ text: String) -> String {
    var characters = Array(text)
    var index = characters.count - 3
    while index > 0 {
      if characters[index] == ":", characters[index + 1] == " ",
        characters[index - 1].isLetter, characters[index - 1].isLowercase,
        characters[index + 2].isLetter, characters[index + 2].isLowercase
      {
        characters.remove(at: index)
      }
      index -= 1
    }
    return String(characters)
  }
}
