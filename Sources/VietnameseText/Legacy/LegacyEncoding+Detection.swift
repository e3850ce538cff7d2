extension LegacyEncoding {
  /// The legacy encoding `text` was written in, judged from its Windows-1252 reading; `nil` for text that
  /// already reads as Unicode Vietnamese, for English, and for text too short to tell.
  ///
  /// Each encoding decodes the text, and the words that then carry Vietnamese marks are scored: a
  /// common syllable counts 3, another valid syllable 1 (one-letter syllables 0), an invalid word −2. The best reading wins when
  /// it has at least two valid marked syllables and beats both the text as it stands and every other
  /// reading. Text that already holds two valid syllables with letters no Windows-1252 reading can
  /// produce (ư, ơ, đ, ạ …) is taken to be Unicode.
  public static func detect(_ text: String) -> LegacyEncoding? {
    guard text.unicodeScalars.contains(where: { $0.value >= 0x80 || isVISCIIControlLetter($0) })
    else { return nil }
    let original = score(text)
    guard original.unicodeOnly < 2 else { return nil }
    var ranked = allCases.map { (encoding: $0, score: score($0.decode(text))) }
    ranked.sort { $0.score.total > $1.score.total }
    guard let best = ranked.first, best.score.valid >= 2, best.score.total > original.total,
      ranked.count < 2 || best.score.total > ranked[1].score.total
    else { return nil }
    return best.encoding
  }

  /// How many characters of `text` (a Windows-1252 reading) only this encoding explains, inside
  /// words: for TCVN3 and VISCII a letter it writes with a byte that Windows-1252 shows as a sign
  /// (0xA1…0xBF: "µ" for "à", "¨" for "ă") next to another letter; for VNI a vowel followed by a
  /// mark byte ("aø" for "à") and its one-byte "đ" ("ñ").
  func signatureCount(in text: String) -> Int {
    var count = 0
    var scalars = text.unicodeScalars.makeIterator()
    var previous: Unicode.Scalar = " "
    var current = scalars.next()
    while let scalar = current {
      let next = scalars.next()
      defer {
        previous = scalar
        current = next
      }
      guard let byte = LegacyEncoding.windows1252Byte(for: scalar) else { continue }
      switch self {
      case .tcvn3, .viscii:
        let table = self == .tcvn3 ? LegacyEncoding.tcvn3Decoding : LegacyEncoding.visciiDecoding
        guard byte >= 0xA1, byte < 0xC0, table[Int(byte)] != 0 else { continue }
        if previous.properties.isAlphabetic || next?.properties.isAlphabetic == true { count += 1 }
      case .vni:
        if byte == LegacyEncoding.vniDStroke || byte == LegacyEncoding.vniDStroke - 0x20 {
          count += 1
        } else if LegacyEncoding.isVNIMarkByte(byte),
          "aeouyAEOUYôöÔÖ".unicodeScalars.contains(previous)
        {
          count += 1
        }
      }
    }
    return count
  }

  /// `text` with its legacy-encoded lines decoded (see ``repairing(_:)``): the encoding is detected on the lines that could be
  /// mis-read legacy text, then each is decoded only if its decoding reads better than the line as it
  /// stands, so Unicode lines of a mixed text layer (a header typed later, page numbers) are left alone. Text in which no
  /// legacy encoding is detected comes back unchanged.
  ///
  /// ```swift
  /// LegacyEncoding.repair("Hµ Néi, ngµy 01 th¸ng 12 n¨m 2025")   // "Hà Nội, ngày 01 tháng 12 năm 2025"
  /// ```
  public static func repair(_ text: String) -> String {
    repairing(text).text
  }

  /// ``repair(_:)``, and the encoding of the lines it converted (`nil` when it converted none).
  ///
  /// Besides ``detect(_:)``, the lines must show marks only the encoding explains (TCVN3's
  /// "µ ¸ ¨ ª", VNI's "aø oä") in at least one valid syllable in eight: text that merely has
  /// Latin-1 accents, such as English-model OCR of Vietnamese, is left as it is. When fewer
  /// than half the lines with marks show them, only the lines that do are converted.
  ///
  /// Text with no character that a Windows-1252 reading of legacy bytes gives above ASCII
  /// (plain ASCII, say) comes back at once.
  ///
  /// ```swift
  /// LegacyEncoding.repairing("§éc lËp - Tù do - H¹nh phóc")   // ("Độc lập - Tự do - Hạnh phúc", .tcvn3)
  /// ```
  public static func repairing(_ text: String) -> (text: String, encoding: LegacyEncoding?) {
    guard
      text.unicodeScalars.contains(where: {
        $0.value >= 0x80 && windows1252Byte(for: $0) != nil || isVISCIIControlLetter($0)
      })
    else { return (text, nil) }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    // Lines with letters no mis-read can produce are Unicode already; the others are the evidence.
    // Plain ASCII lines (without VISCII's capitals at control positions) read alike in every
    // encoding, score nothing and show no encoding's marks: they are left out of the evidence,
    // whose verdict they cannot change (decoding and scoring them was a quarter of restoring
    // unaccented text with a few typographic quotes or dashes in it).
    let legacyCandidates = lines.filter {
      !mayBeLegacy($0) || score($0, untilUnicodeOnly: true).unicodeOnly == 0
    }
    let candidates = legacyCandidates.filter(mayBeLegacy).joined(separator: "\n")
    // English-model OCR of Vietnamese ("Céng van", "nuéc") is full of Latin-1 accents that some
    // encoding reads as valid syllables too ("Cộng", "nuộc"), but it does not write TCVN3's
    // "µ ¸ ¨ ª ­" or VNI's "aø oä" inside words: ask for such marks in one valid syllable in eight.
    guard let encoding = detect(candidates) else { return (text, nil) }
    let signature = encoding.signatureCount(in: candidates)
    guard signature >= 2, signature * 8 >= score(encoding.decode(candidates)).valid else {
      return (text, nil)
    }
    // In text that is mostly legacy (half its lines with marks show the encoding's own), any
    // line that reads better decoded is decoded; in text that only holds some legacy lines
    // (among English-model OCR, say) only lines that show the encoding's marks themselves.
    let marked = legacyCandidates.filter { $0.unicodeScalars.contains { $0.value >= 0x80 } }
    let signed = marked.filter { encoding.signatureCount(in: $0) > 0 }
    let mostlyLegacy = signed.count * 2 >= marked.count
    var converted = false
    let repaired = lines.map { line in
      let original = score(line)
      guard original.unicodeOnly == 0,
        mostlyLegacy || encoding.signatureCount(in: line) > 0
      else { return line }
      let decoded = encoding.decode(line)
      guard score(decoded).total > original.total else { return line }
      converted = true
      return decoded
    }.joined(separator: "\n")
    return converted ? (repaired, encoding) : (text, nil)
  }

  private struct Score {
    /// Valid marked syllables.
    var valid = 0
    /// Valid syllables with a letter beyond Windows-1252 (only Unicode text has those).
    var unicodeOnly = 0
    /// The weighted total.
    var total = 0
  }

  /// Whether `line` has a character beyond ASCII or one of VISCII's control-position capitals:
  /// any other line decodes to itself in every legacy encoding.
  private static func mayBeLegacy(_ line: String) -> Bool {
    line.unicodeScalars.contains { $0.value >= 0x80 || isVISCIIControlLetter($0) }
  }

  /// VISCII puts six capitals at C0 control positions (Ẳ Ẵ Ẫ Ỷ Ỹ Ỵ).
  private static func isVISCIIControlLetter(_ scalar: Unicode.Scalar) -> Bool {
    [0x02, 0x05, 0x06, 0x14, 0x19, 0x1E].contains(scalar.value)
  }

  /// Scores the words with a non-ASCII letter; with `untilUnicodeOnly`, only up to the first
  /// valid syllable with a letter beyond Windows-1252, enough to tell a Unicode line (scoring
  /// every word of every line of correct Vietnamese text was an eighth of restoring it).
  private static func score(_ text: String, untilUnicodeOnly: Bool = false) -> Score {
    var score = Score()
    let scalars = text.unicodeScalars
    // Only words with a mark are spelled out as strings: building every word scalar by
    // scalar was most of the cost of restoring unaccented text with a few curly quotes in it.
    var start: String.UnicodeScalarView.Index?
    var marked = false
    var beyondWindows1252 = false
    func flush(at end: String.UnicodeScalarView.Index) {
      defer {
        start = nil
        marked = false
        beyondWindows1252 = false
      }
      guard marked, let first = start else { return }
      let word = String(scalars[first..<end])
      // One-letter words are weak evidence: symbols (° ± © –) read as lone vowels in VISCII.
      guard word.unicodeScalars.count > 1 || Syllable(word) == nil else { return }
      guard let syllable = Syllable(word) else {
        score.total -= 2
        return
      }
      score.valid += 1
      if beyondWindows1252 { score.unicodeOnly += 1 }
      score.total += commonSyllables.contains(syllable.spelled()) ? 3 : 1
    }
    var index = scalars.startIndex
    while index != scalars.endIndex {
      let scalar = scalars[index]
      let value = scalar.value
      if LetterTable.packed(value) != 0 || LetterScanner.isCombiningMark(value)
        || (value >= 0x80 && scalar.properties.isAlphabetic)
      {
        // Letters outside Vietnamese (such as "µ" or "ß" from a mis-read) join the word and spoil it.
        if start == nil { start = index }
        if value >= 0x80 { marked = true }
        if value >= 0x100 && windows1252Byte(for: scalar) == nil { beyondWindows1252 = true }
      } else {
        flush(at: index)
        if untilUnicodeOnly, score.unicodeOnly > 0 { return score }
      }
      scalars.formIndex(after: &index)
    }
    flush(at: index)
    return score
  }
}
