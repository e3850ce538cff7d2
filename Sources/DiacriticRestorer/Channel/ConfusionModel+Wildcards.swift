import Foundation

extension ConfusionModel {
  /// The least log10 probability a table for sources never seen gives `letter` written as
  /// an unknown-glyph placeholder, or nil for no floor.
  ///
  /// Engines fail on different letters: ocrad writes "ậ" and "ộ" as `_` four times in five,
  /// gocr once in five hundred. What they share is that a letter under more marks is
  /// unread more often, so the floor follows the number of marks, not any engine's counts.
  /// Measured on the held-out engines (word errors; the others unchanged):
  /// - no floor: gocr 1,519, ocrad 960;
  /// - −2.5 for every letter: gocr 1,461, ocrad 984 (plain letters crowd the search);
  /// - none for plain letters, −2.5 for one mark, −1.5 for two: gocr **1,392**, ocrad
  ///   **930**; −3 or −3.5 for one mark, −1 or −1.2 for two were no better on both.
  static func wildcardFloor(_ letter: Unicode.Scalar) -> Float? {
    switch markCount(letter) {
    case 0: nil
    case 1: -2.5
    default: -1.5
    }
  }

  /// The marks `letter` carries: the combining marks of its decomposition, and the bar of
  /// "đ".
  static func markCount(_ letter: Unicode.Scalar) -> Int {
    guard letter.properties.isAlphabetic else { return 0 }
    if letter == "đ" || letter == "Đ" { return 1 }
    return String(letter).decomposedStringWithCanonicalMapping.unicodeScalars.count {
      (0x300...0x36F).contains($0.value)
    }
  }
}
