import VietnameseText

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
  ///   - notes: What reading the page found that the record should say ("number: the number is
  ///   handwritten and could not be read"), each led by the field it concerns; they join the
  ///   warnings and lower that field's confidence.
  public func parse(_ text: String, unrestored: String, notes: [String] = []) -> DispatchRecord {
    var record = parse(text, checkedAgainst: unrestored)
    record.warnings += notes
    let doubted = Set(notes.compactMap { $0.split(separator: ":").first.map(String.init) })
    for field in doubted {
      guard let value = record.confidence[field] else { continue }
      record.confidence[field] = (value * Self.doubtFactor * 100).rounded() / 100
    }
    return record
  }

  private func parse(_ text: String, checkedAgainst unrestored: String) -> DispatchRecord {
    var record = parse(text)
    guard text != unrestored else { return record }
    if let name = record.signer?.name,
      let read = Self.signerName(name, readAgainstOCR: unrestored), read != name
    {
      record.signer?.name = read
      record.warnings.append(
        "signer: \"\(name)\" read as \"\(read)\": restoration guessed the marks of a name")
    }
    // A date of reduced precision or a symbol without its number is not all the line told.
    let dateIncomplete = record.date.map { $0.count < 10 } ?? true
    let symbolIncomplete = record.symbol.map { $0.hasPrefix("/") } ?? true
    guard dateIncomplete || symbolIncomplete else { return record }
    let raw = parse(unrestored)
    var taken: [String] = []
    if dateIncomplete, let date = raw.date, date.count > record.date?.count ?? 0 {
      record.date = date
      record.place = raw.place ?? record.place
      taken.append("date")
    }
    if symbolIncomplete, let symbol = raw.symbol, record.symbol == nil || !symbol.hasPrefix("/") {
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
    // The fields taken carry the confidence the reading they came from gave them.
    let takenFields = taken.flatMap { $0 == "date" ? ["date", "place"] : ["symbol", "number"] }
    for field in takenFields { record.confidence[field] = raw.confidence[field] }
    return record
  }

  /// The signer's `name` with the syllables after the family name whose marks restoration
  /// guessed (it wrote them otherwise than OCR did) read as common names ("Phạm Viết Ảnh",
  /// from OCR's "Pham Viét Anh", is Phạm Việt Anh); nil when the name is not found in `ocr`.
  static func signerName(_ name: String, readAgainstOCR ocr: String) -> String? {
    let syllables = name.split(separator: " ").map(String.init)
    guard syllables.count >= 2 else { return nil }
    let folded = syllables.map(\.vietnameseFolded)
    for line in ocr.split(separator: "\n") {
      let words = line.split(whereSeparator: { $0.isWhitespace || $0 == ";" || $0 == "," })
        .map(String.init)
      guard words.count >= syllables.count else { continue }
      for start in 0...(words.count - syllables.count) {
        let raw = Array(words[start..<(start + syllables.count)])
        guard raw.map(\.vietnameseFolded) == folded else { continue }
        return
          ([syllables[0]]
          + zip(syllables, raw).enumerated().dropFirst().map { index, pair in
            GivenName.reading(
              restored: pair.0, raw: pair.1, isGivenName: index == syllables.count - 1)
          }).joined(separator: " ")
      }
    }
    return nil
  }
}
