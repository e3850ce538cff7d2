/// Tuning of the restorer's decoder. The defaults were chosen on the held-out sets in
/// `Fixtures/restorer/` (see `vanban model evaluate`).
public struct RestorerConfiguration: Sendable, Hashable {
  /// Decoder states kept per token.
  public var beamWidth = 12
  /// Decoder states scoring more than this (log10) below the best are dropped.
  public var beamThreshold: Float = 5
  /// Most readings considered for one English-model OCR token.
  public var englishCandidates = 40
  /// Most readings considered for one token of OCR of unknown origin, and found under the
  /// pooled confusions for a word in capitals on an English-model OCR line that the English
  /// ones cannot read.
  public var otherCandidates = 60
  /// Most readings the search for one token of OCR of unknown origin finds, of which the
  /// ``otherCandidates`` likeliest by their channel and unigram probabilities are considered.
  ///
  /// Measured on the held-out engines (word errors, gocr / ocrad; time and peak memory of
  /// `vanban restore` on the gocr set): 40 found and kept, 1,346 / 922 (3.5 s, 151 MB);
  /// 300 found and kept, 1,254 / 821 (5.3 s, 338 MB); 300 found and the likeliest 40, 60 or
  /// 80 kept, 1,293 / 836, **1,269 / 829** (4.0 s, 163 MB) and 1,262 / 825 (4.5 s, 174 MB).
  public var otherSearchBreadth = 300
  /// Most letter-slip readings added for a word on a Vietnamese-model OCR line.
  public var vietnameseCandidates = 16
  /// Readings worse than the best by more than this (log10) are dropped.
  public var englishWindow: Float = 6
  /// log10 cost of leaving an unknown word unrestored in OCR or stripped text.
  public var keepUnknownCost: Float = 4
  /// log10 cost of leaving a word of Vietnamese text that is no syllable but folds to some
  /// ("tich" for "tịch": a mark was lost or added) or, up to 8 letters, is made of letters
  /// only ("trune" for "trung"), Roman-numeral letters aside.
  public var keepMisspeltCost: Float = 2
  /// log10 cost of leaving OCR debris such as "L8" or "1¢" (letters glued to digits or signs)
  /// on an OCR line, or a word of Latin letters whose marks make it no syllable ("chién",
  /// "tàj").
  public var keepDebrisCost: Float = 7
  /// log10 cost of keeping a word in capitals amid lower-case text typed without
  /// diacritics as it is, an acronym ("ICH", "VAS"), rather than reading it as a syllable.
  public var keepCapitalsCost: Float = 2
  /// log10 cost of reading a lone digit on an English-model OCR line as a word.
  public var digitChangeCost: Float = 1
  /// log10 cost of changing a word of text that looks correct.
  public var correctChangeCost: Float = 2.5
  /// log10 cost of changing a word on a line that shows Vietnamese-model OCR errors.
  public var vietnameseOCRChangeCost: Float = 1.5
  /// Weight (log10 per nat) of the context network's log-odds of a reading of a word typed
  /// without diacritics; 0 leaves the network out. Held-out general-domain word errors were
  /// lowest from 0.15 to 0.25 (396–401 of 7,583 words, 422 without the network) and rose
  /// above (407 at 0.3).
  public var contextWeight: Float = 0.15
  /// Weight of the channel model against the language model.
  public var channelWeight: Float = 1
  /// log10 weight a reading with a horn ("cơ", "ư") gains on an English-model OCR line when a
  /// quote mark follows the word at once: that OCR writes the horn so ("co’ quan"). Default 1:
  /// ten times likelier, which the evaluation sets keep; the quote is then absorbed into the
  /// restored word.
  public var hornQuoteWeight: Float = 1

  /// Let the readings the text has vouched for so far (words with their marks on correct
  /// lines, words restored with confidence) weigh more where they are candidates later on, so
  /// that a name the document spells right once is read right after, as a cache language model
  /// does; and the pairs of neighbouring words it vouches for ("phường Lê Chân") settle,
  /// in a second reading of the paragraphs they may change, words read before them.
  /// One text given to ``DiacriticRestorer/restore(_:)`` is one document. Default `true`.
  public var documentConsistency = true

  /// Learn from a first decoding what each document's own OCR does, and decode again with
  /// it: the Vietnamese model's error rate scales that table's confusions
  /// (`ChannelAdaptation`: a badly degraded page gets more repairs, a clean one fewer), and
  /// on OCR of unknown origin (another engine's text) the letters of the readings chosen,
  /// aligned with what the engine wrote, join the pooled table's counts (`DocumentConfusions`:
  /// held-out gocr word errors 1,224 → 995, ocrad 779 → 662). Such a document is read about
  /// twice over. Default `true`.
  public var adaptsToDocument = true

  /// Creates the default configuration.
  public init() {}
}
