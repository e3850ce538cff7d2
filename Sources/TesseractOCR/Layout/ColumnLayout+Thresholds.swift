extension ColumnLayout {
  /// The proportions that tell a two-column zone from body text, as shares of the text block's
  /// width or of a typical line's height. They were set on the fixture dispatches (Decree 30
  /// layouts at 150–300 ppi) and checked on the real scans.
  enum Threshold {
    /// How far past the middle a lone piece may reach and still keep to one column: a left
    /// column's agency name, centred in its half, stays well inside; 5% allows for skew.
    static let columnMargin = 0.05
    /// A piece wider than this share of the block is body text: no column is 70% of the width.
    static let fullWidthPiece = 0.7
    /// How far a left piece may run past the middle before it is a body line Tesseract broke at
    /// a lost word: a left column never reaches past the middle by more than 2%.
    static let leftOverreach = 0.02
    /// A left-only row this many line heights below the one above starts new text ("Kính gửi:"
    /// under the header): the rows of a column zone are a line and a half apart at most.
    static let newTextGap = 1.5
    /// A gap between words wider than this many line heights is a column gap anywhere on the
    /// line: justified body text never stretches a space that far.
    static let columnGapAnywhere = 3.0
    /// The band of the block where a column gap falls: from 30% of its width, 40% wide. A gap
    /// there counts when wider than ``columnGapInBand`` line heights and ``gapOverUsual`` times
    /// the line's usual word gap.
    static let middleBandStart = 0.3
    /// The width of the middle band, as a share of the block.
    static let middleBandWidth = 0.4
    /// The least gap, in line heights, that is a column gap within the middle band.
    static let columnGapInBand = 0.7
    /// How many times the line's usual word gap a column gap is at least: a word Tesseract lost
    /// leaves a gap about twice the others, a column gap many times wider.
    static let gapOverUsual = 3.0
    /// The share of the smaller height by which two pieces must overlap to stand in one row.
    static let rowOverlap = 0.5
  }
}
