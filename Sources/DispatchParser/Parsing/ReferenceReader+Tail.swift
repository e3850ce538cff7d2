/// The words after a citation: its issuer ("của Chính phủ") and its subject ("về công tác văn
/// thư"), each ending at a clause break of the citing sentence.
extension ReferenceReader {
  /// Verbs that end an issuer's name and open the subject: "của Chính phủ quy định về …".
  static let subjectVerbs: [[String]] = [
    ["quy", "dinh"], ["ban", "hanh"], ["huong", "dan"], ["phe", "duyet"], ["thong", "bao"],
    ["trien", "khai"], ["chi", "dao"], ["sua", "doi"], ["bo", "sung"], ["hop", "nhat"],
    ["giao"], ["de", "nghi"], ["yeu", "cau"], ["ket", "luan"],
  ]

  /// Words no issuer's name holds, which end it: "… của Chủ tịch UBND tỉnh để bố trí …".
  static let issuerStops: Set<String> = ["de", "nham", "theo"]

  /// Words after a comma that start a new clause of the citing sentence, not more subject.
  static let clauseStarters: [[String]] = [
    ["trong", "do"], ["dinh", "huong"], ["gop", "phan"], ["giao"], ["nham"], ["dong", "thoi"],
    ["theo", "do"], ["qua", "do"], ["tao"], ["kip", "thoi"], ["dam", "bao"], ["bao", "dam"],
    ["xac", "dinh"], ["de"],
  ]

  /// Phrases that end a subject even without punctuation ("… về công tác văn thư cho phù hợp").
  static let subjectStops: [[String]] = [["cho", "phu", "hop"], ["de", "trien", "khai"]]

  /// After a citation's number and date: "của <issuer>" and "về (việc) <subject>" (or a verb
  /// such as "ban hành …" that opens the subject), each ending at a clause break or where the
  /// next citation starts.
  static func tail(_ body: AlignedText, from start: Int, limit: Int) -> (
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
        // Or the document's own title, capitalised as titles are: "của Chính phủ Sửa đổi, bổ
        // sung một số điều …".
        guard index < words.count,
          window.keyed(nameEnd..<words[index].range.lowerBound).allSatisfy({ " -".contains($0) }),
          window.original[words[index].range.lowerBound].isLowercase
            || subjectVerbs.contains(where: {
              Fuzzy.phraseMatches(words, at: index, $0, exact: true)
            })
        else { return (issuer, nil, start + nameEnd) }
        if !startsSubject(words, at: index, in: window) {
          let from = words[index].range.lowerBound
          let subjectEnd = clauseEnd(window, from: from, issuer: false)
          return (issuer, tidy(window.text(from..<subjectEnd)), start + subjectEnd)
        }
      } else {
        while index < words.count, !startsSubject(words, at: index, in: window),
          !issuerStops.contains(words[index].key)
        {
          index += 1
        }
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
  static let wholeBodies = [
    "Thủ tướng Chính phủ", "Chính phủ", "Ủy ban Thường vụ Quốc hội", "Quốc hội",
    "Bộ Chính trị", "Ban Bí thư",
  ]

  /// The whole body named at `from`, matched on its letters alone so OCR spaces and hyphens
  /// inside it ("C -hính phủ") do not hide it, with where it ends.
  static func wholeBody(_ text: AlignedText, from start: Int) -> (String, Int)? {
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
  static func startsSubject(
    _ words: [AlignedText.Word], at index: Int, in text: AlignedText
  ) -> Bool {
    guard text.original[words[index].range.lowerBound].isLowercase else { return false }
    if words[index].key == "ve" { return true }
    return subjectVerbs.contains { Fuzzy.phraseMatches(words, at: index, $0, exact: true) }
  }

  /// Where a clause ends: ";", ":", a sentence end, a bracket, a comma that opens a new clause
  /// of the citing sentence, or a stop phrase. Quoted titles are skipped whole.
  static func clauseEnd(_ text: AlignedText, from start: Int, issuer: Bool) -> Int {
    let chars = text.original
    let words = text.words
    var index = start
    var inQuote = false
    while index < chars.count {
      let c = chars[index]
      // Lines are joined with a space, so a blank line (a paragraph's end) leaves two.
      if c == " ", index + 1 < chars.count, chars[index + 1] == " " { return index }
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
  static func acronymEnd(_ chars: [Character], from start: Int) -> Int? {
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
  static func commaEnds(
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

  static func tidy(_ text: String) -> String? {
    var value = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    // A symbol broken at its hyphen across lines ("81/2021/NĐ-" / "CP") is one word.
    value = value.replacing(#/(\d/(?:\d{4}/)?\p{Lu}+-) (\p{Lu}+)/#) { $0.output.1 + $0.output.2 }
    while let last = value.last, ".;,:-–_ ".contains(last) { value.removeLast() }
    // A trailing "và" joins the next citation, not this one.
    for suffix in [" và", " va", " và các", " và tại"] where value.hasSuffix(suffix) {
      value.removeLast(suffix.count)
    }
    value = value.trimmingSpaces
    return value.contains(where: \.isLetter) ? value : nil
  }
}
