/// Where the parts of a dispatch sit among its lines: header, title, "Kính gửi", body,
/// "Nơi nhận" footer and an appended copy block.
struct DocumentLayout: Sendable {
  /// The trimmed lines, blank ones kept.
  let lines: [AlignedText]
  /// The line that starts a "SAO Y" / "TRÍCH SAO" / "SAO LỤC" copy block.
  let copyStart: Int?
  /// The end of the original document: the copy block's start, an appendix's start, or the line
  /// count.
  let mainEnd: Int
  /// The "Nơi nhận" line.
  let footerStart: Int?
  /// The title line ("BÁO CÁO") and its type.
  let title: (index: Int, type: DocumentType)?
  /// The "Kính gửi" line.
  let salutation: Int?

  /// How many lines from the top may hold the header and title.
  static let headerWindow = 30

  init(lines: [AlignedText]) {
    self.lines = lines
    let copy = Self.findCopyStart(lines)
    copyStart = copy
    mainEnd = Self.findAppendixStart(lines, before: copy ?? lines.count) ?? copy ?? lines.count
    let footer = (0..<mainEnd).last { Self.isFooterLabel(lines[$0]) }
    footerStart = footer
    let searchEnd = min(footer ?? mainEnd, Self.headerWindow)
    var found: (Int, DocumentType)?
    for index in 0..<searchEnd {
      if let type = Self.titleType(lines[index]) {
        found = (index, type)
        break
      }
    }
    title = found
    salutation = (0..<min(footer ?? mainEnd, Self.headerWindow + 10)).first {
      Self.isSalutation(lines[$0])
    }
  }

  /// The line where the header ends: the title, else "Kính gửi", else the first body-like line.
  var headerEnd: Int {
    if let title { return title.index }
    if let salutation { return salutation }
    let limit = min(footerStart ?? mainEnd, 15)
    return limit
  }

  /// "Nơi nhận:" (OCR: "Noi nhin:").
  static func isFooterLabel(_ line: AlignedText) -> Bool {
    if line.keyed.firstMatch(of: #/^n[o0][a-z]?\s*nh[a-z]{1,3}\s*:/#) != nil { return true }
    // The colon lost among specks ("Nơi nhận mm-") on a short line of its own.
    if line.original.count <= 16,
      line.keyed.firstMatch(of: #/^n[o0][a-z]?\s+nh[a-z]{2,3}(?:\s+[^\s]{0,3})?\s*$/#) != nil
    {
      return true
    }
    // A mangled first word ("Xởi nhận:", "Ai nhận:") on a short line of its own.
    return line.original.count <= 16
      && line.keyed.firstMatch(of: #/^[a-z]{1,4}\s+nh[a-z]{2,3}\s*:\s*$/#) != nil
  }

  /// "Kính gửi:" (OCR: "Kinh gtri:").
  static func isSalutation(_ line: AlignedText) -> Bool {
    line.keyed.firstMatch(of: #/^k[a-z]{2,3}\s*g[a-z]{1,4}\s*:/#) != nil
  }

  /// "V/v" opening a công văn's subject (OCR: "VIv", "V/V").
  static func subjectLabel(_ text: AlignedText) -> Int? {
    guard let match = text.keyed.firstMatch(of: #/^v\s*(?:[\/li|w]\s*[vw]|w)\b\s*[:.]?\s*/#) else {
      return nil
    }
    return text.offsets(of: match.range, in: text.keyed).upperBound
  }

  /// A line holding nothing but an Appendix III type name in capitals.
  static func titleType(_ line: AlignedText) -> DocumentType? {
    // OCR leaves specks around a centred title ("__—_ THÔNG BẢO s”", "THÔNG BẢO nóc"):
    // one-letter words are ignored, and so is one short lower-case word at either end.
    var words = line.words.filter { $0.key.count >= 2 }
    let isSpeck: (AlignedText.Word) -> Bool = { word in
      word.key.count <= 3 && line.original[word.range].contains(where: \.isLowercase)
    }
    if words.count > 2, let last = words.last, isSpeck(last) { words.removeLast() }
    if words.count > 2, let first = words.first, isSpeck(first) { words.removeFirst() }
    let letters = words.flatMap { line.original[$0.range].filter(\.isLetter) }
    guard letters.count >= 4, letters.allSatisfy({ !$0.isLowercase }) else { return nil }
    let sameLength = titleTypes.filter { $0.foldedWords.count == words.count }
    // Exact first: "THÔNG BÁO" is one slip away from "THÔNG CÁO".
    if let exact = sameLength.first(where: {
      Fuzzy.phraseMatches(words, at: 0, $0.foldedWords, exact: true)
    }) {
      return exact
    }
    return sameLength.first { Fuzzy.phraseMatches(words, at: 0, $0.foldedWords) }
  }

  /// Names a title line may hold: Appendix III, then normative and party documents
  /// ("THÔNG TƯ", "NGHỊ ĐỊNH", "KẾT LUẬN").
  static let titleTypes: [DocumentType] =
    DocumentType.appendixIII
    + DocumentType.citedKinds.filter { !["Công văn", "Văn bản"].contains($0.name) }

  /// Text that is only a rule or ornament ("-----", "***").
  static func isDecoration(_ text: AlignedText) -> Bool {
    !text.original.contains { $0.isLetter || $0.isNumber }
  }

  /// The first line of an appendix after the dispatch's own footer: "PHỤ LỤC…" in capitals, or
  /// a new national motto heading a form ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), once a "Nơi
  /// nhận" label and a line after it have been read. An appendix carries its own header, dates
  /// and signature lines, which are not the dispatch's.
  private static func findAppendixStart(_ lines: [AlignedText], before end: Int) -> Int? {
    guard let footer = (0..<end).first(where: { isFooterLabel(lines[$0]) }) else { return nil }
    return (min(end, footer + 2)..<end).first { index in
      let line = lines[index]
      guard HeaderReader.isMostlyCaps(line) else { return false }
      return line.keyed.hasPrefix("phu luc") || line.keyed.hasPrefix("cong hoa xa hoi chu nghia")
    }
  }

  private static func findCopyStart(_ lines: [AlignedText]) -> Int? {
    guard
      let marker = lines.indices.dropFirst(5).first(where: { MarkReader.copyKind(lines[$0]) != nil }
      )
    else { return nil }
    // The copying body's name stands in capitals just above its number and the marker.
    var start = marker
    while start > 0 {
      let previous = lines[start - 1]
      if previous.isBlank || isDecoration(previous) { break }
      let letters = previous.original.filter(\.isLetter)
      let isCaps = !letters.isEmpty && letters.allSatisfy { !$0.isLowercase }
      let isNumberLine = SymbolReader.afterNumberLabel(in: previous) != nil
      guard isCaps || isNumberLine else { break }
      start -= 1
    }
    return start
  }
}
