/// Reads the "Kính gửi" list: one addressee after the colon, or a dash list below it.
enum RecipientReader {
  /// The addressees and the line after the list.
  static func read(in lines: [AlignedText], from start: Int, limit: Int) -> (
    recipients: [String], end: Int
  ) {
    guard start < limit else { return ([], start) }
    let first = lines[start]
    var items: [String] = []
    if let colon = first.original.firstIndex(of: ":") {
      let inline = first.text(from: colon + 1).trimmingSpaces
      // Several addressees on the line are separated by ";" ("Sở Tài chính; Sở Nội vụ.").
      for part in inline.split(separator: ";") where part.contains(where: \.isLetter) {
        items.append(stripBullet(String(part)) + ";")
      }
      if let last = items.last, !inline.trimmingSpaces.hasSuffix(";") {
        items[items.count - 1] = String(last.dropLast())
      }
    }
    var index = start + 1
    while index < limit {
      let line = lines[index]
      if line.isBlank { break }
      let text = line.string
      if isBullet(text) {
        items.append(stripBullet(text))
      } else if let last = items.last, !last.hasSuffix(";"), !last.hasSuffix("."),
        let firstLetter = text.first(where: \.isLetter), firstLetter.isLowercase
      {
        items[items.count - 1] = last + " " + text
      } else {
        break
      }
      index += 1
    }
    let recipients = items.compactMap { item -> String? in
      var text = HeaderReader.trimmingSpecks(item)
      while let last = text.last, ".;,:".contains(last) { text.removeLast() }
      text = text.trimmingSpaces
      return text.contains(where: \.isLetter) ? NameStyler.organization.style(text) : nil
    }
    return (recipients, index)
  }

  /// Whether a line starts with a list dash (or a sign OCR reads for one).
  static func isBullet(_ text: String) -> Bool {
    guard let first = text.first else { return false }
    return "-+•–*~".contains(first)
  }

  /// The line without its list dash.
  static func stripBullet(_ text: String) -> String {
    var rest = Substring(text)
    if let first = rest.first, ".,_=·".contains(first), rest.dropFirst().first == " " {
      rest = rest.dropFirst(2)
    }
    return String(rest.drop(while: { "-+•–*~ ".contains($0) })).trimmingSpaces
  }
}
