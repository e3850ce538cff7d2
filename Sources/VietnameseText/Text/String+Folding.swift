extension String {
  /// The key for search and candidate lookup: lower case, without tones or shape marks, đ as d
  /// ("Đề án" → "de an"). Characters that are not letters are kept. Other Latin letters lose their
  /// marks too ("Müller" → "muller"), whether precomposed or not; other scripts are lower-cased.
  ///
  /// Each character folds to one character, so offsets counted in `Character`s match between the
  /// text and its folded copy (for highlighting search hits or taking values from the original).
  ///
  /// Runs over Unicode scalars with one table load each, so it is cheap enough for per-token use.
  public var vietnameseFolded: String {
    // Folding never lengthens Vietnamese or Latin text, so it is written straight into the new
    // string's storage (no heap allocation for short words); other scripts take the general path.
    var needsGeneralPath = false
    let folded = String(unsafeUninitializedCapacity: utf8.count) { buffer in
      var count = 0
      for scalar in unicodeScalars {
        let value = scalar.value
        let byte: UInt8
        if value < 0x80 {
          byte = value >= 0x41 && value <= 0x5A ? UInt8(value + 0x20) : UInt8(value)
        } else if case let packed = LetterTable.packed(value), packed != 0 {
          byte = LetterTable.foldedBase[Int(packed & 0x3F)]
        } else if LetterScanner.isCombiningMark(value) {
          continue
        } else if case let latin = LatinFolding.folded(value), latin != 0 {
          byte = latin
        } else {
          needsGeneralPath = true
          return 0
        }
        buffer[count] = byte
        count += 1
      }
      return count
    }
    return needsGeneralPath ? generalVietnameseFolded : folded
  }

  /// Folding for text with letters of other scripts, whose lower case may be longer.
  private var generalVietnameseFolded: String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(utf8.count)
    for scalar in unicodeScalars {
      let value = scalar.value
      if value < 0x80 {
        bytes.append(value >= 0x41 && value <= 0x5A ? UInt8(value + 0x20) : UInt8(value))
      } else if case let packed = LetterTable.packed(value), packed != 0 {
        bytes.append(LetterTable.foldedBase[Int(packed & 0x3F)])
      } else if LetterScanner.isCombiningMark(value) {
        continue
      } else if case let latin = LatinFolding.folded(value), latin != 0 {
        bytes.append(latin)
      } else {
        let lowered =
          scalar.properties.isUppercase ? scalar.properties.lowercaseMapping : String(scalar)
        bytes.append(contentsOf: lowered.utf8)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The text with tone marks removed and shape marks and case kept ("Việt Nam" → "Viêt Nam"), in NFC.
  public var removingVietnameseTones: String {
    var (units, stray) = LetterScanner.scan(self)
    for index in units.indices { units[index].tone = 0 }
    // A tone mark that could not attach (a second tone on one vowel) would recompose under NFC.
    if stray { units.removeAll { !$0.isLetter && Tone(combiningMark: $0.scalar) != nil } }
    return LetterScanner.string(from: units, normalizing: stray)
  }
}
