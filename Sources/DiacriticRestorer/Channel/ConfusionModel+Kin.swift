import Foundation
import VietnameseText

extension ConfusionModel {
  /// The least log10 probability a table for sources never seen gives a letter written as
  /// its kin (see ``folded(_:)``).
  static let kinFloor: Float = -3

  /// `scalar` folded as Vietnamese folds it and stripped of the marks Vietnamese never
  /// writes ("ä" → "a", "ȧ" → "a", "ĵ" → "j"): an engine never seen may write its own
  /// look-alikes, which then count as the letter's kin (a likelier prior, and ``kinFloor``).
  static func folded(_ scalar: Unicode.Scalar) -> String {
    let folded = String(scalar).vietnameseFolded
    guard folded.unicodeScalars.contains(where: { $0.value >= 0xC0 }) else { return folded }
    let bare = folded.decomposedStringWithCanonicalMapping.unicodeScalars.filter {
      !(0x300...0x36F).contains($0.value)
    }
    return String(String.UnicodeScalarView(bare))
  }
}
