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
    let spans = cited.indices.map { index in
      let limit = subjectLimit(cited, after: index, in: body)
      return cited[index].start..<tail(body, from: cited[index].tail, limit: limit).2
    }
    // One whose article is cited ("tại khoản 2 Điều 157 Luật Đất đai") is cited in its own right.
    citations.removeAll { law in
      law.byNameAlone && spans.contains { $0.contains(law.start) }
        && body.keyed(max(0, law.start - 12)..<law.start).firstMatch(of: #/dieu \d+\s*$/#) == nil
    }
    var parts = citations.enumerated().map { index, citation in
      let next = subjectLimit(citations, after: index, in: body)
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
    var amendingSpans: [Range<Int>] = []
    for (index, word) in words.enumerated() {
      guard body.original[word.range.lowerBound].isUppercase,
        !amendingSpans.contains(where: { $0.contains(word.range.lowerBound) })
      else { continue }
      for kind in kinds where kind.isNamed {
        let count = kind.type.foldedWords.count
        guard Fuzzy.phraseMatches(words, at: index, kind.type.foldedWords, exact: true) else {
          continue
        }
        let nameStart = index + count
        guard nameStart < words.count else { continue }
        let from = words[nameStart].range.lowerBound
        // "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức
        // chính quyền địa phương ngày 22/11/2019" is one law: the laws it amends are its name.
        if isAmendingName(words, at: nameStart),
          let dated = dates.first(where: { $0.range.lowerBound > from }),
          let name = amendingName(body.text(from..<dated.range.lowerBound))
        {
          found.append(
            Citation(
              reference: Reference(
                kind: kind.type.name, typeCode: nil, number: nil, symbol: nil, date: dated.iso,
                issuer: nil, subject: name),
              start: word.range.lowerBound, tail: dated.range.upperBound))
          amendingSpans.append(word.range.upperBound..<dated.range.upperBound)
          break
        }
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

  /// Whether the words from `index` read "sửa đổi, bổ sung" (or "sửa đổi"): the name of a
  /// law amending others.
  private static func isAmendingName(_ words: [AlignedText.Word], at index: Int) -> Bool {
    index + 1 < words.count && words[index].key == "sua" && words[index + 1].key == "doi"
  }

  /// The name of an amending law as written between its kind and its date: "sửa đổi, bổ
  /// sung một số điều của Luật …", commas allowed, no figure or sentence end.
  private static func amendingName(_ between: String) -> String? {
    guard between.count <= 250, !between.contains(where: { ";.(".contains($0) || $0.isNumber })
    else { return nil }
    let name = between.trimmingSpaces
    return name.isEmpty ? nil : name
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

  /// Where the subject of `citations[index]` may run to: the next citation's start, unless the
  /// subject runs on into that citation, which it then holds ("… đối với Sở Xây dựng tại Quyết
  /// định số 1368/QĐ-UBND ngày 12/12/2023 của UBND tỉnh", "… sửa đổi, bổ sung một số điều của
  /// Nghị định số 08/2016/NĐ-CP", "… tại khoản 2 Điều 157 Luật Đất đai và …"). The held citation
  /// is still read as a reference of its own.
  private static func subjectLimit(_ citations: [Citation], after index: Int, in body: AlignedText)
    -> Int
  {
    var next = index + 1
    var holds = false
    // A subject holds few citations; the cap keeps a long list of them linear.
    while next < citations.count, next <= index + 4 {
      let limit = citations[next].start
      let (_, subject, end) = tail(body, from: citations[index].tail, limit: limit)
      guard subject != nil, end >= limit || body.keyed(end..<limit).allSatisfy({ $0 == " " })
      else { break }
      let before = body.keyed(max(0, limit - 16)..<limit)
      let link = holds ? #/(?:^|\s)(?:tai|cua|va)\s*$/# : #/(?:^|\s)(?:tai|cua)\s*$/#
      guard before.firstMatch(of: link) != nil || before.firstMatch(of: #/dieu \d+\s*$/#) != nil
      else { break }
      holds = true
      next += 1
    }
    return next < citations.count ? citations[next].start : body.original.count
  }
}
