import VietnameseText

/// Joins a word Tesseract cut after its first consonant: "PHÓ CHỦ T ỊCH" for "PHÓ CHỦ TỊCH",
/// where the marks of the vowel pushed it into a box of its own.
///
/// The piece before the space is one or two consonant letters that make no syllable, and the
/// piece after it starts with a vowel; both are in capitals, or both in lower case with a
/// consonant pair ("ng", "th"), so list labels ("điểm b"), initials ("T. Anh") and acronyms
/// stay apart. They are joined only when together they are a syllable of the vocabulary.
enum SplitInitials {
  /// `tokens` with each such pair joined into one word token (whose text holds the space).
  static func join(
    _ tokens: [Token], scalars: String.UnicodeScalarView, vocabulary: Vocabulary
  ) -> [Token] {
    guard tokens.count >= 3 else { return tokens }
    var result: [Token] = []
    result.reserveCapacity(tokens.count)
    // "PHỤ LỤC B", "Điểm c": a letter that names an item, not the start of a word.
    func followsLabel(_ index: Int) -> Bool {
      guard index >= 2, tokens[index - 1].kind == .whitespace, tokens[index - 2].kind == .word
      else { return false }
      return labels.contains(String(scalars[tokens[index - 2].range]).lowercased().vietnameseFolded)
    }
    var index = 0
    while index < tokens.count {
      // A capital consonant alone is tokenised as an abbreviation ("T", like "UBND").
      if index + 2 < tokens.count,
        tokens[index].kind == .word || tokens[index].kind == .abbreviation,
        tokens[index + 1].kind == .whitespace, tokens[index + 2].kind == .word,
        isOneSpace(tokens[index + 1].range, in: scalars),
        !startsWithASCIIConsonant(tokens[index + 2].range, in: scalars),
        isCutHead(
          String(scalars[tokens[index].range]), rest: scalars[tokens[index + 2].range],
          vocabulary: vocabulary),
        !followsLabel(index)
      {
        result.append(
          Token(
            kind: .word, range: tokens[index].range.lowerBound..<tokens[index + 2].range.upperBound)
        )
        index += 3
        continue
      }
      result.append(tokens[index])
      index += 1
    }
    return result
  }

  private static let vowels = Set("aăâeêioôơuưy")

  /// Words after which a lone letter names an item: "Phụ lục B", "điểm c", "Mẫu A".
  private static let labels: Set<String> = [
    "luc", "muc", "diem", "khoan", "bieu", "mau", "phan", "loai", "nhom", "hang", "so", "to",
    "ong", "ba", "anh", "chi", "khu", "lo", "day", "nha", "phong", "tang", "cap",
  ]

  /// Whether the token `range` starts with an ASCII letter that is no vowel: no rest of a cut
  /// word, told without making a string (most words start so).
  private static func startsWithASCIIConsonant(
    _ range: Range<String.Index>, in scalars: String.UnicodeScalarView
  ) -> Bool {
    let first = scalars[range.lowerBound]
    guard first.isASCII, first.properties.isAlphabetic else { return false }
    return !"aeiouyAEIOUY".unicodeScalars.contains(first)
  }

  /// Whether the whitespace at `range` is a single space (`String(scalars[range]) == " "`
  /// without making the string: this runs between every two words).
  private static func isOneSpace(
    _ range: Range<String.Index>, in scalars: String.UnicodeScalarView
  ) -> Bool {
    range.lowerBound < range.upperBound && scalars[range.lowerBound] == " "
      && scalars.index(after: range.lowerBound) == range.upperBound
  }

  /// Whether `head` is the cut-off start of the word whose rest is `rest`.
  ///
  /// Most heads are whole words of three letters or more: the test on the head's length comes
  /// first, before the label before it or the rest are read.
  private static func isCutHead(
    _ head: String, rest restScalars: Substring.UnicodeScalarView, vocabulary: Vocabulary
  ) -> Bool {
    guard (1...2).contains(head.count), head.allSatisfy(\.isLetter) else { return false }
    let rest = String(restScalars)
    guard let first = rest.first,
      vowels.contains(Character(first.lowercased().vietnameseFolded))
    else { return false }
    let capitals = head.allSatisfy(\.isUppercase) && rest.allSatisfy { !$0.isLowercase }
    let lower = head.count == 2 && head.allSatisfy(\.isLowercase) && rest.allSatisfy(\.isLowercase)
    guard capitals || lower,
      !head.lowercased().vietnameseFolded.contains(where: vowels.contains),
      Syllable(head.lowercased()) == nil
    else { return false }
    let joined = (head + rest).lowercased().precomposedStringWithCanonicalMapping
    return Syllable(joined) != nil && vocabulary.id(of: joined) != nil
  }
}
