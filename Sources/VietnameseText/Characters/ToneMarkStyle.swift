/// Where a tone mark goes in syllables whose placement conventions differ (oa, oe, uy without a final consonant).
///
/// Both styles agree everywhere else: a mark goes on the vowel with a shape mark (ê, ơ, â …),
/// on the second letter of iê/yê/uô/ươ and of a rime closed by a consonant, and on the first letter
/// of the open diphthongs ia/ua/ưa.
public enum ToneMarkStyle: Sendable {
  /// "hòa", "thủy", "Ủy", "khỏe": the mark on the first vowel of an open oa/oe/uy.
  ///
  /// The style of Decree 30 documents, of keyboards and of the legal corpus; the default everywhere.
  case modern
  /// "hoà", "thuỷ", "uỷ", "khoẻ": the mark on the main vowel (the placement ruled in the 1980s).
  case phonetic
}
