extension LineAnalysis {
  /// Words from which a line without a single accent, in a document of Vietnamese text or
  /// Vietnamese-model OCR, is text typed without diacritics: a paragraph typed so amid
  /// accented ones, a signer's title whose marks the scan lost ("CHANH VAN PHONG"). Shorter
  /// lines ("Minh.", "Noi nhan:") follow the document.
  static let strippedLineWords = 3

  /// Short or ambiguous lines follow the document: in a mostly Vietnamese document a line
  /// with Latin-1 accents only ("Công tác") is correct text, not English-model OCR. Lines of
  /// ``strippedLineWords`` words or more without any accent are typing without diacritics
  /// there, also with foreign names among their words ("Hang Krubera la mot hang dong"), when
  /// three words in five fold to syllables; an English sentence folds to few ("The Project
  /// is funded by the World Bank") and stays as it is.
  static func smoothChannels(_ channels: inout [Channel], evidence: [ChannelDetector.Evidence]) {
    var vietnameseWords = 0
    var otherWords = 0
    var strippedWords = 0
    var allWords = 0
    for (channel, lineEvidence) in zip(channels, evidence) {
      allWords += lineEvidence.words
      if channel == .correct || channel == .vietnameseOCR { vietnameseWords += lineEvidence.words }
      if channel == .otherOCR { otherWords += lineEvidence.words }
      if channel == .stripped { strippedWords += lineEvidence.words }
    }
    // A document typed without diacritics is typed so throughout: its lines with foreign
    // names ("vien dien kinh Cuba", "Carnevali & I.Ramirez") are no English-model OCR, which
    // would read "Cuba" as "Của" and "&" as "ở". English-model OCR of Vietnamese shows
    // Latin-1 accents or digits amid letters on most lines, and no such line is moved.
    if allWords > 0, strippedWords * 10 >= allWords * 6 {
      for index in channels.indices
      where channels[index] == .englishOCR && evidence[index].accented == 0
        && evidence[index].debris == 0 && evidence[index].placeholders == 0
      {
        channels[index] = .stripped
      }
      return
    }
    // A document that another engine read shows its placeholders on most lines; its lines
    // without one ("Tó chúc hôi nghi") are the same engine's, not Tesseract English's.
    if allWords > 0, otherWords * 10 >= allWords * 3 {
      for index in channels.indices where channels[index] == .englishOCR {
        channels[index] = .otherOCR
      }
      return
    }
    guard allWords > 0, vietnameseWords * 10 >= allWords * 6 else { return }
    // One OCR is used for a whole document: a line of garbage ("ngày l4 tháng") or of
    // plain letters ("Minh.") is Vietnamese-model OCR too, not English-model OCR. A longer
    // line without one accent was typed so: left as correct text, a paragraph typed without
    // diacritics amid accented ones kept 31 % of its words right (held-out general lines,
    // one in four stripped), read as typing 93.6 %.
    for index in channels.indices
    where channels[index] == .englishOCR || channels[index] == .stripped {
      let line = evidence[index]
      if line.words >= Self.strippedLineWords,
        channels[index] == .stripped
          || (line.accented == 0 && line.debris == 0 && line.placeholders == 0
            && line.asciiFoldable * 5 >= line.words * 3)
      {
        channels[index] = .stripped
        continue
      }
      channels[index] =
        evidence[index].ocrTraces > 0 || evidence[index].debris > 0 ? .vietnameseOCR : .correct
    }
  }
}
