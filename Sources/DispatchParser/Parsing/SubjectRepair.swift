import VietnameseText

/// Repairs a body's name that OCR garbled in the subject when the same dispatch's body writes
/// it cleanly: "KẾT LUẬN CỦA BAN THỊ JỜNG VỤ TỈNH ỦY" over a body that says "Ban Thường vụ
/// Tỉnh ủy" is "Kết luận của Ban Thường vụ Tỉnh ủy". Only known names of bodies are compared,
/// and only with what the body itself writes.
enum SubjectRepair {
  /// The subject with each garbled name the body confirms written as the body writes it, and
  /// one warning per repair; the subject unchanged when nothing is confirmed.
  static func repaired(_ subject: String, body readBody: () -> AlignedText) -> (String, [String]) {
    var value = subject
    var warnings: [String] = []
    // The body is read only for a name the subject nearly writes, so most subjects never read it.
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
    return (value, warnings)
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
