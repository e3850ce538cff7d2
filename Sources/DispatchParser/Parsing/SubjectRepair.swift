import VietnameseText

/// Repairs a body's name that OCR garbled in the subject when the same dispatch's body writes
/// it cleanly: "KẾT LUẬN CỦA BAN THỊ JỜNG VỤ TỈNH ỦY" over a body that says "Ban Thường vụ
/// Tỉnh ủy" is "Kết luận của Ban Thường vụ Tỉnh ủy". Only known names of bodies are compared,
/// and only with what the body itself writes.
enum SubjectRepair {
  /// The subject with each garbled name the body confirms written as the body writes it, and
  /// each two words the body always writes with other marks (``markSlips(in:body:)``), with one
  /// warning per repair; the subject unchanged when nothing is confirmed.
  static func repaired(_ subject: String, body readBody: () -> AlignedText) -> (String, [String]) {
    var value = subject
    var warnings: [String] = []
    // Read once: for a name the subject nearly writes, then for the marks of its words.
    var body: (text: AlignedText, words: [AlignedText.Word])?
    var read = AlignedText(value)
    var keys = Set(read.words.map(\.key))
    for phrase in Vocabulary.organizationKinds
    where phrase.folded.count >= 2 && keys.contains(phrase.folded[0]) {
      guard let window = nearMiss(phrase, in: read) else { continue }
      let (text, words) =
        body
        ?? {
          let text = readBody()
          return (text, text.words)
        }()
      body = (text, words)
      // The phrase as the body writes it, capitalised, exactly.
      guard
        let at = words.indices.first(where: {
          Fuzzy.phraseMatches(words, at: $0, phrase.folded, exact: true)
            && text.original[words[$0].range.lowerBound].isUppercase
        })
      else { continue }
      let written = text.text(
        words[at].range.lowerBound..<words[at + phrase.folded.count - 1].range.upperBound)
      warnings.append(
        "subject: \"\(read.text(window))\" read as \"\(written)\", as the body writes it")
      value = read.text(0..<window.lowerBound) + written + read.text(from: window.upperBound)
      read = AlignedText(value)
      keys = Set(read.words.map(\.key))
    }
    let text = body?.text ?? readBody()
    for (from, to) in markSlips(in: read, body: text) {
      warnings.append("subject: \"\(from)\" read as \"\(to)\", as the body writes it")
      value = value.replacingOccurrences(of: from, with: to)
    }
    return (value, warnings)
  }

  /// Two words of the subject that the body writes with other marks, always the same way and
  /// more than once, and never as the subject does ("trong phòng thì" in a subject over a body
  /// that says "phòng thi" four times): the Vietnamese model's slip on a valid syllable, which
  /// the restorer keeps. Words in capitals are left alone.
  static func markSlips(in subject: AlignedText, body: AlignedText) -> [(String, String)] {
    let words = subject.words
    let bodyWords = body.words
    var pairs: [[String]: [String: Int]] = [:]
    for index in bodyWords.indices.dropLast() {
      let pair = [bodyWords[index].key, bodyWords[index + 1].key]
      let spelling = body.text(
        bodyWords[index].range.lowerBound..<bodyWords[index + 1].range.upperBound)
      pairs[pair, default: [:]][spelling.lowercased(), default: 0] += 1
    }
    var slips: [(String, String)] = []
    for index in words.indices.dropLast() {
      let range = words[index].range.lowerBound..<words[index + 1].range.upperBound
      let written = subject.text(range)
      guard written.contains(where: \.isLowercase), written.contains(" "),
        written.allSatisfy({ $0.isLetter || $0 == " " }),
        let spellings = pairs[[words[index].key, words[index + 1].key]],
        spellings[written.lowercased()] == nil, spellings.count == 1,
        let (other, count) = spellings.first, count >= 2, other.count == written.count,
        other.allSatisfy({ $0.isLetter || $0 == " " }),
        !slips.contains(where: { $0.0 == written })
      else { continue }
      // The body's marks on the subject's letters: its case is kept.
      let repaired = String(
        zip(written, other).map { original, body in
          original.isUppercase ? Character(String(body).uppercased()) : body
        })
      slips.append((written, repaired))
    }
    return slips
  }

  /// Where the subject writes the phrase nearly: a window of the phrase's word count, or one
  /// word more (OCR split a word), with the phrase's first and last words, within two letters
  /// (and a fifth of them) of it, not exactly, and holding a word that is no syllable.
  private static func nearMiss(_ phrase: Vocabulary.Phrase, in text: AlignedText) -> Range<Int>? {
    let words = text.words
    let want = phrase.folded.joined()
    for start in words.indices where words[start].key == phrase.folded[0] {
      for length in [phrase.folded.count, phrase.folded.count + 1]
      where start + length <= words.count {
        let window = words[start..<(start + length)]
        let distance = Fuzzy.distance(window.map(\.key).joined(), want)
        // A word that is no Vietnamese syllable ("JỜNG") shows the damage.
        guard distance > 0, distance <= 2, distance * 5 <= want.count,
          let first = window.first, let last = window.last, last.key == phrase.folded.last,
          window.contains(where: { Syllable(text.text($0.range)) == nil })
        else { continue }
        return first.range.lowerBound..<last.range.upperBound
      }
    }
    return nil
  }
}
