/// Reads the documents cited in a body: "Kế hoạch số 44/KH-UBND ngày 08/8/2025 về …",
/// "Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về …", "Thông báo số 496-TB/TU",
/// and laws cited by name and date ("Luật Lưu trữ ngày 11 tháng 11 năm 2011").
enum ReferenceReader {
  private struct Kind {
    let type: DocumentType
    /// Laws carry a name between the kind and the number ("Luật Lưu trữ số 01/2011/QH13").
    let isNamed: Bool
  }

  private static let kinds: [Kind] = (DocumentType.appendixIII + DocumentType.citedKinds).map {
    Kind(type: $0, isNamed: ["Luật", "Bộ luật", "Pháp lệnh", "Hiến pháp"].contains($0.name))
  }

  /// A citation found in the text, before its subject is cut.
  private struct Citation {
    var reference: Reference
    var start: Int
    var tail: Int
    /// The symbol as OCR read it, when its codes were repaired.
    var readAs: String? = nil
    /// A law named without its date ("Luật Đất đai năm 2024"), which may also be words of
    /// another citation's subject ("… triển khai thi hành Luật Đất đai năm 2024").
    var byNameAlone = false
  }

  /// Every cited document, in reading order, each once.
  ///
  /// - Parameters:
  ///   - body: The body text, lines joined.
  ///   - ownCodes: The code segments of the citing dispatch's own symbol, against which OCR
  ///     slips in cited symbols are repaired.
  ///   - warnings: Receives one line per repaired symbol.
  static func read(_ body: AlignedText, ownCodes: [String], warnings: inout [String])
    -> [Reference]
  {
    let words = body.words
    let dates = DateReader.all(in: body)
    var citations: [Citation] = []
    for symbol in SymbolReader.all(in: body) {
      citations.append(
        citation(for: symbol, words: words, dates: dates, in: body, ownCodes: ownCodes))
    }
    citations += namedLaws(body, words: words, dates: dates, warnings: &warnings)
    citations.sort { $0.start < $1.start }
    sharingListParts(&citations, in: body)
    // A law named alone inside another citation's issuer or subject belongs to it.
    let cited = citations.filter { !$0.byNameAlone }
    let spans = cited.enumerated().map { index, citation in
      let next = index + 1 < cited.count ? cited[index + 1].start : body.original.count
      return citation.start..<tail(body, from: citation.tail, limit: next).2
    }
    // One whose article is cited ("tại khoản 2 Điều 157 Luật Đất đai") is cited in its own right.
    citations.removeAll { law in
      law.byNameAlone && spans.contains { $0.contains(law.start) }
        && body.keyed(max(0, law.start - 12)..<law.start).firstMatch(of: #/dieu \d+\s*$/#) == nil
    }
    var parts = citations.enumerated().map { index, citation in
      let next = index + 1 < citations.count ? citations[index + 1].start : body.original.count
      var reference = citation.reference
      let (issuer, subject, end) = tail(body, from: citation.tail, limit: next)
      reference.issuer = issuer
      if let subject { reference.subject = subject }
      return CitationContext.Part(
        reference: reference, start: citation.start, end: max(end, citation.tail),
        readAs: citation.readAs)
    }
    CitationContext.complete(&parts, in: body)
    var seen = Set<String>()
    var result: [Reference] = []
    for part in parts {
      let reference = part.reference
      let key =
        reference.symbol
        ?? "\(reference.kind ?? "")|\(reference.subject ?? "")|\(reference.date ?? "")"
      // A law cited again by name alone is the one cited before with its date (not one of
      // another year: "Luật Lưu trữ năm 2024" is not the law of 11/11/2011).
      let citedBefore =
        reference.symbol == nil && (reference.date?.count ?? 0) <= 4
        && result.contains { earlier in
          earlier.kind == reference.kind
            && earlier.subject.map(AlignedText.init)?.folded
              == reference.subject.map(AlignedText.init)?.folded
            && (reference.date.map { year in earlier.date.map { $0.hasPrefix(year) } ?? true }
              ?? true)
        }
      if !citedBefore, seen.insert(key).inserted {
        result.append(reference)
        if let readAs = part.readAs, let symbol = reference.symbol {
          warnings.append("references: \"\(readAs)\" read as \"\(symbol)\" (OCR slip in a code)")
        }
      }
    }
    return result
  }

  private static func citation(
    for read: SymbolReader.Found, words: [AlignedText.Word], dates: [DateReader.Found],
    in body: AlignedText, ownCodes: [String]
  ) -> Citation {
    var symbol = read
    let before = words.filter { $0.range.upperBound <= symbol.range.lowerBound }
    var end = before.count
    // "số" (OCR: "s6", "sé") between the kind and the symbol.
    if end > 0, before[end - 1].key.count <= 3, before[end - 1].key.hasPrefix("s") { end -= 1 }
    var kind: DocumentType?
    var start = end < before.count ? before[end].range.lowerBound : symbol.range.lowerBound
    var name: String?
    search: for distance in 0...8 {
      for candidate in kinds where candidate.isNamed || distance == 0 {
        let count = candidate.type.foldedWords.count
        let at = end - distance - count
        guard at >= 0, Fuzzy.phraseMatches(before, at: at, candidate.type.foldedWords) else {
          continue
        }
        guard body.original[before[at].range.lowerBound].isUppercase || distance == 0 else {
          continue
        }
        if let current = kind, current.name.count >= candidate.type.name.count { continue }
        kind = candidate.type
        start = before[at].range.lowerBound
        if distance > 0 {
          name = body.text(before[at + count].range.lowerBound..<before[end - 1].range.upperBound)
        }
      }
      if kind != nil { break search }
    }
    let repair = SymbolRepair.repair(symbol, kindCode: kind?.code, ownCodes: ownCodes)
    symbol = repair.found
    if kind == nil {
      kind =
        symbol.type
        ?? (symbol.firstSegment.map { AlignedText($0).folded == "cv" } == true ? .congVan : nil)
    }
    let date = dates.first {
      $0.range.lowerBound >= symbol.range.upperBound
        && $0.range.lowerBound - symbol.range.upperBound <= 6
    }
    var tail = date?.range.upperBound ?? symbol.range.upperBound
    // An unreadable date ("ngày !8/4/20235") still stands between the symbol and "của …".
    if date == nil,
      let skipped = body.keyed(from: tail).firstMatch(
        of: #/^[\s,]*ng[a-z]{1,3}\s*\S*\d\S*(?:\s+th[a-z]{1,4}\s+\S+\s+n[a-z]{1,3}\s+\S+)?/#)
    {
      tail += body.keyed(from: tail).distance(
        from: body.keyed(from: tail).startIndex, to: skipped.range.upperBound)
    }
    let typeCode = symbol.type?.code
    let reference = Reference(
      kind: kind?.name, typeCode: typeCode, number: symbol.number, symbol: symbol.symbol,
      date: date?.iso, issuer: nil, subject: name)
    return Citation(
      reference: reference, start: start, tail: tail, readAs: repair.changed ? read.symbol : nil)
  }

  /// Fills in what the items of a list share: a citation without a kind takes the kind of the
  /// list's head, "các Công văn: số 1060/BTC-QLGCS ngày …; số 1187/BTC-ĐT ngày …", found before
  /// it in the same sentence; a citation without a date followed by another with only a comma
  /// between takes its date, "các Quyết định số: 1743/QĐ-BGTVT, 1744/QĐ-BGTVT ngày 31/12/2024".
  private static func sharingListParts(_ citations: inout [Citation], in body: AlignedText) {
    for index in citations.indices where citations[index].reference.kind == nil {
      let start = citations[index].start
      let window = body.keyed(max(0, start - 600)..<start)
      guard let sentence = window.split(separator: ".", omittingEmptySubsequences: false).last
      else { continue }
      let heads = String(sentence).matches(of: #/\bcac\s+([a-z]+(?:\s+[a-z]+)?)/#)
      for head in heads.reversed() {
        let words = head.output.1.split(separator: " ").map(String.init)
        if let kind = kinds.first(where: {
          $0.type.foldedWords == words || $0.type.foldedWords == Array(words.prefix(1))
        }) {
          citations[index].reference.kind = kind.type.name
          break
        }
      }
    }
    for index in citations.indices.dropLast().reversed()
    where citations[index].reference.date == nil && citations[index].reference.symbol != nil {
      let next = citations[index + 1]
      guard let date = next.reference.date, citations[index].tail <= next.start else { continue }
      let between = body.keyed(citations[index].tail..<next.start)
      if between.allSatisfy({ $0 == " " || $0 == "," }) { citations[index].reference.date = date }
    }
  }

  /// Laws cited by name and date without a number.
  private static func namedLaws(
    _ body: AlignedText, words: [AlignedText.Word], dates: [DateReader.Found],
    warnings: inout [String]
  ) -> [Citation] {
    var found: [Citation] = []
    for (index, word) in words.enumerated() {
      guard body.original[word.range.lowerBound].isUppercase else { continue }
      for kind in kinds where kind.isNamed {
        let count = kind.type.foldedWords.count
        guard Fuzzy.phraseMatches(words, at: index, kind.type.foldedWords, exact: true) else {
          continue
        }
        let nameStart = index + count
        guard nameStart < words.count else { continue }
        let from = words[nameStart].range.lowerBound
        // The law's date, or a "ngày … tháng … năm" phrase OCR garbled ("ngày I§ tháng năm
        // 2024"): the citation stands without its date, which is never guessed.
        var dated: (iso: String?, range: Range<Int>)? = dates.first { $0.range.lowerBound > from }
          .map { ($0.iso, $0.range) }
        if dated.map({ name(body.text(from..<$0.range.lowerBound)) == nil }) ?? true,
          let damaged = damagedDate(in: body, after: from)
        {
          dated = (nil, damaged)
        }
        guard let dated, let name = name(body.text(from..<dated.range.lowerBound)) else {
          // A law cited by its name alone ("Luật Đất đai và …", "Luật Tố tụng hành chính năm
          // 2015"): the name runs to the first word that cannot be part of it.
          if let name = undatedName(words, from: nameStart, in: body) {
            let reference = Reference(
              kind: kind.type.name, typeCode: nil, number: nil, symbol: nil, date: name.year,
              issuer: nil, subject: name.text)
            found.append(
              Citation(
                reference: reference, start: word.range.lowerBound, tail: name.end,
                byNameAlone: true))
          }
          break
        }
        let reference = Reference(
          kind: kind.type.name, typeCode: nil, number: nil, symbol: nil, date: dated.iso,
          issuer: nil, subject: name)
        found.append(
          Citation(reference: reference, start: word.range.lowerBound, tail: dated.range.upperBound)
        )
        if dated.iso == nil {
          var phrase = body.text(word.range.lowerBound..<dated.range.upperBound)
          while let last = phrase.last, ";,. ".contains(last) { phrase.removeLast() }
          warnings.append(
            "references: \"\(phrase)\" cites a \(kind.type.name) whose date cannot be read")
        }
        break
      }
    }
    return found
  }

  /// Words that end a law's name cited without a date: "Luật Đất đai và …", "… năm 2015".
  private static let nameStops: Set<String> = [
    "va", "nam", "cua", "ngay", "so", "ve", "tai", "duoc", "da", "theo", "quy", "doi", "voi",
    "tren", "trong", "hien", "nay", "thi", "co", "la", "do", "de", "khi", "sua",
  ]

  /// The name of a law cited without a date from `start`: one to seven words, the first
  /// capitalised, up to a word of ``nameStops``, a figure or punctuation (a comma only before a
  /// capital: "Pháp lệnh Bưu chính, Viễn thông"); and the year of its passing when "năm 2002"
  /// follows the name (ISO 8601 reduced precision).
  private static func undatedName(
    _ words: [AlignedText.Word], from start: Int, in body: AlignedText
  )
    -> (text: String, end: Int, year: String?)?
  {
    guard start < words.count, body.original[words[start].range.lowerBound].isUppercase,
      !nameStops.contains(words[start].key)
    else { return nil }
    var end = start
    while end + 1 < words.count, end - start < 6 {
      let next = words[end + 1]
      let gap = body.text(words[end].range.upperBound..<next.range.lowerBound)
      let continues =
        gap.allSatisfy { $0 == " " }
        || (gap == ", " && body.original[next.range.lowerBound].isUppercase)
      guard continues, !nameStops.contains(next.key), !next.key.contains(where: \.isNumber)
      else { break }
      end += 1
    }
    let range = words[start].range.lowerBound..<words[end].range.upperBound
    var year: String?
    var tail = range.upperBound
    if end + 2 < words.count, words[end + 1].key == "nam", words[end + 2].key.count == 4,
      let value = Int(words[end + 2].key), (1900...2100).contains(value),
      body.text(range.upperBound..<words[end + 2].range.lowerBound).trimmingSpaces.count == 3
    {
      year = words[end + 2].key
      tail = words[end + 2].range.upperBound
    }
    return (body.text(range), tail, year)
  }

  /// A law's name as written between its kind and its date: a few capitalised words with no
  /// punctuation or figures (else the date belongs to another sentence).
  private static func name(_ between: String) -> String? {
    guard between.count <= 90, !between.contains(where: { ";.,(".contains($0) || $0.isNumber })
    else { return nil }
    let name = between.trimmingSpaces
    return name.first?.isUppercase == true ? name : nil
  }

  /// A damaged "ngày … tháng … năm …" phrase starting within a law's name length of `offset`.
  private static func damagedDate(in body: AlignedText, after offset: Int) -> Range<Int>? {
    let window = AlignedText(body.text(offset..<min(body.original.count, offset + 130)))
    guard let range = DateReader.damagedPhrase(in: window) else { return nil }
    return (offset + range.lowerBound)..<(offset + range.upperBound)
  }

  /// Verbs that end an issuer's name and open the subject: "của Chính phủ quy định về …".
  private static let subjectVerbs: [[String]] = [
    ["quy", "dinh"], ["ban", "hanh"], ["huong", "dan"], ["phe", "duyet"], ["thong", "bao"],
    ["trien", "khai"], ["chi", "dao"], ["sua", "doi"], ["bo", "sung"], ["hop", "nhat"],
    ["giao"], ["de", "nghi"], ["yeu", "cau"], ["ket", "luan"],
  ]

  /// Words after a comma that start a new clause of the citing sentence, not more subject.
  private static let clauseStarters: [[String]] = [
    ["trong", "do"], ["dinh", "huong"], ["gop", "phan"], ["giao"], ["nham"], ["dong", "thoi"],
    ["theo", "do"], ["qua", "do"], ["tao"], ["kip", "thoi"], ["dam", "bao"], ["bao", "dam"],
    ["xac", "dinh"], ["de"],
  ]

  /// Phrases that end a subject even without punctuation ("… về công tác văn thư cho phù hợp").
  private static let subjectStops: [[String]] = [["cho", "phu", "hop"], ["de", "trien", "khai"]]

  /// After a citation's number and date: "của <issuer>" and "về (việc) <subject>" (or a verb
  /// such as "ban hành …" that opens the subject), each ending at a clause break or where the
  /// next citation starts.
  private static func tail(_ body: AlignedText, from start: Int, limit: Int) -> (
    String?, String?, Int
  ) {
    // A citation's issuer and subject fit in a few lines; the cap keeps long bodies linear.
    let end = min(limit, body.original.count, start + 600)
    guard start < end else { return (nil, nil, start) }
    let window = AlignedText(body.text(start..<end))
    let words = window.words
    var issuer: String?
    var subject: String?
    var index = 0
    if let first = words.first,
      window.keyed(0..<first.range.lowerBound).allSatisfy({ $0 == " " || $0 == "," }),
      ["cua", "cia", "ciia", "cla", "cda", "cta"].contains(first.key)
    {
      index = 1
      let from = words.count > 1 ? words[1].range.lowerBound : first.range.upperBound
      if let (name, nameEnd) = wholeBody(window, from: from) {
        // A body that takes no qualifier ends the issuer; lower-case words after it are
        // the subject even when OCR lost the "về" before them ("Chính phủ công tác văn thư").
        issuer = name
        index = words.firstIndex { $0.range.lowerBound >= nameEnd } ?? words.count
        guard index < words.count,
          window.keyed(nameEnd..<words[index].range.lowerBound).allSatisfy({ " -".contains($0) }),
          window.original[words[index].range.lowerBound].isLowercase
        else { return (issuer, nil, start + nameEnd) }
        if !startsSubject(words, at: index, in: window) {
          let from = words[index].range.lowerBound
          let subjectEnd = clauseEnd(window, from: from, issuer: false)
          return (issuer, tidy(window.text(from..<subjectEnd)), start + subjectEnd)
        }
      } else {
        while index < words.count, !startsSubject(words, at: index, in: window) { index += 1 }
        let issuerEnd = min(
          clauseEnd(window, from: from, issuer: true),
          index < words.count ? words[index].range.lowerBound : window.original.count)
        issuer = tidy(window.text(from..<issuerEnd)).flatMap {
          NameStyler.organization.style($0)
        }
        index = words.firstIndex { $0.range.lowerBound >= issuerEnd } ?? words.count
        if issuerEnd < window.original.count, index < words.count,
          !window.keyed(issuerEnd..<words[index].range.lowerBound).allSatisfy({ $0 == " " })
        {
          return (issuer, nil, start + issuerEnd)
        }
      }
    }
    guard index < words.count, startsSubject(words, at: index, in: window) else {
      return (issuer, nil, start)
    }
    var from = words[index].range.lowerBound
    if words[index].key == "ve" || words[index].key == "vé" {
      // "về việc X" gives X, like "về X".
      from =
        index + 1 < words.count ? words[index + 1].range.lowerBound : words[index].range.upperBound
      if index + 1 < words.count, Fuzzy.wordMatches(words[index + 1].key, "viec") {
        from =
          index + 2 < words.count
          ? words[index + 2].range.lowerBound : words[index + 1].range.upperBound
      }
    }
    let subjectEnd = clauseEnd(window, from: from, issuer: false)
    subject = tidy(window.text(from..<subjectEnd))
    return (issuer, subject, start + subjectEnd)
  }

  /// Bodies whose name is complete in itself: an issuer that starts with one ends with it.
  private static let wholeBodies = [
    "Thủ tướng Chính phủ", "Chính phủ", "Ủy ban Thường vụ Quốc hội", "Quốc hội",
    "Bộ Chính trị", "Ban Bí thư",
  ]

  /// The whole body named at `from`, matched on its letters alone so OCR spaces and hyphens
  /// inside it ("C -hính phủ") do not hide it, with where it ends.
  private static func wholeBody(_ text: AlignedText, from start: Int) -> (String, Int)? {
    let keyed = Array(text.keyed)
    for body in wholeBodies {
      let letters = Array(AlignedText(body).folded.filter(\.isLetter))
      var matched = 0
      var index = start
      while index < keyed.count, matched < letters.count {
        let character = keyed[index]
        if character.isLetter {
          guard character == letters[matched] else { break }
          matched += 1
        } else if !" -".contains(character) {
          break
        }
        index += 1
      }
      let endsWord = index >= keyed.count || !(keyed[index].isLetter || keyed[index].isNumber)
      if matched == letters.count, endsWord { return (body, index) }
    }
    return nil
  }

  /// "về", or a lower-case verb that opens a subject.
  private static func startsSubject(
    _ words: [AlignedText.Word], at index: Int, in text: AlignedText
  ) -> Bool {
    guard text.original[words[index].range.lowerBound].isLowercase else { return false }
    if words[index].key == "ve" { return true }
    return subjectVerbs.contains { Fuzzy.phraseMatches(words, at: index, $0, exact: true) }
  }

  /// Where a clause ends: ";", ":", a sentence end, a bracket, a comma that opens a new clause
  /// of the citing sentence, or a stop phrase. Quoted titles are skipped whole.
  private static func clauseEnd(_ text: AlignedText, from start: Int, issuer: Bool) -> Int {
    let chars = text.original
    let words = text.words
    var index = start
    var inQuote = false
    while index < chars.count {
      let c = chars[index]
      if "“\"«".contains(c) && !inQuote {
        inQuote = true
      } else if "”\"»".contains(c) && inQuote {
        inQuote = false
      } else if !inQuote {
        // An acronym defined in passing stays in the subject: "thủ tục hành chính (TTHC) được …".
        if c == "(", let close = acronymEnd(chars, from: index) {
          index = close
          continue
        }
        if ";:()".contains(c) { return index }
        if c == ".", index + 1 >= chars.count || chars[index + 1] == " " {
          return index
        }
        if c == ",", let next = words.firstIndex(where: { $0.range.lowerBound > index }) {
          if commaEnds(words, next: next, in: text, issuer: issuer) { return index }
        } else if c == "," {
          return index
        }
        if !issuer, c == " ",
          let next = words.firstIndex(where: { $0.range.lowerBound == index + 1 }),
          subjectStops.contains(where: { Fuzzy.phraseMatches(words, at: next, $0, exact: true) })
        {
          return index
        }
      }
      index += 1
    }
    return chars.count
  }

  /// The index after ")" when `chars[start]` opens a bracketed acronym ("(TTHC)", "(UBND)").
  private static func acronymEnd(_ chars: [Character], from start: Int) -> Int? {
    var index = start + 1
    while index < chars.count, index - start <= 13,
      chars[index].isUppercase || chars[index].isNumber || chars[index] == "-"
    {
      index += 1
    }
    guard index - start >= 3, index < chars.count, chars[index] == ")" else { return nil }
    return index + 1
  }

  /// Whether a comma ends an issuer or subject. Inside an issuer's name a comma is followed by
  /// a capitalised part and "và" ("Văn hóa, Thể thao và Du lịch"); inside a subject by
  /// lower-case words that are not a clause opener ("văn thư, lưu trữ").
  private static func commaEnds(
    _ words: [AlignedText.Word], next: Int, in text: AlignedText, issuer: Bool
  ) -> Bool {
    let capitalised = text.original[words[next].range.lowerBound].isUppercase
    if issuer {
      let soon = words[next..<min(words.count, next + 4)]
      let namesBody = Vocabulary.organizationKinds.contains {
        Fuzzy.phraseMatches(words, at: next, $0.folded, exact: true)
      }
      return !(capitalised && !namesBody && soon.contains { $0.key == "va" })
    }
    if capitalised { return true }
    // Subjects often close on a year: "… năm 2025, định hướng …".
    if next > 0, words[next - 1].key.count == 4, words[next - 1].key.allSatisfy(\.isNumber) {
      return true
    }
    // One short word is matched exactly: "giảm" is no slip of "giao".
    return clauseStarters.contains {
      Fuzzy.phraseMatches(words, at: next, $0, exact: $0.count == 1)
    }
  }

  private static func tidy(_ text: String) -> String? {
    var value = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    while let last = value.last, ".;,:-–_ ".contains(last) { value.removeLast() }
    // A trailing "và" joins the next citation, not this one.
    for suffix in [" và", " va", " và các", " và tại"] where value.hasSuffix(suffix) {
      value.removeLast(suffix.count)
    }
    value = value.trimmingSpaces
    return value.contains(where: \.isLetter) ? value : nil
  }
}
