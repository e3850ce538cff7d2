/// The first pass of a restore over its text: the tokens and the line of each, the words'
/// lower-case forms, model IDs and case, each line's channel, the paragraph breaks, and the
/// misreadings repaired outright.
///
/// ```swift
/// let analysis = LineAnalysis("Cong van so 12\n\nKinh gui", restorer: restorer)
/// analysis.channels        // [.stripped, .correct, .stripped]
/// analysis.paragraphs      // [0..<8, 8..<11]: token ranges, each ending after its blank line
/// ```
package struct LineAnalysis {
  /// The analysed text.
  package let text: String
  /// The text's Unicode scalars, which the token ranges index.
  package let scalars: String.UnicodeScalarView
  /// The tokens of the text, in order; together they cover it byte for byte.
  package let tokens: [Token]
  /// The zero-based line of each token.
  package let lines: [Int]
  /// Lower-case NFC form of each word to decode; nil for other tokens, for repaired words
  /// and for capitalised codes glued to digits ("PA#3"), which are kept as written.
  package private(set) var lowerForms: [String?]
  /// Model ID of each word token (`<unk>` for unknown words and for other tokens).
  package let wordIDs: [UInt16]
  /// Case of each word token (`.lower` for other tokens).
  package let patterns: [CasePattern]
  /// What each line's words tell about its channel.
  let evidence: [ChannelDetector.Evidence]
  /// The channel of each line.
  package let channels: [Channel]
  /// The whitespace tokens that end a paragraph: two line feeds or more, or one in a long
  /// paragraph (see ``longParagraph``).
  package let paragraphEnds: [Int]
  /// Tokens cut from a run of letters written without spaces (see ``WordSegmenter``), each
  /// written after a space it lacked in the input.
  package let spaceBefore: Set<Int>
  /// Words replaced outright, without decoding, by token index.
  package let repairs: [Int: DiacriticRestorer.Repair]

  /// Tokenises `text`, reads each line's channel from its words and finds the words to
  /// repair outright, with the vocabulary and repairs of `restorer`.
  package init(_ text: String, restorer: DiacriticRestorer) {
    self.text = text
    scalars = text.unicodeScalars
    let vocabulary = restorer.model.vocabulary
    var spaceBefore = Set<Int>()
    var tokens = Tokenizer.tokens(in: text)
    var scanned = Self.scan(text, tokens, vocabulary: vocabulary)
    var channels = scanned.evidence.map(ChannelDetector.channel(of:))
    Self.smoothChannels(&channels, evidence: scanned.evidence)
    let whole = SplitInitials.join(tokens, scalars: scalars, vocabulary: vocabulary)
    if whole.count != tokens.count {
      tokens = whole
      scanned = Self.scan(text, tokens, vocabulary: vocabulary)
    }
    if tokens.contains(where: { $0.kind == .symbol }) {
      Self.splitWordSymbols(
        &tokens, &scanned, scalars: scalars, channels: channels, vocabulary: vocabulary)
    }
    if channels.contains(.vietnameseOCR) {
      let split = Self.splittingGluedPairs(
        tokens, scalars: scalars, lines: scanned.lines, channels: channels,
        wordIDs: scanned.wordIDs, model: restorer.model)
      if split.tokens.count != tokens.count {
        tokens = split.tokens
        spaceBefore = split.spaceBefore
        scanned = Self.scan(text, tokens, vocabulary: vocabulary)
      }
    }
    if channels.contains(.otherOCR) {
      // Words cut at a detached dot below are whole again only once their line is known to
      // come from such an engine; the channels stay those of the first reading.
      let joined = DetachedMarks.join(
        tokens, lines: scanned.lines, channels: channels, scalars: scalars,
        vocabulary: vocabulary)
      if joined.count != tokens.count {
        tokens = joined
        scanned = Self.scan(text, tokens, vocabulary: vocabulary)
      }
      let cut = Self.segmentingRuns(
        tokens, scalars: scalars, lines: scanned.lines, channels: channels,
        wordIDs: scanned.wordIDs, restorer: restorer, spaceBefore: spaceBefore)
      if cut.tokens.count != tokens.count {
        tokens = cut.tokens
        spaceBefore = cut.spaceBefore
        scanned = Self.scan(text, tokens, vocabulary: vocabulary)
      }
      spaceBefore.formUnion(
        Self.wordsGluedAfterPunctuation(
          tokens, scalars: scalars, lines: scanned.lines, channels: channels))
    }
    self.spaceBefore = spaceBefore
    self.tokens = tokens
    (lines, lowerForms, wordIDs, patterns, evidence, paragraphEnds) = scanned
    self.channels = channels
    repairs = restorer.repairMisreadings(
      tokens, scalars, lines: lines, channels: channels, lowerForms: &lowerForms,
      wordIDs: wordIDs, patterns: patterns)
  }

  /// Tokens after which a paragraph also ends at a single line break: text without blank
  /// lines (news, a whole book) would otherwise be decoded as one paragraph, in memory
  /// that grows with it (a megabyte of such text took 230 MB); a line break is a weak
  /// context anyway.
  package static let longParagraph = 4_000

  /// Whether the whitespace token `index`, holding `breaks` line feeds, ends a paragraph
  /// that started after token `start` for its length alone: at a line break past
  /// ``longParagraph`` tokens, after a sentence past twice that (a line of megabytes), and
  /// anywhere past four times that.
  private static func endsLongParagraph(
    _ index: Int, breaks: Int, after start: Int, in tokens: [Token], text: String
  ) -> Bool {
    let length = index - start
    guard length >= longParagraph else { return false }
    if breaks == 1 || length >= 4 * longParagraph { return true }
    guard length >= 2 * longParagraph, index > 0, tokens[index - 1].kind == .punctuation,
      let mark = text.unicodeScalars[tokens[index - 1].range].first
    else { return false }
    return mark == "." || mark == ";" || mark == "?" || mark == "!"
  }

  /// The paragraphs as ranges of token indices, in order: each runs up to and including the
  /// whitespace that ends it; the last one ends with the text and may be empty.
  package var paragraphs: [Range<Int>] {
    var result: [Range<Int>] = []
    result.reserveCapacity(paragraphEnds.count + 1)
    var start = 0
    for end in paragraphEnds {
      result.append(start..<end + 1)
      start = end + 1
    }
    result.append(start..<tokens.count)
    return result
  }

  /// The text of token `index`.
  package func text(of index: Int) -> Substring {
    Substring(scalars[tokens[index].range])
  }

  /// The detected channel of the line token `index` is on.
  package func channel(of index: Int) -> Channel {
    channels[lines[index]]
  }

  /// Whether token `index` is a lone digit on an English-model OCR line, which is decoded
  /// like a word: English-model OCR reads "ở" as "6".
  @inline(__always)
  package func isLoneDigit(_ index: Int) -> Bool {
    tokens[index].kind == .number && channel(of: index) == .englishOCR
      && scalars[tokens[index].range].count == 1
  }

  /// What the line of token `index` tells about its channel.
  func lineEvidence(of index: Int) -> ChannelDetector.Evidence {
    evidence[lines[index]]
  }

  /// Lower-case NFC form of a word, the key of the vocabulary.
  static func lowerForm(_ word: Substring) -> String {
    // Only combining marks (decomposed input) need the costly NFC pass: U+0300–U+036F are
    // CC 80–CC BF and CD 80–CD AF in UTF-8.
    var marked = false
    var spaced = false
    var eth = false
    var previous: UInt8 = 0
    for byte in word.utf8 {
      if previous == 0xCC && byte & 0xC0 == 0x80 || previous == 0xCD && byte >= 0x80 && byte <= 0xAF
      {
        marked = true
      }
      // A word joined across a detached dot below ("tro. ng", see ``DetachedMarks``).
      if byte == 0x20 { spaced = true }
      // Ð, ð (eth, C3 90 and C3 B0): Đ and đ with the wrong letter, read as what they stand for.
      if previous == 0xC3 && (byte == 0x90 || byte == 0xB0) { eth = true }
      previous = byte
    }
    var lower = spaced ? word.lowercased().filter { $0 != " " } : word.lowercased()
    if eth { lower = String(lower.map { $0 == "ð" ? "đ" : $0 }) }
    if !marked { return lower }
    return lower.precomposedStringWithCanonicalMapping
  }

  /// What ``scan(_:_:vocabulary:)`` finds, token by token (evidence line by line).
  typealias Scan = (
    lines: [Int], lowerForms: [String?], wordIDs: [UInt16], patterns: [CasePattern],
    evidence: [ChannelDetector.Evidence], paragraphEnds: [Int]
  )

  /// Lines, word forms and channel evidence, token by token.
  ///
  /// Local arrays, not the properties: the optimiser then checks their uniqueness once, not
  /// at every write (measured with `Scripts/restorer/callgrind.sh`).
  private static func scan(_ text: String, _ tokens: [Token], vocabulary: Vocabulary) -> Scan {
    var lines = [Int](repeating: 0, count: tokens.count)
    var lowerForms = [String?](repeating: nil, count: tokens.count)
    var wordIDs = [UInt16](repeating: SpecialToken.unknown.rawValue, count: tokens.count)
    var patterns = [CasePattern](repeating: .lower, count: tokens.count)
    var evidence = [ChannelDetector.Evidence()]
    var paragraphEnds: [Int] = []
    var line = 0
    for (index, token) in tokens.enumerated() {
      lines[index] = line
      if token.kind == .whitespace {
        var breaks = 0
        for byte in text.utf8[token.range] where byte == 0x0A { breaks += 1 }
        if breaks >= 2
          || endsLongParagraph(
            index, breaks: breaks, after: paragraphEnds.last ?? 0, in: tokens, text: text)
        {
          paragraphEnds.append(index)
        }
        for _ in 0..<breaks { evidence.append(ChannelDetector.Evidence()) }
        line += breaks
      } else if token.kind == .word {
        let word = Substring(text.unicodeScalars[token.range])
        let lower = lowerForm(word)
        lowerForms[index] = lower
        let id = vocabulary.id(of: lower)
        let known = id != nil
        if let id { wordIDs[index] = id }
        // "đay" (typed "Ðay") folds only once its đ is folded.
        let foldable =
          known || !vocabulary.syllables(folded: lower).isEmpty
          || (lower.unicodeScalars.contains("đ")
            && !vocabulary.syllables(folded: lower.vietnameseFolded).isEmpty)
        patterns[index] = CasePattern(of: word)
        ChannelDetector.add(
          word: word, known: known, foldable: foldable, pattern: patterns[index],
          to: &evidence[line])
      }
    }
    return (lines, lowerForms, wordIDs, patterns, evidence, paragraphEnds)
  }

  /// `tokens` with each unknown word of four characters or more on a line of OCR of unknown
  /// origin cut where ``WordSegmenter`` finds syllables run together, and the indices of the
  /// pieces after the first of each word.
  private static func segmentingRuns(
    _ tokens: [Token], scalars: String.UnicodeScalarView, lines: [Int], channels: [Channel],
    wordIDs: [UInt16], restorer: DiacriticRestorer, spaceBefore earlier: Set<Int>
  ) -> (tokens: [Token], spaceBefore: Set<Int>) {
    var segmenter = WordSegmenter(
      generator: restorer.generator, unigrams: restorer.model.unigramProbability)
    var result: [Token] = []
    var spaceBefore = Set<Int>()
    result.reserveCapacity(tokens.count)
    for (index, token) in tokens.enumerated() {
      if earlier.contains(index) { spaceBefore.insert(result.count) }
      let word = Substring(scalars[token.range])
      // Plain ASCII runs are names and foreign words ("Wilander") more often than syllables.
      guard token.kind == .word, channels[lines[index]] == .otherOCR,
        wordIDs[index] == SpecialToken.unknown.rawValue, word.unicodeScalars.count >= 4,
        word.unicodeScalars.contains(where: {
          $0.value >= 0x80 || "_%`?.".unicodeScalars.contains($0)
        })
      else {
        result.append(token)
        continue
      }
      var start = token.range.lowerBound
      for cut in segmenter.cuts(in: word) {
        let end = scalars.index(token.range.lowerBound, offsetBy: cut)
        let space = scalars.index(before: end)
        if scalars[space] == " " {
          // A cut at the space ``DetachedMarks`` joined across: the space is one again.
          result.append(Token(kind: .word, range: start..<space))
          result.append(Token(kind: .whitespace, range: space..<end))
        } else {
          result.append(Token(kind: .word, range: start..<end))
          spaceBefore.insert(result.count)
        }
        start = end
      }
      result.append(Token(kind: .word, range: start..<token.range.upperBound))
    }
    return (result, spaceBefore)
  }

  /// `tokens` with each unknown word on a line read by the Vietnamese model cut in two where it
  /// is two known syllables written without their space, which the language model has seen one
  /// after the other ("đơnvị" → "đơn vị", "cácđơn" → "các đơn"), and the indices of the second
  /// pieces. Only pieces with a Vietnamese letter or mark: a plain ASCII word is a name or a
  /// foreign word ("Sony") more often, and a loanword written whole ("balô") is no slip. Lines
  /// of correct text keep their words as written.
  static func splittingGluedPairs(
    _ tokens: [Token], scalars: String.UnicodeScalarView, lines: [Int], channels: [Channel],
    wordIDs: [UInt16], model: LanguageModel
  ) -> (tokens: [Token], spaceBefore: Set<Int>) {
    var result: [Token] = []
    result.reserveCapacity(tokens.count)
    var spaceBefore = Set<Int>()
    for (index, token) in tokens.enumerated() {
      guard token.kind == .word, channels[lines[index]] == .vietnameseOCR,
        wordIDs[index] == SpecialToken.unknown.rawValue
      else {
        result.append(token)
        continue
      }
      let word = Array(scalars[token.range])
      guard word.count >= 4, word.contains(where: { $0.value >= 0x80 }),
        word.allSatisfy({ $0.properties.isAlphabetic || isMark($0) })
      else {
        result.append(token)
        continue
      }
      var best: (cut: Int, score: Float)?
      // Both pieces with a Vietnamese letter or mark: loanwords written whole ("balô") have
      // plain syllables.
      for cut in 2...(word.count - 2)
      where !isMark(word[cut]) && word[..<cut].contains(where: { $0.value >= 0x80 })
        && word[cut...].contains(where: { $0.value >= 0x80 })
      {
        var left = String.UnicodeScalarView()
        left.append(contentsOf: word[..<cut])
        var right = String.UnicodeScalarView()
        right.append(contentsOf: word[cut...])
        // The vocabulary is NFC; decomposed text ("ca\u{301}c") is looked up composed.
        guard
          let first = model.vocabulary.id(
            of: String(left).precomposedStringWithCanonicalMapping.lowercased()),
          let second = model.vocabulary.id(
            of: String(right).precomposedStringWithCanonicalMapping.lowercased()),
          model.hasBigram(first, second)
        else { continue }
        let score = model.unigramProbability[Int(first)] + model.unigramProbability[Int(second)]
        if score > best?.score ?? -.greatestFiniteMagnitude { best = (cut, score) }
      }
      guard let best else {
        result.append(token)
        continue
      }
      let middle = scalars.index(token.range.lowerBound, offsetBy: best.cut)
      result.append(Token(kind: .word, range: token.range.lowerBound..<middle))
      spaceBefore.insert(result.count)
      result.append(Token(kind: .word, range: middle..<token.range.upperBound))
    }
    return (result, spaceBefore)
  }

  private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: true
    default: false
    }
  }
}
