import Foundation
import TesseractOCR
import VietnameseText

/// The last line of a dispatch's signer block: the signer's name, printed under the signature and
/// under the red seal.
///
/// Seal drop-out leaves faint traces over the name, and in the page's reading Tesseract takes the
/// tone marks of a name's first word for noise ("Đồ" for "Đỗ", "Đăng" for "Đặng"). The line read
/// on its own as a raw line keeps them; such readings replace the first one only where they
/// agree and change marks alone, letter for letter.
enum SignerLine {
  /// Index in `lines` (reading order) of the signer's name: the last right-column line below the
  /// body, of two to six words that all begin with a capital letter but one at most (the seal
  /// ring can garble a word beyond recognition: "*ã" for "Vũ"). `nil` when the page has no such
  /// line.
  static func index(in lines: [TextLine]) -> Int? {
    guard let bodyEnd = lines.filter({ $0.column == .full }).map(\.box.maxY).max() else {
      return nil
    }
    guard
      let last = lines.indices.filter({ lines[$0].column == .right && lines[$0].box.y >= bodyEnd })
        .max(by: { lines[$0].box.y < lines[$1].box.y })
    else { return nil }
    let names = letterWords(lines[last].words.map(\.text))
    let capitalised = names.filter { $0.first?.isUppercase == true }.count
    guard (2...6).contains(names.count), capitalised >= max(2, names.count - 1) else { return nil }
    return last
  }

  /// The words holding letters, stripped of the marks around them ("_Trung" → "Trung").
  static func letterWords(_ words: [String]) -> [String] {
    words.map { String($0.filter { $0.isLetter }) }.filter { !$0.isEmpty }
  }

  /// Positions in ``letterWords(_:)`` of the garbled words: those with a sign before or among
  /// their letters ("*ã"), which a name never holds. Punctuation after the letters ("Thắng.") is
  /// not garbling.
  static func garbledPositions(_ words: [String]) -> Set<Int> {
    var positions: Set<Int> = []
    for (position, word) in words.filter({ $0.contains(where: \.isLetter) }).enumerated() {
      guard let last = word.lastIndex(where: \.isLetter) else { continue }
      if word[...last].contains(where: { !$0.isLetter }) { positions.insert(position) }
    }
    return positions
  }

  /// The name as the readings of the line on its own settle it, word by word: a word takes the
  /// spelling most readings agree on (at least two, and more than half of the readings that
  /// spell the whole name letter for letter like `first`), when it moves or adds tone and vowel
  /// marks on the same letters and never drops one (a mark lost is what a faint print does, a
  /// mark gained or moved is what the seal hid). Otherwise the word stays as first read.
  ///
  /// A word at one of the `garbled` positions was not read at all, so the readings may spell it
  /// with other letters; it takes their spelling when most agree and it begins with a capital,
  /// as a name's word does.
  static func settled(first: [String], garbled: Set<Int> = [], readings: [[String]]) -> [String] {
    let alike = readings.filter { reading in
      reading.count == first.count
        && zip(first, reading).enumerated().allSatisfy { position, pair in
          garbled.contains(position) || pair.0.vietnameseFolded == pair.1.vietnameseFolded
        }
    }
    return first.enumerated().map { position, word in
      var votes: [String: Int] = [:]
      for reading in alike { votes[reading[position], default: 0] += 1 }
      guard
        let (spelling, count) = votes.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }),
        count >= 2, count * 2 > alike.count
      else { return word }
      if garbled.contains(position) {
        return spelling.first?.isUppercase == true ? spelling : word
      }
      return marks(spelling) >= marks(word) ? spelling : word
    }
  }

  private static func marks(_ word: String) -> Int {
    word.decomposedStringWithCanonicalMapping.unicodeScalars.filter {
      $0.properties.generalCategory == .nonspacingMark
    }.count
  }
}
