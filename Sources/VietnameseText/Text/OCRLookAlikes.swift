/// Characters OCR engines write in place of others they resemble, in one table for every reader
/// of dates, numbers and keywords.
package enum OCRLookAlikes {
  /// The digit each character stands for where a figure is expected: "l4" for "14", "!8" for
  /// "18", "2O25" for "2025", "§5" for "85". Thin italic digits are the usual victims; Tesseract's
  /// Vietnamese model also reads a 1 as an accented I ("Ì", "Í").
  package static let digits: [Character: Character] = [
    "l": "1", "I": "1", "L": "1", "i": "1", "!": "1", "|": "1", "]": "1", "[": "1",
    "Ì": "1", "Ï": "1", "Í": "1",
    "O": "0", "o": "0", "Ö": "0", "Ø": "0",
    "§": "8",
  ]

  /// More look-alikes, read as digits only where nothing but a figure can stand (a date's day,
  /// month or year slot): "s" for 5, "z" for 2, "&" for 8, keys folded to lower case.
  package static let slotDigits: [Character: Character] = ["s": "5", "z": "2", "&": "8"]

  /// Look-alikes in ``digits`` that are also words or parts of words of their own ("i", "o"), to
  /// be read as digits only where no letter could stand.
  package static let wordLetters: Set<Character> = ["i", "o"]

  /// The letter each digit or sign stands for inside a word: "S6" for "Số", "1ap" for "lập",
  /// "L8" for "Lê", keys folded to lower case.
  package static let letters: [Character: Character] = [
    "0": "o", "1": "l", "4": "a", "5": "s", "6": "o", "8": "e", "&": "e", "@": "a", "|": "l",
    "$": "s", "€": "e",
  ]

  /// `character` as the digit it stands for: itself when it is an ASCII digit, its look-alike's
  /// digit from ``digits``, else `nil`.
  @inlinable
  package static func digit(_ character: Character) -> Character? {
    if character.isASCII, character.isNumber { return character }
    return digits[character]
  }
}
