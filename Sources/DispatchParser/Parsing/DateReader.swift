/// Reads Vietnamese dates: "ngày 01 tháng 12 năm 2025", "ngày 28/7/2025", and their OCR forms
/// ("ngay 01 thang 12 ndm 2025").
enum DateReader {
  /// A date found in a text, with where it sits.
  struct Found: Sendable, Equatable {
    /// ISO 8601 ("2025-12-01").
    let iso: String
    /// Character offsets of the whole phrase, "ngày" included.
    let range: Range<Int>
  }

  /// Every date introduced by "ngày" in the text, in order.
  static func all(in text: AlignedText) -> [Found] {
    var found: [Found] = []
    // A digit OCR read as a letter ("tháng Š") is allowed where only a number can stand.
    let spelled =
      #/ng[a-z]{1,3}\s*([0-9sz]{1,2})[\s\-.,]*th[a-z]{1,4}\s*([0-9sz]{1,2})\s*[,]?\s*n[a-z]{1,3}\s*(\d{4})/#
    let numeric = #/ng[a-z]{1,3}\s*:?\s*(\d{1,2})\s*[\/.\-⁄]\s*(\d{1,2})\s*[\/.\-⁄]\s*(\d{4})/#
    for match in text.numeric.matches(of: spelled) {
      if let iso = iso(day: match.output.1, month: match.output.2, year: match.output.3) {
        found.append(Found(iso: iso, range: text.offsets(of: match.range, in: text.numeric)))
      }
    }
    for match in text.numeric.matches(of: numeric) {
      if let iso = iso(day: match.output.1, month: match.output.2, year: match.output.3) {
        found.append(Found(iso: iso, range: text.offsets(of: match.range, in: text.numeric)))
      }
    }
    return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
  }

  /// The first date starting within `limit` characters of `offset`.
  static func first(in text: AlignedText, near offset: Int, within limit: Int) -> Found? {
    all(in: text).first { $0.range.lowerBound >= offset && $0.range.lowerBound - offset <= limit }
  }

  /// A calendar-valid ISO date, or nil.
  static func iso(day: Substring, month: Substring, year: Substring) -> String? {
    func digits(_ text: Substring) -> Int? {
      Int(String(text.map { $0 == "s" ? "5" : $0 == "z" ? "2" : $0 }))
    }
    guard let d = digits(day), let m = digits(month), let y = Int(year),
      (1900...2100).contains(y), (1...12).contains(m)
    else { return nil }
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
    let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    guard (1...lengths[m - 1]).contains(d) else { return nil }
    return padded(y, 4) + "-" + padded(m, 2) + "-" + padded(d, 2)
  }

  private static func padded(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}
