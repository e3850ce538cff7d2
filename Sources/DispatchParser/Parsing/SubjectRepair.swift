/// Repairs a body's name that OCR garbled in the subject when the same dispatch's body writes
/// it cleanly: "KẾT LUẬN CỦA BAN THỊ JỜNG VỤ TỈNH ỦY" over a body that says "Ban Thường vụ
/// Tỉnh ủy" is "Kết luận của Ban Thường vụ Tỉnh ủy". Only known names of bodies are compared,
/// and only with what the body itself writes.
enum SubjectRepair {
  /// The subject with each garbled name the body confirms written as the body writes it, and
  /// one warning per repair; the subject unchanged when nothing is confirmed.
  static func repaired(_ subject: String, body: AlignedText) -> (String, [String]) {
    var value = subject
    var warnings: [String] = []
    let bodyWords = body.words
    for phrase in Vocabulary.organizationKinds where phrase.folded.count >= 2 {
      // The phrase as the body writes it, capitalised, exactly.
      guard
        let at = bodyWords.indices.first(where: {
          Fuzzy.phraseMatches(bodyWords, at: $0, phrase.folded, exact: true)
            && body.original[bodyWords[$0].range.lowerBound].isUppercase
        })
      else { continue }
      let written = body.text(
        bodyWords[at].range.lowerBound..<bodyWords[at + phrase.folded.count - 1].range.upperBound)
      if let (read, next) = replacing(phrase, by: written, in: value) {
        warnings.append("subject: \"\(read)\" read as \"\(written)\", as the body writes it")
        value = next
      }
    }
    return (value, warnings)
  }

  /// The first window of the phrase's word count, or one word more (OCR split a word), that
  /// opens with the phrase's first word and is within two letters (and a fifth of them) of it.
  private static func replacing(_ phrase: Vocabulary.Phrase, by written: String, in text: String)
    -> (String, String)?
  {
    let aligned = AlignedText(text)
    let words = aligned.words
    let want = phrase.folded.joined()
    for start in words.indices where words[start].key == phrase.folded[0] {
      for length in [phrase.folded.count, phrase.folded.count + 1]
      where start + length <= words.count {
        let window = words[start..<(start + length)]
        let read = window.map(\.key).joined()
        let distance = Fuzzy.distance(read, want)
        guard distance > 0, distance <= 2, distance * 5 <= want.count,
          let first = window.first, let last = window.last,
          first.key == phrase.folded.first, last.key == phrase.folded.last
        else { continue }
        let range = first.range.lowerBound..<last.range.upperBound
        return (
          aligned.text(range),
          aligned.text(0..<range.lowerBound) + written + aligned.text(from: range.upperBound)
        )
      }
    }
    return nil
  }
}
