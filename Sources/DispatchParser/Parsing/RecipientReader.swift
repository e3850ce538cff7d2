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
    // OCR may put the header's right column (national name, motto, place and date) or a
    // stamp set beside the salutation ("HỎA TỐC") between an empty "Kính gửi:" and its list.
    while items.isEmpty, index < min(limit, start + 8) {
      let line = lines[index]
      guard line.isBlank || ColumnSplitter.header(line).left.isBlank || isStamp(line) else {
        break
      }
      index += 1
    }
    while index < limit {
      let line = lines[index]
      if line.isBlank { break }
      if isStamp(line) {
        index += 1
        continue
      }
      let text = line.string
      if isBullet(text) {
        items.append(stripBullet(text))
      } else if let last = items.last, !last.hasSuffix(";"), !last.hasSuffix("."),
        let firstLetter = text.first(where: \.isLetter), firstLetter.isLowercase
      {
        items[items.count - 1] = last + " " + text
      } else if isUnbulletedItem(text, after: items.last) || isParallelItem(text, after: items.last)
      {
        items.append(stripBullet(text))
      } else {
        break
      }
      index += 1
    }
    let recipients = items.compactMap { item -> String? in
      var text = HeaderReader.trimmingSpecks(commaForStop(item))
      while let last = text.last, ".;,:".contains(last) { text.removeLast() }
      text = text.trimmingSpaces
      return text.contains(where: \.isLetter) ? NameStyler.organization.style(text) : nil
    }
    return (recipients, index)
  }

  /// An urgency or confidentiality stamp read among the addressees: a mark, not one of them.
  private static func isStamp(_ line: AlignedText) -> Bool {
    MarkReader.urgency(line) != nil || MarkReader.confidentiality(line) != nil
  }

  /// A list item whose dash OCR lost: after an item closed by ";", a capitalised line that
  /// closes with ";" or "." itself ("Văn phòng Đăng ký đất đai tỉnh Nam Định.").
  static func isUnbulletedItem(_ text: String, after previous: String?) -> Bool {
    guard let previous, previous.hasSuffix(";") || previous.hasSuffix(","),
      let first = text.first(where: \.isLetter), first.isUppercase,
      let last = text.trimmingSpaces.last, ";.,".contains(last)
    else { return false }
    return true
  }

  /// A list without dashes or closing marks whose items start alike: "Kính gửi: Cổng thông tin
  /// điện tử Quốc gia …" / "Cổng thông tin điện tử Sở Y tế …" — a line that starts with the
  /// previous item's first two words is another item, not the body.
  static func isParallelItem(_ text: String, after previous: String?) -> Bool {
    guard let previous, text.count <= 120, !text.trimmingSpaces.hasSuffix(":") else {
      return false
    }
    let opening = { (line: String) in
      AlignedText(stripBullet(line)).words.prefix(2).map(\.key)
    }
    let head = opening(previous)
    return head.count == 2 && opening(text) == head
      && text.first(where: \.isLetter)?.isUppercase == true
  }

  /// The item with a full stop OCR read for a comma put back: ". " before a lower-case word
  /// cannot end a list item ("các xã, phường. đặc khu").
  static func commaForStop(_ text: String) -> String {
    let chars = Array(text)
    var out = chars
    for index in chars.indices.dropLast(2)
    where chars[index] == "." && chars[index + 1] == " " && chars[index + 2].isLowercase
      && chars[index + 2].isLetter && index > 0 && chars[index - 1].isLetter
    {
      out[index] = ","
    }
    return String(out)
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
