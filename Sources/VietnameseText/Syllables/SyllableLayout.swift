/// How the letters of one syllable split into onset and rime: the parser's result, shared by
/// ``Syllable`` and by tone-mark normalisation (which needs letter positions, not strings).
struct SyllableLayout: Sendable {
  var onset: Onset
  var rime: Rime
  var tone: Tone

  /// The index, among the syllable's letters, of the letter that carries the tone mark.
  func markIndex(style: ToneMarkStyle) -> Int { onset.length + rime.markOffset(style: style) }

  /// Splits lower-case letters carrying `tone` into a syllable; `nil` when they break the spelling
  /// rules or phonotactics.
  static func parse(_ letters: LetterCodes, tone: Tone) -> SyllableLayout? {
    guard letters.count > 0, let onset = Onset(startOf: letters) else { return nil }
    let onsetLength = onset.length
    // gi + iê…: the i of the rime is written once ("giếng", "giết"), so the rime is read from the i;
    // without a coda ("Giê-su") the rime is the ê itself.
    var rime = RimeTable.rime(for: letters.key(from: onsetLength))
    if onset == .gi && letters[2] == LetterTable.circumflexE,
      var shared = RimeTable.rime(for: letters.key(from: 1)), shared.medialLength == 0,
      shared.nucleus == "iê"
    {
      shared.nucleus = "ê"
      shared.nucleusLength = 1
      shared.nucleusFirst = LetterTable.circumflexE
      rime = shared
    }
    guard let rime else { return nil }
    guard allows(rime, after: onset, firstRimeLetter: letters[onsetLength]) else { return nil }
    if rime.hasStopCoda && !tone.isAllowedBeforeStopCoda { return nil }
    return SyllableLayout(onset: onset, rime: rime, tone: tone)
  }

  /// The spelling rules between onset and rime: gh/ngh before i e ê, c/g/ng elsewhere; qu
  /// carries its own medial; iê needs an onset and yê none.
  private static func allows(_ rime: Rime, after onset: Onset, firstRimeLetter first: UInt8)
    -> Bool
  {
    let front =
      first == Letter.i || first == Letter.e || first == LetterTable.circumflexE
      || first == Letter.y
    switch rime.position {
    case .anywhere: break
    case .afterConsonant: if onset == .none { return false }
    case .withoutOnsetOrAfterQu: if !(onset == .none || onset == .qu) { return false }
    case .afterQuOnly: if onset != .qu { return false }
    }
    switch onset {
    // k before a back vowel is not native spelling but names places ("Bắc Kạn", "Kon Tum").
    case .k: return true
    case .gh, .ngh: return front && first != Letter.y
    case .c, .ng: return !front
    case .g: return !front || first == Letter.i
    case .gi: return first != Letter.i && first != Letter.y
    case .qu: return rime.medialLength == 0 && first != Letter.u && first != LetterTable.hornU
    default: return true
    }
  }
}
