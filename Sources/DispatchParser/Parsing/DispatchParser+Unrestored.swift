extension DispatchParser {
  /// Parses restored text, reading the number and the place-and-date line from the OCR text
  /// as it was before diacritic restoration when restoration garbled them.
  ///
  /// Restoration repairs words, but it may also turn an OCR-damaged number into a word:
  /// "Thanh Hóa, ngày L7 tháng 3 năm 2009" (day 17) can come back as "Thanh Hà, ngụ Lộ tháng 3
  /// năm 2009", where no date can be read any more. When the restored text yields no date (or
  /// no symbol) and the unrestored text does, that value is taken from the unrestored text,
  /// with the place written on the same line, and a warning says so.
  ///
  /// ```swift
  /// let record = DispatchParser().parse(restored, unrestored: ocrText)
  /// ```
  ///
  /// - Parameters:
  ///   - text: The restored text, parsed for every field.
  ///   - unrestored: The same document's text as OCR wrote it, before restoration.
  public func parse(_ text: String, unrestored: String) -> DispatchRecord {
    var record = parse(text)
    guard record.date == nil || record.symbol == nil, text != unrestored else { return record }
    let raw = parse(unrestored)
    var taken: [String] = []
    if record.date == nil, let date = raw.date {
      record.date = date
      record.place = raw.place ?? record.place
      taken.append("date")
    }
    if record.symbol == nil, let symbol = raw.symbol {
      record.symbol = symbol
      record.number = raw.number
      taken.append("symbol")
    }
    guard !taken.isEmpty else { return record }
    record.warnings = record.warnings.filter { warning in
      !taken.contains {
        warning.hasPrefix($0 + ":") || ($0 == "date" && warning.hasPrefix("place:"))
      }
    }
    for field in taken {
      record.warnings.append(
        "\(field): read from the text before diacritic restoration, which garbled its line")
    }
    record.confidence = Self.confidence(of: record)
    return record
  }
}
