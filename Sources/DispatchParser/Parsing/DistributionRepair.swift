import VietnameseText

/// Repairs "Nơi nhận" items against what the same dispatch writes elsewhere: the standard
/// "Như Điều 3" formula, the issuer's own parent body by its code ("Sở GDĐT Hà Nội"), and a
/// person the body names ("Thứ trưởng Trần Quang Huy"). A repair needs the dispatch's own text
/// to agree; an item nothing confirms is kept as read.
enum DistributionRepair {
  /// "Như Điều 3" (to those named in Article 3) as OCR reads its letters and figure:
  /// "Như Đ›ều $3", "Nhu Diéu 3". Nil when the item is not that formula or is already clean.
  static func articleFormula(_ item: String) -> String? {
    guard item.first == "N" || item.first == "n" else { return nil }
    let aligned = AlignedText(item)
    guard
      let match = aligned.keyed.firstMatch(of: #/^nhu\s+d\S{0,2}eu\s+[^\sa-z0-9]?(\d{1,2})\b/#)
    else { return nil }
    let end = aligned.offsets(of: match.range, in: aligned.keyed).upperBound
    let repaired = "Như Điều \(match.output.1)" + aligned.text(from: end)
    return repaired == item ? nil : repaired
  }

  /// "(để thực hiện)", "(để b/c)" (for action, to report) as OCR slips on them: the tone of
  /// "để" ("(đề thực hiện)") and the c of "b/c" ("(để b/e)"). Nil when the item holds no such
  /// slip; "(đề xuất)" and other words after "đề" are left alone.
  static func purposeFormula(_ item: String) -> String? {
    guard item.contains("(") else { return nil }
    let repaired = item.replacing(purposeSlip) { match in
      let purpose = match.output.2 == "b/e" ? "b/c" : String(match.output.2)
      return "(để " + purpose
    }
    return repaired == item ? nil : repaired
  }

  /// "Cổng thông tin điện tử" (the web portal, on nearly every distribution list: "Cổng TTĐT
  /// tỉnh", "Cổng TT-ĐT", "Các cổng thông tin") read with "công", a valid word that the
  /// Vietnamese model prefers to the rarer "cổng". "Công" before "thông tin" or the portal's
  /// code is always the portal in a distribution item. Nil when the item holds no such slip.
  static func portalFormula(_ item: String) -> String? {
    let repaired = item.replacing(portalSlip) { match in
      (match.output.1 == "C" ? "Cổng" : "cổng") + match.output.2
    }
    return repaired == item ? nil : repaired
  }

  /// The en dash of a compound name ("Sở Lao động – Thương binh và Xã hội", "Văn hóa – Xã
  /// hội"), which Tesseract's Vietnamese model writes as an em dash: between two words of an
  /// item, an em dash is that en dash. Nil when the item holds none.
  static func compoundNameDash(_ item: String) -> String? {
    guard item.contains(" — ") else { return nil }
    return item.replacing(" — ", with: " – ")
  }

  private static var portalSlip: Regex<(Substring, Substring, Substring)> {
    #/\b([Cc])ông(\s+(?:[Tt]hông tin|TTĐT|TT-ĐT|TT&ĐT|TT\/ĐT)(?!\p{L}))/#
  }

  // Regexes are not Sendable: a computed property, as in `SymbolReader`.
  private static var purposeSlip: Regex<(Substring, Substring, Substring)> {
    #/\((để|đề|đế|đễ|đê|dể|de)\s+(thực hiện|b\/c|b\/e|b\/cáo|báo cáo|biết|chỉ đạo|theo dõi|phối hợp|t\/h)(?=[\s)])/#
  }

  /// The item with a garbled body code read as the code of the issuer's own parent or name,
  /// when the item names a body of the same kind and place ("Sở GIMYT Hà Nội" sent by a school
  /// under "Sở Giáo dục và Đào tạo Hà Nội" is "Sở GDĐT Hà Nội"): the code must be no known
  /// sector code, and begin and end with the letters of the body's code, at most one letter
  /// longer or shorter.
  static func ownBodyCode(_ item: String, bodies: [String]) -> String? {
    let words = item.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    guard words.count >= 3, words[1].count >= 2,
      words[1].allSatisfy({ $0.isLetter && !$0.isLowercase || $0.isNumber })
    else { return nil }
    let code = AlignedText(words[1]).folded
    guard !sectorCodes.contains(code) else { return nil }
    for body in bodies {
      let parts = body.split(separator: " ").map(String.init)
      guard parts.count >= 3, parts[0] == words[0] else { continue }
      for sector in Vocabulary.organization where sector.folded.count >= 2 {
        let count = sector.folded.count
        guard parts.count > count,
          parts[1...count].map({ AlignedText($0).folded }) == sector.folded
        else { continue }
        let place = parts[(count + 1)...]
        guard !place.isEmpty, Array(words[2...].prefix(place.count)) == Array(place) else {
          continue
        }
        let initials = String(
          sector.words.filter { $0 != "và" && $0 != "-" }.compactMap(\.first)
        ).uppercased()
        let folded = AlignedText(initials).folded
        guard folded != code, abs(folded.count - code.count) <= 1,
          folded.first == code.first, folded.last == code.last
        else { continue }
        return ([words[0], initials] + words[2...]).joined(separator: " ")
      }
    }
    return nil
  }

  /// Sector codes as written after "Sở", "Bộ" (from the code table without its body letter).
  private static let sectorCodes: Set<String> = Set(
    SymbolRepair.knownCodes.filter { $0.count >= 3 && ($0.hasPrefix("S") || $0.hasPrefix("B")) }
      .map { AlignedText(String($0.dropFirst())).folded })

  /// The item with a person's name read as the body of the dispatch writes it, when the item
  /// is an office title and a name ("Thứ trưởng Trần Qung Hai") and the body names exactly one
  /// person with the same title, family name and number of syllables, each syllable with the
  /// same first letter and the whole within a third of its letters ("Trần Quang Huy"), and the
  /// name holds a word that is no Vietnamese syllable.
  static func namedPerson(_ item: String, in readText: () -> AlignedText) -> String? {
    let aligned = AlignedText(item)
    let words = aligned.words
    guard
      let title = Vocabulary.titles.filter({ Fuzzy.phraseMatches(words, at: 0, $0.folded) })
        .max(by: { $0.folded.count < $1.folded.count })
    else { return nil }
    let name = Array(words.dropFirst(title.folded.count))
    // Only a name OCR visibly damaged (a word no Vietnamese syllable): "Nguyễn Văn Hải" may be
    // another deputy than the "Nguyễn Văn Hà" the body names.
    guard (2...4).contains(name.count), Vocabulary.surnames.contains(name[0].key),
      name.contains(where: { Syllable(aligned.text($0.range)) == nil }),
      name.allSatisfy({ aligned.original[$0.range.lowerBound].isUppercase }),
      aligned.text(from: name[name.count - 1].range.upperBound).allSatisfy({ !$0.isLetter })
    else { return nil }
    let text = readText()
    let textWords = text.words
    var found = Set<String>()
    for index in textWords.indices
    where Fuzzy.phraseMatches(textWords, at: index, title.folded, exact: true) {
      let start = index + title.folded.count
      guard start + name.count <= textWords.count else { continue }
      let candidate = Array(textWords[start..<(start + name.count)])
      guard candidate[0].key == name[0].key,
        candidate.allSatisfy({ text.original[$0.range.lowerBound].isUppercase }),
        zip(candidate, name).allSatisfy({ $0.key.first == $1.key.first })
      else { continue }
      let distance = zip(candidate, name).map { Fuzzy.distance($0.key, $1.key) }.reduce(0, +)
      let letters = name.map(\.key.count).reduce(0, +)
      if distance > 0, distance * 3 <= letters + 2 {
        found.insert(
          text.text(candidate[0].range.lowerBound..<candidate[candidate.count - 1].range.upperBound)
        )
      } else if distance == 0 {
        return nil
      }
    }
    guard found.count == 1, let person = found.first else { return nil }
    return aligned.text(0..<name[0].range.lowerBound) + person
      + aligned.text(from: name[name.count - 1].range.upperBound)
  }

  /// The filing item's drafter, named after the codes ("Lưu: VT, CTSV, Tuân PM (02)"): a given
  /// name OCR read with a slip of its tone mark ("Tuân" for Tuấn) is the one common given name
  /// with the same letters, as a signer's is (``GivenName``). Nil when the item is no filing
  /// item or names no such drafter.
  static func drafterName(_ item: String) -> String? {
    guard FooterReader.isFilingItem(AlignedText(item)) else { return nil }
    var words = item.split(separator: " ").map(String.init)
    var changed = false
    // The drafter is a given name before the initials of the rest of the name ("Tuấn PM"):
    // a capitalised word before a code ("Phòng KT") stays as read.
    for index in words.indices.dropLast() {
      let (word, initials) = (words[index], words[index + 1])
      guard let first = word.first, first.isUppercase, word.count >= 2,
        word.dropFirst().allSatisfy(\.isLowercase), Syllable(word) != nil,
        (2...3).contains(initials.count), initials.allSatisfy({ $0.isUppercase && $0.isLetter }),
        !Vocabulary.organizationKinds.contains(where: { $0.words.first == word })
      else { continue }
      let name = GivenName.reading(restored: word, raw: word, isGivenName: true)
      changed = changed || name != word
      words[index] = name
    }
    return changed ? words.joined(separator: " ") : nil
  }

  /// A warning when the filing item writes the dispatch's own unit code with one glyph
  /// otherwise ("Lưu: PA#3" under the symbol "115/CV-PAS3"): one of the two readings is wrong
  /// and nothing tells which, so neither is changed.
  static func filingDisagreement(_ item: String, ownCodes: [String]) -> String? {
    let tokens = item.split(whereSeparator: { $0.isWhitespace || ",;:()".contains($0) })
    for code in ownCodes where code.count >= 3 {
      for token in tokens where token.count == code.count && token != code {
        let differing = zip(token, code).filter { $0 != $1 }
        guard differing.count == 1, let (read, written) = differing.first,
          !(read.isLetter && written.isLetter), FooterReader.isFilingItem(AlignedText(item))
        else { continue }
        return "symbol: its code \"\(code)\" is written \"\(token)\" in \"\(item)\"; "
          + "one glyph of the two readings is wrong"
      }
    }
    return nil
  }

  /// The body at the head of the item ("Bệ Tài chính;") as the dispatch writes it elsewhere
  /// ("Bộ Tài chính"), when the two differ in one letter or its marks and the item's spelling is
  /// found nowhere else in the dispatch: a slip of OCR on the list's small print.
  static func documentSpelling(_ item: String, in readText: () -> AlignedText) -> String? {
    let aligned = AlignedText(item)
    let words = aligned.words
    guard words.count >= 2, aligned.original[words[0].range.lowerBound].isUppercase else {
      return nil
    }
    // Three words: a body's kind and name ("Bộ Tài chính", "Sở Tư pháp"); shorter heads
    // ("Như trên") are too like other phrases ("nêu trên").
    let head = Array(words.prefix(3))
    guard head.count == 3, head.allSatisfy({ $0.key.allSatisfy(\.isLetter) }) else { return nil }
    let headRange = head[0].range.lowerBound..<head[head.count - 1].range.upperBound
    let written = aligned.text(headRange)
    let text = readText()
    let textWords = text.words
    var spellings: [String: Int] = [:]
    for index in textWords.indices where index + head.count <= textWords.count {
      let candidate = textWords[index..<(index + head.count)]
      // One letter apart at most, in one word, not its first ("Bệ" for "Bộ").
      let differing = zip(candidate, head).filter { $0.key != $1.key }
      guard differing.count <= 1,
        differing.allSatisfy({
          $0.key.count == $1.key.count && $0.key.first == $1.key.first
            && Fuzzy.distance($0.key, $1.key) == 1
        })
      else { continue }
      let spelling = text.text(
        candidate.first!.range.lowerBound..<candidate.last!.range.upperBound)
      spellings[spelling, default: 0] += 1
    }
    // The item itself is part of the text: its spelling once is its own reading. Capitals
    // ("BỘ TÀI CHÍNH" in a header) are the same spelling.
    let own = spellings.filter { $0.key.lowercased() == written.lowercased() }
    let others = Dictionary(
      grouping: spellings.keys.filter { $0.lowercased() != written.lowercased() },
      by: { $0.lowercased() })
    guard own.values.reduce(0, +) <= 1, others.count == 1,
      let other = others.first?.value.first(where: {
        $0.first?.isUppercase == true && $0.dropFirst().contains(where: \.isLowercase)
      })
    else { return nil }
    return other + aligned.text(from: headRange.upperBound)
  }

  /// Every repair of `item`, applied in turn, with one warning per change.
  static func repaired(_ item: String, bodies: [String], text: () -> AlignedText) -> (
    String, [String]
  ) {
    var value = item
    var warnings: [String] = []
    let note = { (next: String, reason: String) in
      warnings.append("distribution: \"\(value)\" read as \"\(next)\" (\(reason))")
      value = next
    }
    if let next = articleFormula(value) { note(next, "the \"Như Điều\" formula") }
    if let next = purposeFormula(value) { note(next, "the \"(để …)\" formula") }
    if let next = portalFormula(value) { note(next, "the \"Cổng thông tin\" formula") }
    if let next = compoundNameDash(value) { note(next, "the dash of a compound name") }
    if let next = ownBodyCode(value, bodies: bodies) { note(next, "the issuer's own parent body") }
    if let next = namedPerson(value, in: text) { note(next, "as the body names the person") }
    if let next = documentSpelling(value, in: text) { note(next, "as the dispatch writes it") }
    if let next = drafterName(value) { note(next, "a drafter's given name") }
    return (value, warnings)
  }
}
