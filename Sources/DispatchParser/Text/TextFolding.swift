import Foundation
import VietnameseText

/// Character-level folding that keeps one output character per input character, so a match
/// found in the folded text maps back to the same offsets in the original.
enum TextFolding {
  /// Lower-case, toneless, markless, đ→d; whitespace becomes a space. Characters that could
  /// join a neighbour into one grapheme after folding become "·" so offsets stay aligned.
  static func fold(_ character: Character) -> Character {
    if character.isWhitespace { return " " }
    if character.isASCII {
      return Character(String(character).lowercased())
    }
    let folded = foldedString(character)
    guard folded.unicodeScalars.count == 1, let scalar = folded.unicodeScalars.first,
      isStandalone(scalar)
    else { return "·" }
    return Character(scalar)
  }

  private static func foldedString(_ character: Character) -> String {
    let folded = String(character).vietnameseFolded
    guard folded.unicodeScalars.contains(where: { $0.value >= 0x80 }) else { return folded }
    // Letters of other alphabets that OCR produces ("Š", "Ñ") fold to their base letter.
    let base = folded.decomposedStringWithCanonicalMapping.unicodeScalars.filter {
      !(0x0300...0x036F).contains($0.value)
    }
    return String(String.UnicodeScalarView(base))
  }

  private static func isStandalone(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark, .format, .control, .surrogate, .unassigned:
      return false
    default:
      return scalar.value < 0x1100 || (0x2010...0x205E).contains(scalar.value)
    }
  }

  /// Characters OCR engines read in place of letters and digits (`OCRLookAlikes`).
  private static let lookalikes = OCRLookAlikes.letters
  private static let digitLookalikes = OCRLookAlikes.digits

  /// Replaces lookalike letters by digits inside digit runs: a run of digits and lookalikes
  /// with at least one real digit and no other letter touching it ("ii5" → "115", "!2" → "12"),
  /// so numbers read whole while words ("lo", "pa83") stay intact.
  static func numeric(_ folded: [Character]) -> [Character] {
    var out = folded
    var index = folded.startIndex
    while index < folded.endIndex {
      guard folded[index].isNumber || digitLookalikes[folded[index]] != nil else {
        index += 1
        continue
      }
      var end = index
      while end < folded.endIndex, folded[end].isNumber || digitLookalikes[folded[end]] != nil {
        end += 1
      }
      let touchesLetter =
        (index > folded.startIndex && folded[index - 1].isLetter)
        || (end < folded.endIndex && folded[end].isLetter)
      if !touchesLetter, folded[index..<end].contains(where: \.isNumber) {
        for position in index..<end where !folded[position].isNumber {
          out[position] = digitLookalikes[folded[position]] ?? folded[position]
        }
      }
      index = end
    }
    return out
  }

  /// Replaces lookalike digits and signs by letters inside words (next to a letter and not
  /// next to another digit), so keywords match while real numbers stay intact.
  static func keyed(_ folded: [Character]) -> [Character] {
    var out = folded
    for index in folded.indices {
      guard let letter = lookalikes[folded[index]] else { continue }
      let previous: Character? = index > folded.startIndex ? folded[index - 1] : nil
      let next: Character? = index + 1 < folded.endIndex ? folded[index + 1] : nil
      let besideLetter = (previous?.isLetter ?? false) || (next?.isLetter ?? false)
      let besideDigit = (previous?.isNumber ?? false) || (next?.isNumber ?? false)
      if besideLetter && !besideDigit { out[index] = letter }
    }
    return out
  }
}
