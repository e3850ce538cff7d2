import Foundation
import VietnameseText

/// Turns the text of a Vietnamese administrative document into a ``DispatchRecord``.
///
/// The parser reads text in reading order (header left column, header right column, title,
/// body, "Nơi nhận" list, signer block) and also tolerates OCR text where the two header or
/// footer columns were merged into one line, and OCR misreadings such as "S6:365 /BC-UBND"
/// or "ngay 01 thang 12 ndm 2025": keywords are matched on folded text (no diacritics,
/// lookalike digits read as letters), while values are cut from the original text.
///
/// ```swift
/// let record = DispatchParser().parse(text)
/// record.symbol        // "365/BC-UBND"
/// record.signer?.name  // "Phạm Việt Anh"
/// ```
public struct DispatchParser: Sendable {
  /// A parser. It keeps no state between documents, so one parser serves any number of them,
  /// from any thread.
  public init() {}

  /// Parses the bytes of a text file, read by the rule `vanban parse` reads input by
  /// (`TextInputDecoder`): UTF-8, or TCVN3, VNI or VISCII converted to Unicode.
  ///
  /// - Parameters:
  ///   - data: The document text.
  ///   - source: A name for the input in error messages (a path, "stdin").
  /// - Throws: ``DispatchParserError/notText(byteCount:source:)`` when the bytes are not text
  ///   (a NUL byte, or neither UTF-8 nor a legacy Vietnamese encoding).
  public func parse(data: Data, source: String = "input") throws(DispatchParserError)
    -> DispatchRecord
  {
    var decoder = TextInputDecoder()
    do {
      let text = try decoder.decode(data)
      return parse(text + (try decoder.finish()))
    } catch {
      throw .notText(byteCount: data.count, source: source)
    }
  }

  /// Parses a document's text. Never fails: what cannot be read is null and explained in
  /// ``DispatchRecord/warnings``.
  public func parse(_ text: String) -> DispatchRecord {
    let lines = Self.normalizingLookalikeLetters(text.precomposedStringWithCanonicalMapping)
      .split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
      .map { AlignedText($0.trimmingSpaces) }
    var record = DispatchRecord()
    var warnings: [String] = []
    // Fields the parser had to repair or could only partly read: less certain.
    var doubts: Set<String> = []
    guard lines.contains(where: { $0.original.contains(where: \.isLetter) }) else {
      record.warnings = ["input: no text to parse"]
      record.confidence = Self.confidence(of: record)
      return record
    }
    let layout = DocumentLayout(lines: lines)
    let lastHeaderLine = readHeader(
      layout, into: &record, warnings: &warnings, doubts: &doubts)
    let bodyStart = readTitleAndRecipients(layout, into: &record)
    readFooter(layout, into: &record, warnings: &warnings)
    let bodyEnd = layout.footerStart ?? layout.mainEnd
    // Citations are read from just after the title, so a subject that ran on into the body
    // (OCR loses the blank lines) does not hide them.
    let afterHeader = layout.title.map { $0.index + 1 } ?? (lastHeaderLine ?? bodyStart) + 1
    let citationStart = min(bodyStart, afterHeader)
    if citationStart < bodyEnd {
      let body = lines[citationStart..<bodyEnd].map(\.string).joined(separator: " ")
      record.references = ReferenceReader.read(
        AlignedText(body), ownCodes: SymbolRepair.codes(of: record.symbol), warnings: &warnings)
    }
    if let subject = record.subject, bodyStart < bodyEnd {
      let (repaired, notes) = SubjectRepair.repaired(subject) {
        AlignedText(lines[bodyStart..<bodyEnd].map(\.string).joined(separator: " "))
      }
      record.subject = repaired
      warnings += notes
    }
    if let start = layout.copyStart {
      record.copy = MarkReader.copy(in: lines[start..<lines.count])
    }
    record.digitalSignatures = StampReader.digitalSignatures(in: text)
    record.receivedStamp = StampReader.receivedStamp(in: lines)
    guard Self.looksLikeDispatch(record) else {
      var empty = DispatchRecord()
      empty.warnings = ["input: no dispatch structure found (no number, date, title or signer)"]
      empty.confidence = Self.confidence(of: empty)
      return empty
    }
    record.warnings = warnings + Self.missingFieldWarnings(record)
    record.confidence = Self.confidence(of: record, doubting: doubts)
    return record
  }

  /// Reads the header zone; returns the last line that held header information.
  private func readHeader(
    _ layout: DocumentLayout, into record: inout DispatchRecord, warnings: inout [String],
    doubts: inout Set<String>
  ) -> Int? {
    let end = max(0, min(layout.headerEnd, layout.lines.count))
    var header = HeaderReader(lines: layout.lines[0..<end])
    if header.date == nil, header.place == nil,
      let line = Self.lonePlaceAndDateLine(after: end, in: layout)
    {
      header.readPlaceAndDate(line)
    }
    if header.symbol == nil, let line = header.unreadNumberLine {
      warnings.append("symbol: \"\(line)\" cannot be read as a number and symbol")
    }
    if let damaged = header.damagedDate {
      if let partial = header.partialDate {
        warnings.append(
          "date: \"\(damaged)\" read only as \(partial) (the day\(partial.count == 4 ? " and month" : "") handwritten or not read)"
        )
      } else {
        warnings.append("date: \"\(damaged)\" cannot be read as a date (OCR lost or garbled it)")
      }
    }
    record.issuer = header.issuer(warnings: &warnings, doubts: &doubts).map { issuer in
      let mentions = NameMentions(lines: layout.lines)
      return Issuer(
        name: issuer.name.map(mentions.recased), parent: issuer.parent.map(mentions.recased))
    }
    if let symbol = header.symbol {
      record.symbol = symbol.symbol
      record.number = symbol.number
      if symbol.number == nil {
        warnings.append(
          "number: missing before the symbol \"\(symbol.symbol)\" (handwritten or not read)")
        doubts.insert("number")
      }
    }
    record.date = header.date?.iso ?? header.partialDate
    record.place = Self.repairedPlace(
      header.place, issuer: record.issuer?.name, warnings: &warnings)
    if record.place != header.place { doubts.insert("place") }
    record.urgency = header.urgency
    record.confidentiality = header.confidentiality
    if let subject = header.subject {
      record.subject = subject
    }
    // A công văn has a "V/v" line and no type code in its symbol.
    if header.subject != nil || header.symbol.map({ $0.type == nil }) == true {
      record.documentType = .congVan
    } else if let type = header.symbol?.type {
      record.documentType = type
    }
    // Stamps stand anywhere above the body; look a little further than the header.
    for line in layout.lines.prefix(min(layout.mainEnd, DocumentLayout.headerWindow)) {
      record.urgency = record.urgency ?? MarkReader.urgency(line)
      record.confidentiality = record.confidentiality ?? MarkReader.confidentiality(line)
    }
    return header.lastLine
  }

  /// The place-and-date line when OCR put it below the header's left column and its
  /// "Kính gửi:" line: a short line of its own, with no left-column text, near the header.
  private static func lonePlaceAndDateLine(after start: Int, in layout: DocumentLayout)
    -> AlignedText?
  {
    let end = min(layout.footerStart ?? layout.mainEnd, start + 8)
    guard start < end else { return nil }
    for line in layout.lines[start..<end] where !line.isBlank && line.original.count <= 60 {
      let parts = ColumnSplitter.header(line)
      if parts.rightKind == .placeAndDate, parts.left.isBlank { return parts.right }
    }
    return nil
  }

  /// Reads the title, subject and "Kính gửi" list; returns the line where the body starts.
  private func readTitleAndRecipients(_ layout: DocumentLayout, into record: inout DispatchRecord)
    -> Int
  {
    let limit = layout.footerStart ?? layout.mainEnd
    var bodyStart = min(layout.headerEnd, limit)
    if let title = layout.title {
      let fromSymbol = record.documentType
      record.documentType = title.type
      if let fromSymbol, fromSymbol != title.type, fromSymbol != .congVan {
        record.warnings.append(
          "documentType: title says \(title.type.name) but the symbol says \(fromSymbol.name)")
      }
      let subject = TitleReader.subject(in: layout.lines, title: title.index, limit: limit)
      record.subject = subject.subject ?? record.subject
      bodyStart = max(bodyStart, subject.end)
    }
    if let salutation = layout.salutation, salutation < limit {
      let found = RecipientReader.read(in: layout.lines, from: salutation, limit: limit)
      record.recipients = found.recipients
      bodyStart = max(bodyStart, found.end)
    }
    return bodyStart
  }

  private func readFooter(
    _ layout: DocumentLayout, into record: inout DispatchRecord, warnings: inout [String]
  ) {
    let start = layout.footerStart ?? Self.signerFallbackStart(layout)
    guard let start, start < layout.mainEnd else { return }
    let footer = FooterReader(lines: layout.lines[start..<layout.mainEnd])
    var items = footer.distribution
    if layout.footerStart == nil, items.isEmpty {
      items = Self.unlabelledList(before: start, in: layout)
      if !items.isEmpty {
        warnings.append(
          "distribution: the \"Nơi nhận\" label was not read; the list may lack items")
      }
    }
    let ownCodes = SymbolRepair.codes(of: record.symbol)
    let bodies = [record.issuer?.parent, record.issuer?.name].compactMap { $0 }
    // The names an item may repeat stand above the list: title, body and signer block. The
    // text is joined only for an item that names a person.
    var joined: AlignedText?
    let above = { () -> AlignedText in
      if let joined { return joined }
      let text = AlignedText(layout.lines[0..<start].map(\.string).joined(separator: " "))
      joined = text
      return text
    }
    record.distribution = items.map { item in
      let filed = FooterReader.repairingFilingCodes(item, ownCodes: ownCodes)
      if filed.filter(\.isLetter) != item.filter(\.isLetter) {
        warnings.append(
          "distribution: \"\(item)\" read as \"\(filed)\" (the dispatch's own code)")
      }
      let (repaired, notes) = DistributionRepair.repaired(filed, bodies: bodies, text: above)
      warnings += notes
      if let note = DistributionRepair.filingDisagreement(repaired, ownCodes: ownCodes) {
        warnings.append(note)
      }
      return repaired
    }
    var pieces = footer.pieces
    if pieces.isEmpty, let label = layout.footerStart {
      pieces = Self.signerBlock(before: label, in: layout)
    }
    record.signer = SignerBlock.signer(from: pieces, warnings: &warnings).map { read in
      // The unit a title names, as the text writes it ("QL Đào tạo", not "QL Đào Tạo").
      var signer = read
      let mentions = NameMentions(lines: layout.lines)
      signer.onBehalfOf = signer.onBehalfOf.map(mentions.recasedUnit(inTitle:))
      signer.title = signer.title.map(mentions.recasedUnit(inTitle:))
      return signer
    }
  }

  /// The signer block when OCR read the right column before the "Nơi nhận" list: the short
  /// signer lines just above the label, up to the body's last sentence.
  private static func signerBlock(before label: Int, in layout: DocumentLayout) -> [SignerBlock
    .Piece]
  {
    var pieces: [SignerBlock.Piece] = []
    var index = label - 1
    while index > layout.headerEnd, pieces.count < 6 {
      let line = layout.lines[index]
      index -= 1
      if line.isBlank { continue }
      let text = line.string
      guard text.count <= 60, !text.hasSuffix("."), let piece = SignerBlock.Piece(line) else {
        break
      }
      pieces.insert(piece, at: 0)
    }
    return pieces.contains { if case .name = $0 { return true } else { return false } }
      ? pieces : []
  }

  /// The "Nơi nhận" items when OCR lost the label: the dashed lines just above the signer
  /// block, taken only when one of them is the filing item or carries the "(b/c)" mark that only
  /// a distribution list writes (a body's own dashed list has neither).
  private static func unlabelledList(before start: Int, in layout: DocumentLayout) -> [String] {
    var first = start
    while first > layout.headerEnd + 1, start - first < 8 {
      let line = layout.lines[first - 1]
      guard line.isBlank || RecipientReader.isBullet(line.string) else { break }
      first -= 1
    }
    let items = FooterReader(lines: layout.lines[first..<start]).distribution
    let isList = items.contains {
      $0.contains("b/c)") || FooterReader.isFilingItem(AlignedText($0))
    }
    return isList ? items : []
  }

  /// Without a "Nơi nhận" label, the signer block starts at the last authority or capitals
  /// line among the final lines.
  private static func signerFallbackStart(_ layout: DocumentLayout) -> Int? {
    // The last ten written lines; OCR text has blank lines between most of them.
    let written = (0..<layout.mainEnd).filter { !layout.lines[$0].isBlank }.suffix(10)
    let candidates = written.filter { $0 > layout.headerEnd }
    return candidates.first { index in
      if FooterReader.midLineAuthority(layout.lines[index]) != nil { return true }
      switch SignerBlock.Piece(layout.lines[index]) {
      case .authority?: return true
      case .title(let text)?:
        // Only a known office title, not a section heading in capitals.
        let words = AlignedText(text).words
        return text.count < 40
          && Vocabulary.titles.contains { Fuzzy.phraseMatches(words, at: 0, $0.folded) }
      default: return false
      }
    }
  }

  /// When OCR garbled the place ("L8 Chan", "L£ Chân") and the issuer's name ends with
  /// nearly the same words, the issuer's spelling is used.
  private static func repairedPlace(_ place: String?, issuer: String?, warnings: inout [String])
    -> String?
  {
    guard let place, let issuer else { return place }
    let aligned = AlignedText(place)
    let words = place.split(separator: " ")
    let damaged =
      aligned.keyed != aligned.folded
      || place.contains { !($0.isLetter || $0.isNumber || $0 == " " || $0 == "-" || $0 == ".") }
      || words.contains { $0.contains(where: \.isLowercase) && Syllable($0) == nil }
    let issuerWords = issuer.split(separator: " ")
    guard damaged, issuerWords.count >= words.count else { return place }
    let candidate = issuerWords.suffix(words.count).joined(separator: " ")
    let folded = AlignedText(candidate).folded
    guard Fuzzy.distance(folded, aligned.keyed) <= max(1, folded.count / 4) else { return place }
    warnings.append("place: \"\(place)\" read as \"\(candidate)\" from the issuer's name")
    return candidate
  }

  /// OCR reads "Đ" as the Icelandic "Ð" (and "đ" as "ð"), letters Vietnamese never uses; and
  /// beside a "Đ" an eth is the same glyph read twice ("1368/QĐÐ-UBND", "87/HĐÐĐND-KTNS"), so
  /// a run of capital Đs holding an eth is one "Đ".
  static func normalizingLookalikeLetters(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { $0 == "\u{D0}" || $0 == "\u{F0}" }) else {
      return text
    }
    var scalars = String.UnicodeScalarView()
    var run: [Unicode.Scalar] = []
    func flush() {
      if run.contains("\u{D0}") && run.count > 1 {
        scalars.append("\u{110}")
      } else {
        scalars.append(contentsOf: run.map { $0 == "\u{D0}" ? "\u{110}" : $0 })
      }
      run.removeAll()
    }
    for scalar in text.unicodeScalars {
      if scalar == "\u{D0}" || scalar == "\u{110}" {
        run.append(scalar)
        continue
      }
      flush()
      scalars.append(scalar == "\u{F0}" ? "\u{111}" : scalar)
    }
    flush()
    return String(scalars)
  }

  private static func looksLikeDispatch(_ record: DispatchRecord) -> Bool {
    let anchors = [
      record.symbol != nil, record.date != nil, record.documentType != nil,
      record.signer?.name != nil || record.signer?.title != nil, record.issuer?.name != nil,
    ]
    return anchors.filter { $0 }.count >= 2
  }
}

extension DispatchParser {
  /// The digital signatures whose boxes `text` holds ("Ký bởi: … / Thời gian ký: …", or a
  /// publisher's name, e-mail address and time): for the text layer that signing software
  /// writes into a PDF, which ``parse(_:)`` does not see.
  public static func digitalSignatures(in text: String) -> [DigitalSignature] {
    StampReader.digitalSignatures(in: text)
  }
}
