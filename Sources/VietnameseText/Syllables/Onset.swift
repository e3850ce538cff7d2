/// The initial consonants of Vietnamese spelling, as the parser tells them apart (by code, not by string).
enum Onset: UInt8, Sendable, CaseIterable {
  case none, b, c, ch, d, dStroke, g, gh, gi, h, k, kh, l, m, n, ng, ngh, nh, p, ph, qu, r, s, t,
    th, tr, v, x

  /// The spelling ("" for none).
  var spelling: String {
    switch self {
    case .none: ""
    case .b: "b"
    case .c: "c"
    case .ch: "ch"
    case .d: "d"
    case .dStroke: "đ"
    case .g: "g"
    case .gh: "gh"
    case .gi: "gi"
    case .h: "h"
    case .k: "k"
    case .kh: "kh"
    case .l: "l"
    case .m: "m"
    case .n: "n"
    case .ng: "ng"
    case .ngh: "ngh"
    case .nh: "nh"
    case .p: "p"
    case .ph: "ph"
    case .qu: "qu"
    case .r: "r"
    case .s: "s"
    case .t: "t"
    case .th: "th"
    case .tr: "tr"
    case .v: "v"
    case .x: "x"
    }
  }

  /// Its length in letters.
  var length: Int {
    switch self {
    case .none: 0
    case .ngh: 3
    case .ch, .gh, .gi, .kh, .ng, .nh, .ph, .qu, .th, .tr: 2
    default: 1
    }
  }

  /// The onset spelled at the start of `letters`, or `nil` if they start with no Vietnamese onset.
  init?(startOf letters: LetterCodes) {
    let first = letters[0]
    let second = letters[1]
    if LetterTable.isVowelBase[Int(first)] {
      self = .none
      return
    }
    switch first {
    case Letter.n:
      if second == Letter.g {
        self = letters[2] == Letter.h ? .ngh : .ng
      } else {
        self = second == Letter.h ? .nh : .n
      }
    case Letter.g:
      // "gi" is an onset before another vowel ("gia", "giữa"); before a consonant or at the end
      // the i is the nucleus ("gì", "gìn").
      if second == Letter.h {
        self = .gh
      } else if second == Letter.i && letters.count > 2 && LetterTable.isVowelBase[Int(letters[2])]
      {
        self = .gi
      } else {
        self = .g
      }
    case Letter.k: self = second == Letter.h ? .kh : .k
    case Letter.c: self = second == Letter.h ? .ch : .c
    case Letter.p: self = second == Letter.h ? .ph : .p
    case Letter.t: self = second == Letter.h ? .th : second == Letter.r ? .tr : .t
    case Letter.q:
      guard second == Letter.u && letters.count > 2 else { return nil }
      self = .qu
    case Letter.b: self = .b
    case Letter.d: self = .d
    case LetterTable.strokeD: self = .dStroke
    case Letter.h: self = .h
    case Letter.l: self = .l
    case Letter.m: self = .m
    case Letter.r: self = .r
    case Letter.s: self = .s
    case Letter.v: self = .v
    case Letter.x: self = .x
    default: return nil
    }
  }
}
