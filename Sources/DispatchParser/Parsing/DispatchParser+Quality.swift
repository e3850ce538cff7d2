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

  /// How much less certain a field is that the parser repaired (a place taken from the issuer's
  /// name, a body kind taken from the symbol) or that the page's reading doubted (a handwritten
  /// figure): 0.6, so that such a value never scores as high as one read plainly (0.95).
  static let doubtFactor = 0.6

  /// The confidence of a value read plainly: never 1, since OCR text can be wrong in ways no
  /// check sees.
  static let plainConfidence = 0.95
  /// The confidence of a partial value (a date of reduced precision, a symbol without its
  /// number): it says less, and may hide a misread figure.
  static let partialFactor = 0.55
  /// The lowest share a damaged value keeps: even a value half of look-alikes is better than none.
  static let damageFloor = 0.3
  /// How fast damage lowers confidence: a fifth of the characters damaged brings it to the floor.
  static let damageWeight = 5.0
  /// How much unspelled words lower confidence: a value all of non-syllables keeps half.
  static let unspelledWeight = 0.5

  /// Per-field confidence: 0 when unknown; for a value, ``plainConfidence`` scaled down by the share of its
  /// characters that look like OCR damage (lookalike digits inside words, stray symbols) and
  /// the share of its lower-case words that are not Vietnamese syllables ("Viét", "phwong"); the
  /// fields in `doubts`, which the parser repaired or read only in part, scaled by
  /// ``doubtFactor``.
  static func confidence(of record: DispatchRecord, doubting doubts: Set<String> = [])
    -> [String: Double]
  {
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
      let confidence =
        plainConfidence * max(damageFloor, 1 - damageWeight * damage)
        * (1 - unspelledWeight * unspelled)
      return (confidence * 100).rounded() / 100
    }
    var confidence: [String: Double] = [
      "documentType": record.documentType == nil ? 0 : plainConfidence,
      "number": score(record.number),
      "symbol": score(record.symbol) * (record.symbol?.hasPrefix("/") == true ? partialFactor : 1),
      "date": record.date.map { $0.count == 10 ? plainConfidence : plainConfidence * partialFactor }
        ?? 0,
      "place": score(record.place),
      "issuer": score(record.issuer?.name),
      "subject": score(record.subject),
      "signer": score(record.signer?.name),
    ]
    for field in doubts {
      confidence[field] = ((confidence[field] ?? 0) * doubtFactor * 100).rounded() / 100
    }
    confidence["references"] = record.references.isEmpty ? 0 : 0.9
    confidence["recipients"] =
      record.recipients.isEmpty ? 0 : score(record.recipients.joined(separator: " "))
    confidence["distribution"] =
      record.distribution.isEmpty ? 0 : score(record.distribution.joined(separator: " "))
    return confidence
  }
}
