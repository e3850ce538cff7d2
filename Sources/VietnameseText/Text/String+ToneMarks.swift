extension String {
  /// The text with the tone mark of every syllable placed per `style`, case kept, in NFC.
  ///
  /// A syllable is a run of letters; runs that do not parse as a ``Syllable`` (names in other
  /// languages, abbreviations) keep their marks where they were.
  ///
  /// ```swift
  /// "Hoà Bình, thuỷ lợi".normalizingToneMarks()               // "Hòa Bình, thủy lợi"
  /// "HÒA".normalizingToneMarks(to: .phonetic)                  // "HOÀ"
  /// ```
  public func normalizingToneMarks(to style: ToneMarkStyle = .modern) -> String {
    var (units, stray) = LetterScanner.scan(self)
    var start = 0
    while start < units.count {
      guard units[start].isLetter else {
        start += 1
        continue
      }
      var end = start
      var tone: UInt8 = 0
      var toneCount = 0
      var letters = LetterCodes()
      var fits = true
      while end < units.count && units[end].isLetter {
        if units[end].tone != 0 {
          tone = units[end].tone
          toneCount += 1
        }
        if fits && !letters.append(units[end].base) { fits = false }
        end += 1
      }
      if fits, toneCount == 1, let syllableTone = Tone(rawValue: Int(tone)),
        let layout = SyllableLayout.parse(letters, tone: syllableTone)
      {
        let mark = start + layout.markIndex(style: style)
        for index in start..<end { units[index].tone = index == mark ? tone : 0 }
      }
      start = end
    }
    return LetterScanner.string(from: units, normalizing: stray)
  }
}
