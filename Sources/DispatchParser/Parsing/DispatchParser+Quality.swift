import VietnameseText

extension DispatchParser {
  /// Warnings for the fields a dispatch should have but the parser could not read.
  static func missingFieldWarnings(_ record: DispatchRecord) -> [String] {
    var warnings: [String] = []
    func need(_ value: Any?, _ field: String) {
      if value == nil { warnings.append("\(field): not found") }
    }
    need(record.documentType, "documentType")
    need(record.symbol, "symbol")
    need(record.date, "date")
    need(record.place, "place")
    need(record.issuer?.name, "issuer.name")
    need(record.subject, "subject")
    need(record.signer, "signer")
    return record.warnings + warnings
  }

  /// Per-field confidence: 0 when unknown; for a value, 0.95 scaled down by the share of its
  /// characters that look like OCR damage (lookalike digits inside words, stray symbols) and
  /// the share of its lower-case words that are not Vietnamese syllables ("Viét", "phwong").
  static func confidence(of record: DispatchRecord) -> [String: Double] {
    func score(_ value: String?) -> Double {
      guard let value, !value.isEmpty else { return 0 }
      let aligned = AlignedText(value)
      let lookalikes = zip(aligned.folded, aligned.keyed).filter { $0 != $1 }.count
      let strange = value.filter {
        !($0.isLetter || $0.isNumber || $0.isWhitespace || "/-.,;:()'\"“”–&".contains($0))
      }.count
      let damage = Double(lookalikes + strange) / Double(max(1, value.count))
      // Abbreviations ("UBND") and foreign words are not syllables; only words with a
      // lower-case letter are judged.
      let words = value.split(whereSeparator: { !$0.isLetter }).filter {
        $0.contains(where: \.isLowercase)
      }
      let invalid = words.filter { Syllable($0) == nil }.count
      let unspelled = words.isEmpty ? 0 : Double(invalid) / Double(words.count)
      return (0.95 * max(0.3, 1 - 5 * damage) * (1 - 0.5 * unspelled) * 100).rounded() / 100
    }
    var confidence: [String: Double] = [
      "documentType": record.documentType == nil ? 0 : 0.95,
      "number": score(record.number),
      // The printed part of a symbol alone ("/UBND-KTTH") is half the answer.
      "symbol": score(record.symbol) * (record.symbol?.hasPrefix("/") == true ? 0.6 : 1),
      // A date of reduced precision ("2025-02") says less and may hide a misread figure.
      "date": record.date.map { $0.count == 10 ? 0.95 : 0.5 } ?? 0,
      "place": score(record.place),
      "issuer": score(record.issuer?.name),
      "subject": score(record.subject),
      "signer": score(record.signer?.name),
    ]
    // A field the parser had to repair (and said so in a warning) is less certain.
    for (field, prefix) in [("place", "place:"), ("issuer", "issuer:"), ("number", "number:")]
    where record.warnings.contains(where: { $0.hasPrefix(prefix) }) {
      confidence[field] = ((confidence[field] ?? 0) * 0.6 * 100).rounded() / 100
    }
    confidence["references"] = record.references.isEmpty ? 0 : 0.9
    confidence["recipients"] =
      record.recipients.isEmpty ? 0 : score(record.recipients.joined(separator: " "))
    confidence["distribution"] =
      record.distribution.isEmpty ? 0 : score(record.distribution.joined(separator: " "))
    return confidence
  }
}
