import Foundation

/// Dates and keyword lists as the Info dictionary and XMP write them, in UTC.
enum PDFDates {
  private static func components(_ date: Date) -> DateComponents {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    return calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
  }

  /// `D:YYYYMMDD` for a day, `D:YYYYMMDDHHmmSSZ` otherwise.
  static func info(_ date: Date, dayOnly: Bool) -> String {
    let c = components(date)
    let day = String(format: "D:%04d%02d%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
    if dayOnly { return day }
    return day + String(format: "%02d%02d%02dZ", c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
  }

  /// `YYYY-MM-DD` for a day, `YYYY-MM-DDTHH:mm:SSZ` otherwise.
  static func xmp(_ date: Date, dayOnly: Bool) -> String {
    let c = components(date)
    let day = String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
    if dayOnly { return day }
    return day + String(format: "T%02d:%02d:%02dZ", c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
  }

  /// The keywords joined as both places write them.
  static func keywords(_ metadata: PDFMetadata) -> String {
    metadata.keywords.joined(separator: "; ")
  }
}
