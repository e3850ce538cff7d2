import Foundation

/// Unicode normalisation helpers for Vietnamese text.
///
/// Vietnamese arrives both precomposed (NFC, "ệ" as U+1EC7) and decomposed (NFD, "e" + U+0302 + U+0323),
/// and OCR engines and old converters mix the two. Every function of this module accepts either and
/// produces NFC.
public enum UnicodeNormalization {
  /// The canonical composition (NFC) of `text`.
  public static func nfc(_ text: some StringProtocol) -> String {
    String(text).precomposedStringWithCanonicalMapping
  }

  /// The canonical decomposition (NFD) of `text`: tone and shape marks as combining scalars.
  public static func nfd(_ text: some StringProtocol) -> String {
    String(text).decomposedStringWithCanonicalMapping
  }
}
