import Foundation

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
  /// The whitespace tokens that end a paragraph (two line feeds or more).
  package let paragraphEnds: [Int]
  /// Words replaced outright, without decoding, by token index.
  package let repairs: [Int: DiacriticRestorer.Repair]

  /// Tokenises `text`, reads each line's channel from its words and finds the words to
  /// repair outright, with the vocabulary and repairs of `restorer`.
  package init(_ text: String, restorer: DiacriticRestorer) {
    self.text = text
    scalars = text.unicodeScalars
    tokens = Tokenizer.tokens(in: text)
    (lines, lowerForms, wordIDs, patterns, evidence, paragraphEnds) = Self.scan(
      text, tokens, vocabulary: restorer.model.vocabulary)
    var channels = evidence.map(ChannelDetector.channel(of:))
    Self.smoothChannels(&channels, evidence: evidence)
    self.channels = channels
    repairs = restorer.repairMisreadings(
      tokens, scalars, lines: lines, channels: channels, lowerForms: &lowerForms,
      wordIDs: wordIDs, patterns: patterns)
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
    var previous: UInt8 = 0
    for byte in word.utf8 {
      if previous == 0xCC && byte & 0xC0 == 0x80 || previous == 0xCD && byte >= 0x80 && byte <= 0xAF
      {
        marked = true
        break
      }
      previous = byte
    }
    if !marked { return word.lowercased() }
    return word.lowercased().precomposedStringWithCanonicalMapping
  }

  /// Lines, word forms and channel evidence, token by token.
  ///
  /// Local arrays, not the properties: the optimiser then checks their uniqueness once, not
  /// at every write (measured with `Scripts/restorer/callgrind.sh`).
  private static func scan(_ text: String, _ tokens: [Token], vocabulary: Vocabulary) -> (
    lines: [Int], lowerForms: [String?], wordIDs: [UInt16], patterns: [CasePattern],
    evidence: [ChannelDetector.Evidence], paragraphEnds: [Int]
  ) {
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
        if breaks >= 2 { paragraphEnds.append(index) }
        for _ in 0..<breaks { evidence.append(ChannelDetector.Evidence()) }
        line += breaks
      } else if token.kind == .word {
        let word = Substring(text.unicodeScalars[token.range])
        let lower = lowerForm(word)
        lowerForms[index] = lower
        let id = vocabulary.id(of: lower)
        let known = id != nil
        if let id { wordIDs[index] = id }
        let foldable = known || !vocabulary.syllables(folded: lower).isEmpty
        patterns[index] = CasePattern(of: word)
        ChannelDetector.add(
          word: word, known: known, foldable: foldable, pattern: patterns[index],
          to: &evidence[line])
      }
    }
    return (lines, lowerForms, wordIDs, patterns, evidence, paragraphEnds)
  }

  /// Short or ambiguous lines follow the document: in a mostly Vietnamese document a line
  /// with Latin-1 accents only ("Công tác") is correct text, not English-model OCR.
  static func smoothChannels(_ channels: inout [Channel], evidence: [ChannelDetector.Evidence]) {
    var vietnameseWords = 0
    var allWords = 0
    for (channel, lineEvidence) in zip(channels, evidence) {
      allWords += lineEvidence.words
      if channel == .correct || channel == .vietnameseOCR { vietnameseWords += lineEvidence.words }
    }
    guard allWords > 0, vietnameseWords * 10 >= allWords * 6 else { return }
    // One OCR is used for a whole document: a line of garbage ("ngày l4 tháng") or of
    // plain letters ("Minh.") is Vietnamese-model OCR too, not English-model OCR or typing.
    for index in channels.indices
    where channels[index] == .englishOCR || channels[index] == .stripped {
      channels[index] =
        evidence[index].ocrTraces > 0 || evidence[index].debris > 0 ? .vietnameseOCR : .correct
    }
  }
}
