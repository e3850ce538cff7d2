import VietnameseText

/// Fixed misreadings of Vietnamese-model OCR that no syllable explains: digits read as
/// letters ("l4" for "14"), the slash of "b/c" read as a letter ("bíc", "lbíc") and a
/// listed abbreviation with one letter misread ("LBND").
package enum OCRRepairs {
  /// The number `word` stands for when it is digits with a few look-alike letters
  /// ("l4" → "14", "L7" → "17", "2O25" → "2025"), or nil.
  package static func misreadNumber(_ word: Substring) -> String? {
    guard let reading = digits(readingLookAlikes: word, lowercase: false),
      reading.hadDigit, reading.hadLetter, word.unicodeScalars.count >= 2
    else { return nil }
    return reading.digits
  }

  /// The number `word` stands for when it is digits and letters O read for zeros ("2O" →
  /// "20", "1O43" → "1043", "2oo5" → "2005"), or digits with a letter read for a one among
  /// at least two of them ("t759" → "1759", "20t6" → "2016": ocrad's t, and l and I), or nil.
  /// On lines of English-model OCR and OCR of unknown origin other look-alikes are not read
  /// so: their "l4" may be "là", their "8owl" a "Bowl"; left to the decoder, "2O" lost its
  /// digit ("O").
  package static func misreadNumber(withZeros word: Substring.UnicodeScalarView) -> String? {
    var digits = ""
    var digitCount = 0
    var zeros = 0
    var ones = 0
    for scalar in word {
      switch scalar {
      case "0"..."9":
        digits.unicodeScalars.append(scalar)
        digitCount += 1
      case "O", "o":
        digits.append("0")
        zeros += 1
      case "t", "l", "I":
        digits.append("1")
        ones += 1
      default:
        return nil
      }
    }
    guard digitCount > 0, zeros + ones > 0 else { return nil }
    return ones == 0 || (digitCount >= 2 && ones * 2 <= digitCount) ? digits : nil
  }

  /// A number or code with letters O read for zeros in its groups of digits ("5OO.OOO" →
  /// "500.000", "8.4.LQ.7O." → "8.4.LQ.70.", "4/2O" → "4/20"), or nil. A group between
  /// separators (`.`, `,`, `/`, `-`, `:`) is read so when it holds a digit and nothing but
  /// digits and O, or holds only O in a token whose every group is digits and O.
  package static func zerosInNumber(_ token: Substring.UnicodeScalarView) -> String? {
    let separators: Set<Unicode.Scalar> = [".", ",", "/", "-", ":"]
    let groups = token.split(omittingEmptySubsequences: false) { separators.contains($0) }
    func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
    let numeric = groups.map { group in
      !group.isEmpty && group.allSatisfy { isDigit($0) || $0 == "O" || $0 == "o" }
    }
    guard groups.contains(where: { $0.contains(where: isDigit) }) else { return nil }
    let wholeNumber = zip(groups, numeric).allSatisfy { $0.isEmpty || $1 }
    let reads = zip(groups, numeric).map { group, numeric in
      numeric && (wholeNumber || group.contains(where: isDigit))
    }
    var result = String.UnicodeScalarView()
    var group = 0
    for scalar in token {
      if separators.contains(scalar) {
        group += 1
        result.append(scalar)
      } else {
        result.append(reads[group] && (scalar == "O" || scalar == "o") ? "0" : scalar)
      }
    }
    let number = String(result)
    return number.unicodeScalars.elementsEqual(token) ? nil : number
  }

  /// `word` read as digits when every character of it is a digit or a look-alike OCR writes for
  /// one (`OCRLookAlikes/digits`: l, I, L, | for 1, O for 0…; with `lowercase`, also i and o,
  /// which are words of their own elsewhere), or nil; with whether it had real digits and
  /// look-alikes.
  static func digits(readingLookAlikes word: Substring, lowercase: Bool)
    -> (digits: String, hadDigit: Bool, hadLetter: Bool)?
  {
    var digits = ""
    var hadDigit = false
    var hadLetter = false
    for character in word {
      if character.isASCII, character.isNumber {
        digits.append(character)
        hadDigit = true
        continue
      }
      guard let digit = OCRLookAlikes.digits[character],
        lowercase || !OCRLookAlikes.wordLetters.contains(character)
      else { return nil }
      digits.append(digit)
      hadLetter = true
    }
    return digits.isEmpty ? nil : (digits, hadDigit, hadLetter)
  }

  /// The abbreviation with a slash (``slashed``) that `word` is a misreading of, its slash
  /// read as a letter and a bracket before it perhaps as "l" ("bíc", "lbíc" → "b/c",
  /// "VWv", "VW" → "V/v"), or nil. A capital first letter is kept ("V/v").
  package static func misreadAbbreviation(_ word: Substring) -> String? {
    var scalars = Array(word.unicodeScalars)
    if scalars.count == 4, scalars[0] == "l" || scalars[0] == "I" || scalars[0] == "|" {
      scalars.removeFirst()
    }
    // "V/v" read as "VW": the slash and the second v ran together.
    if scalars.count == 2, scalars[0] == "V", scalars[1] == "W" { return "V/v" }
    guard scalars.count == 3, slashReadings.contains(scalars[1]) else { return nil }
    let capital = scalars[0] == "B" || scalars[0] == "V"
    let first = capital ? Unicode.Scalar(scalars[0].value + 0x20) ?? scalars[0] : scalars[0]
    for abbreviation in slashed {
      let letters = Array(abbreviation.unicodeScalars)
      if first == letters[0] && scalars[2] == letters[2] {
        return capital
          ? abbreviation.prefix(1).uppercased() + abbreviation.dropFirst() : abbreviation
      }
    }
    return nil
  }

  /// The listed abbreviation of four letters or more (``Abbreviations/known``) that the
  /// capital `word`, not listed itself, differs from by one letter ("LBND" → "UBND"), when
  /// exactly one does.
  package static func misreadListedAbbreviation(_ word: Substring) -> String? {
    guard !Abbreviations.known.contains(word) else { return nil }
    let letters = Array(word.unicodeScalars)
    guard letters.count >= 4 else { return nil }
    var found: Substring?
    for known in Abbreviations.known where known.unicodeScalars.count == letters.count {
      let differences = zip(known.unicodeScalars, letters).filter { $0 != $1 }.count
      if differences == 1 {
        guard found == nil else { return nil }
        found = known
      }
    }
    return found.map(String.init)
  }

  /// The token `range` of `scalars` (a symbol, a URL, punctuation) with the look-alikes OCR
  /// writes in such tokens put right, or nil when it has none: fraction and division slashes
  /// for a slash ("https:⁄⁄", "12⁄QĐ"), an inverted exclamation mark after a letter for an
  /// "i" ("P.KTTHT¡en502"). Dispatches never mean them.
  package static func readingLookAlikes(
    in scalars: String.UnicodeScalarView, _ range: Range<String.Index>
  ) -> String? {
    let text = scalars[range]
    // The slashes are E2 … in UTF-8 and "¡" C2 A1, which most tokens lack.
    guard Substring(text).utf8.contains(where: { $0 == 0xE2 || $0 == 0xC2 }),
      text.contains(where: { $0 == "\u{2044}" || $0 == "\u{2215}" || $0 == "¡" })
    else { return nil }
    var result = String.UnicodeScalarView()
    var changed = false
    // The token may be the "¡" alone, cut from the letters around it.
    var previous =
      range.lowerBound > scalars.startIndex
      ? scalars[scalars.index(before: range.lowerBound)] : nil
    for scalar in text {
      if scalar == "\u{2044}" || scalar == "\u{2215}" {
        result.append("/")
        changed = true
      } else if scalar == "¡", previous?.properties.isAlphabetic == true {
        result.append("i")
        changed = true
      } else {
        result.append(scalar)
      }
      previous = scalar
    }
    return changed ? String(result) : nil
  }

  /// Abbreviations written with a slash, which Vietnamese-model OCR mangles.
  package static let slashed = ["b/c", "v/v"]

  private static let slashReadings: Set<Unicode.Scalar> = [
    "í", "ì", "i", "l", "1", "I", "|", "W",
  ]
}
