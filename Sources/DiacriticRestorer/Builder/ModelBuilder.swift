import Foundation
import VietnameseText

/// Builds the restorer's language model from the shared corpus (`vanban model build`).
///
/// Every corpus line whose FNV-1a 64 hash is 0 mod 100 is held out and never read
/// into the counts. Tone marks are normalised to the modern style before counting,
/// syllables seen fewer than ``Configuration/minimumSyllableCount`` times become
/// `<unk>`, and the trigram model is estimated with interpolated Kneser–Ney
/// (see ``KneserNeyEstimator``), pruned by count and written as `restorer-lm.bin`.
package struct ModelBuilder: Sendable {
  /// Build parameters.
  package struct Configuration: Sendable {
    /// Corpus occurrences a syllable needs to enter the vocabulary.
    package var minimumSyllableCount = 2
    /// Occurrences an abbreviation ("UBND") needs to enter the vocabulary as itself.
    package var minimumAbbreviationCount = 20
    /// Occurrences a trigram needs to be stored (others back off to bigrams).
    package var minimumTrigramCount = 1
    /// Continuation count a bigram needs to be stored.
    package var minimumBigramCount = 1
    /// The most trigrams stored; `nil` keeps every one that passes ``minimumTrigramCount``.
    /// When set, the trigrams that matter least are left to back off first: those whose
    /// count times the log ratio of their probability to the backed-off estimate is smallest
    /// (weighted-difference pruning, Seymore & Rosenfeld 1996).
    package var maximumTrigrams: Int?
    /// The most bigrams stored, chosen the same way; bigrams that are contexts of stored
    /// trigrams are always kept.
    package var maximumBigrams: Int?
    /// Creates the default configuration: nothing pruned but by count.
    package init() {}

    /// The configuration of the shipped model: 3.2 million trigrams and 1.3 million bigrams,
    /// 36 MB, so that `Dictionaries/` stays under 40 MB; at this size legal text keeps 99.5%
    /// of words right (see `Dictionaries/README.md`).
    package static var shipped: Configuration {
      var configuration = Configuration()
      configuration.maximumTrigrams = 3_200_000
      configuration.maximumBigrams = 1_300_000
      return configuration
    }
  }

  /// What a build produced.
  package struct Summary: Sendable, CustomStringConvertible {
    /// Corpus lines read into the counts.
    package var trainingLines = 0
    /// Corpus lines skipped as held out.
    package var heldOutLines = 0
    /// Tokens counted (syllables, numbers, punctuation, symbols).
    package var tokens = 0
    /// Vocabulary entries, special tokens included.
    package var vocabulary = 0
    /// Bigrams stored.
    package var bigrams = 0
    /// Trigrams stored.
    package var trigrams = 0
    /// Size of the model file in bytes.
    package var bytes = 0

    /// A one-paragraph account of the build.
    package var description: String {
      "\(trainingLines) training lines (\(heldOutLines) held out), \(tokens) tokens, "
        + "vocabulary \(vocabulary), \(bigrams) bigrams, \(trigrams) trigrams, \(bytes) bytes"
    }
  }

  /// The build parameters.
  package var configuration: Configuration

  /// Creates a builder.
  package init(configuration: Configuration = Configuration()) {
    self.configuration = configuration
  }

  /// Reads the corpus files (`.txt` or `.txt.xz`) and the word lists, and writes
  /// `restorer-lm.bin` into `outputDirectory`; each line of a file counts `weights[file]` times
  /// (once by default).
  /// - Throws: ``RestorerError`` naming the file that could not be read or written.
  package func build(
    corpus: [URL], weights: [URL: Int] = [:], lexicon: [URL], outputDirectory: URL,
    log: (String) -> Void = { _ in }
  ) throws(RestorerError) -> Summary {
    var summary = Summary()
    var words: [String: UInt32] = [:]
    var wordCounts: [Int] = []
    var abbreviations = Set<UInt32>()
    var stream: [UInt32] = []
    stream.reserveCapacity(64_000_000)
    // The weight of each line of the stream, in order.
    var lineWeights: [UInt8] = []
    let specials = UInt32(SpecialToken.allCases.count)
    for url in corpus {
      log("reading \(url.lastPathComponent)")
      let weight = UInt8(clamping: max(1, weights[url] ?? 1))
      try CorpusReader.forEachLine(in: url) { bytes in
        if CorpusReader.isHeldOut(bytes) {
          summary.heldOutLines += 1
          return
        }
        summary.trainingLines += 1
        let line = String(decoding: bytes, as: UTF8.self).normalizingToneMarks(to: .modern)
        for token in Tokenizer.tokens(in: line) where token.kind != .whitespace {
          let text = Substring(line.unicodeScalars[token.range])
          guard token.kind == .word || token.kind == .abbreviation else {
            stream.append(UInt32(SpecialToken.forToken(kind: token.kind, text: text).rawValue))
            continue
          }
          let word = text.lowercased()
          if let id = words[word] {
            wordCounts[Int(id - specials)] += 1
            stream.append(id)
          } else {
            let id = specials + UInt32(wordCounts.count)
            words[word] = id
            if token.kind == .abbreviation { abbreviations.insert(id) }
            wordCounts.append(1)
            stream.append(id)
          }
        }
        stream.append(0)
        lineWeights.append(weight)
      }
    }
    summary.tokens = stream.count - summary.trainingLines
    log("\(summary.tokens) tokens, \(words.count) distinct words")
    let (entries, remap) = try vocabulary(
      words: words, counts: wordCounts, abbreviations: abbreviations, lexicon: lexicon)
    summary.vocabulary = entries.count
    log("vocabulary: \(entries.count) entries")

    var trigramCounts: [UInt64: UInt32] = [:]
    trigramCounts.reserveCapacity(6_000_000)
    let start = SpecialToken.sentenceStart.rawValue
    var c2 = start
    var c1 = start
    var line = 0
    for raw in stream {
      let id: UInt16
      if raw == 0 {
        id = SpecialToken.sentenceEnd.rawValue
      } else if raw < specials {
        id = UInt16(raw)
      } else {
        id = remap[Int(raw - specials)]
      }
      trigramCounts[ModelLayout.key(c2, c1, id), default: 0] += UInt32(lineWeights[line])
      if raw == 0 {
        (c2, c1) = (start, start)
        line += 1
      } else {
        (c2, c1) = (c1, id)
      }
    }
    stream = []
    log("\(trigramCounts.count) distinct trigrams")
    let estimate = KneserNeyEstimator(
      trigramCounts: trigramCounts, vocabularyCount: entries.count, configuration: configuration
    ).estimate(log: log)
    summary.bigrams = estimate.bigrams.count
    summary.trigrams = estimate.trigrams.count
    let output = outputDirectory.appendingPathComponent(ModelLayout.fileName)
    summary.bytes = try ModelWriter().write(
      vocabulary: entries, estimate: estimate, to: output)
    log(summary.description)
    return summary
  }

  /// Chooses the vocabulary: valid syllables seen often enough, frequent abbreviations
  /// ("ubnd": context for "phường" after it), and the syllables of the word lists.
  /// Returns the entries and the map from counting IDs to model IDs.
  private func vocabulary(
    words: [String: UInt32], counts: [Int], abbreviations: Set<UInt32>, lexicon: [URL]
  ) throws(RestorerError) -> ([String], [UInt16]) {
    var chosen = Set<String>()
    for (word, id) in words {
      let count = counts[Int(id) - SpecialToken.allCases.count]
      if abbreviations.contains(id) {
        if count >= configuration.minimumAbbreviationCount { chosen.insert(word) }
      } else if count >= configuration.minimumSyllableCount && Syllable(word) != nil {
        chosen.insert(word)
      }
    }
    for url in lexicon {
      let text: String
      do { text = try String(contentsOf: url, encoding: .utf8) } catch {
        throw .unreadableInput(path: url.path, reason: "\(error)")
      }
      for syllable in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "_" }) {
        let word = String(syllable).normalizingToneMarks(to: .modern).lowercased()
        if Syllable(word) != nil { chosen.insert(word) }
      }
    }
    let entries = SpecialToken.allCases.map(\.text) + chosen.sorted()
    guard entries.count < Int(UInt16.max) else {
      throw .unreadableInput(
        path: "corpus", reason: "vocabulary of \(entries.count) exceeds 65,535 entries")
    }
    var ids: [String: UInt16] = [:]
    for (index, entry) in entries.enumerated() { ids[entry] = UInt16(index) }
    var remap = [UInt16](repeating: SpecialToken.unknown.rawValue, count: counts.count)
    for (word, id) in words {
      if let model = ids[word] { remap[Int(id) - SpecialToken.allCases.count] = model }
    }
    return (entries, remap)
  }
}
