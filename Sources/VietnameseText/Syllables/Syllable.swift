/// One well-formed Vietnamese syllable (tiếng), split into onset, medial, nucleus, coda and tone.
///
/// The parts are lower case and carry no tone: "Nguyễn" has onset "ng", medial "u", nucleus "yê",
/// coda "n" and tone ``Tone/tilde``. Two spelling conventions shape the split: "qu" is an onset whose
/// u is the medial ("quyết" = qu + yê + t), and "gi" is an onset before another vowel ("giữa" =
/// gi + ưa, "giếng" = gi + ê + ng) but "gì" is g + i.
///
/// ```swift
/// let syllable = Syllable("Thuỷ")!
/// syllable.tone                        // .hook
/// syllable.spelled()                   // "thủy"
/// syllable.spelled(style: .phonetic)   // "thuỷ"
/// Syllable("bất") != nil               // true
/// Syllable("bầt") == nil               // true: -t takes only sắc or nặng
/// ```
public struct Syllable: Sendable, Hashable {
  /// The initial consonant ("", "b", "ch", "gh", "gi", "ngh", "qu" …).
  public var onset: String
  /// The medial glide, "o" or "u" ("hoa", "thuỷ"), or "".
  public var medial: String
  /// The main vowel or diphthong ("a", "ê", "iê", "ươ" …).
  public var nucleus: String
  /// The final consonant or semivowel ("", "c", "ch", "m", "n", "ng", "nh", "p", "t", "i", "y", "o", "u").
  public var coda: String
  /// The tone, whichever vowel its mark was written on.
  public var tone: Tone

  /// Parses one syllable in any case, NFC or NFD, with the tone mark on any of its vowels
  /// ("hoà" and "hòa" both parse).
  ///
  /// Returns `nil` when the text is not a well-formed Vietnamese syllable: a letter outside the
  /// alphabet, no vowel, an impossible onset–rime pair (such as "ke" spelled "ce", "ngi"), two tones,
  /// or a stop coda (-p, -t, -c, -ch) with a tone other than sắc or nặng.
  @inlinable
  public init?(_ text: some StringProtocol) {
    // Non-generic parsing, so that callers in other modules get the specialised scalar loop.
    self.init(parsing: text as? String ?? String(text))
  }

  @usableFromInline
  init?(parsing text: String) {
    var letters = LetterCodes()
    var tone: UInt8 = 0
    var lastIsVowel = false
    for scalar in text.unicodeScalars {
      let value = scalar.value
      let packed = LetterTable.packed(value)
      if packed != 0 {
        let base = UInt8(packed & 0x3F)
        let letterTone = UInt8((packed >> 6) & 7)
        if letterTone != 0 {
          guard tone == 0 else { return nil }
          tone = letterTone
        }
        guard letters.append(base) else { return nil }
        lastIsVowel = LetterTable.isVowelBase[Int(base)]
        continue
      }
      // A combining mark after a letter (NFD or mixed input).
      guard LetterScanner.isCombiningMark(value), letters.count > 0 else { return nil }
      if let markTone = Tone(combiningMark: scalar) {
        guard lastIsVowel, tone == 0 else { return nil }
        tone = UInt8(markTone.rawValue)
      } else {
        guard let last = LetterTable.applyingShapeMark(value, to: letters[letters.count - 1]) else {
          return nil
        }
        letters.replaceLast(with: last)
      }
    }
    guard let layout = SyllableLayout.parse(letters, tone: Tone(rawValue: Int(tone)) ?? .level)
    else { return nil }
    self.init(layout: layout)
  }

  init(layout: SyllableLayout) {
    onset = layout.onset.spelling
    medial = layout.rime.medial
    nucleus = layout.rime.nucleus
    coda = layout.rime.coda
    tone = layout.tone
  }

  /// The syllable with its shape marks but no tone: "việt" → "viêt".
  public var toneless: String { onset + medial + nucleus + coda }

  /// The lower-case spelling with the tone mark placed per `style`, in NFC.
  ///
  /// Both styles agree except on open oa, oe and uy: `.modern` writes "hòa", "khỏe", "thủy";
  /// `.phonetic` writes "hoà", "khoẻ", "thuỷ". "quý", "giữa", "người", "thuở" are the same in both.
  public func spelled(style: ToneMarkStyle = .modern) -> String {
    guard tone != .level else { return toneless }
    let markOffset = Syllable.markOffset(medial: medial, nucleus: nucleus, coda: coda, style: style)
    var spelling = onset
    var index = 0
    for part in [medial, nucleus, coda] {
      for scalar in part.unicodeScalars {
        let marked = index == markOffset ? VietnameseCharacters.applying(tone, to: scalar) : nil
        spelling.unicodeScalars.append(marked ?? scalar)
        index += 1
      }
    }
    return spelling
  }

  /// The tone mark's offset from the start of the medial, by the rules of ``Rime/markOffset(style:)``.
  static func markOffset(medial: String, nucleus: String, coda: String, style: ToneMarkStyle) -> Int
  {
    let nucleusCodes = nucleus.unicodeScalars.map { UInt8(LetterTable.packed($0.value) & 0x3F) }
    return Rime.markOffset(
      medialLength: medial.unicodeScalars.count, nucleusLength: nucleusCodes.count,
      nucleusFirst: nucleusCodes.first ?? 0, nucleusLast: nucleusCodes.last ?? 0,
      hasCoda: !coda.isEmpty,
      style: style)
  }
}

extension Syllable: CustomStringConvertible {
  /// The modern spelling, as ``spelled(style:)`` gives it.
  public var description: String { spelled() }
}
