extension LegacyEncoding {
  /// Puts TCVN3 words typed in a capitals font back in capitals.
  ///
  /// TCVN3 has no capitals with tone marks, so ".VnTimeH" headings store "CéNG HOµ" for "CỘNG HOÀ": the
  /// ASCII letters are capitals, the marked ones lower case. A word is put in capitals when its ASCII
  /// letters are all capitals and there are at least two of them, or when every ASCII letter of its
  /// line is a capital (at least three on the line), which also catches words like "§ª" (ĐÊ) there.
  static func restoringCapitals(_ text: String) -> String {
    var output = String.UnicodeScalarView()
    for (lineIndex, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      if lineIndex > 0 { output.append("\n") }
      let (upperCount, lowerCount) = asciiCaseCounts(line.unicodeScalars)
      let wholeLine = upperCount >= 3 && lowerCount == 0
      var word: [Unicode.Scalar] = []
      func flush() {
        let (wordUpper, wordLower) = asciiCaseCounts(word)
        let capitalise = wordLower == 0 && (wholeLine || wordUpper >= 2)
        for scalar in word {
          if capitalise, scalar.properties.isLowercase {
            output.append(contentsOf: scalar.properties.uppercaseMapping.unicodeScalars)
          } else {
            output.append(scalar)
          }
        }
        word.removeAll(keepingCapacity: true)
      }
      for scalar in line.unicodeScalars {
        if scalar.properties.isAlphabetic {
          word.append(scalar)
        } else {
          flush()
          output.append(scalar)
        }
      }
      flush()
    }
    return String(output)
  }

  private static func asciiCaseCounts(_ scalars: some Sequence<Unicode.Scalar>) -> (
    upper: Int, lower: Int
  ) {
    var upper = 0
    var lower = 0
    for scalar in scalars {
      if scalar.value >= 0x41 && scalar.value <= 0x5A { upper += 1 }
      if scalar.value >= 0x61 && scalar.value <= 0x7A { lower += 1 }
    }
    return (upper, lower)
  }
}
