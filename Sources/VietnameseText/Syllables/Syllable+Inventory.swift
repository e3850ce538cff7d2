extension Syllable {
  /// Every syllable this module accepts, each tone spelled out: the closed set that Vietnamese spelling
  /// allows (about 18,000 syllables, many never used; a lexicon tells which ones are words).
  ///
  /// Built once, on first use, from the onsets and the rime table.
  public static let inventory: [Syllable] = {
    let onsets = Onset.allCases.map(\.spelling)
    let rimes =
      RimeTable.plainRimes + RimeTable.medialRimes + RimeTable.quRimes + RimeTable.placeNameRimes
    // gi + iê… is written with one i ("giếng").
    let giRimes = RimeTable.plainRimes.filter { $0.hasPrefix("iê") }.map { String($0.dropFirst()) }
    var seen = Set<Syllable>()
    var syllables: [Syllable] = []
    for onset in onsets {
      for rime in onset == "gi" ? rimes + giRimes : rimes {
        guard let letters = LetterCodes(onset + rime) else { continue }
        for tone in Tone.allCases {
          guard let layout = SyllableLayout.parse(letters, tone: tone) else { continue }
          let syllable = Syllable(layout: layout)
          if seen.insert(syllable).inserted { syllables.append(syllable) }
        }
      }
    }
    return syllables
  }()

  /// The syllables whose ``Swift/String/vietnameseFolded`` spelling is `folded` ("viet" → viết, việt),
  /// for restoring marks; empty when no syllable folds to it. Case and marks in `folded` are ignored.
  public static func candidates(folded: some StringProtocol) -> [Syllable] {
    byFoldedSpelling[String(folded).vietnameseFolded] ?? []
  }

  private static let byFoldedSpelling: [String: [Syllable]] = Dictionary(
    grouping: inventory, by: { $0.toneless.vietnameseFolded })
}
