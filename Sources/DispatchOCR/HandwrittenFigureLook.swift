import TesseractOCR
import VietnameseText

/// The look at the figures a clerk writes by hand into a printed dispatch: the number after
/// "Số:" and the day and month after "ngày" and "tháng".
///
/// Tesseract reads handwriting poorly ("'†E" for 575, "2#" for 04, "899" for 299), and a wrong
/// number is worse than none. A figure whose first reading is not legible (digits, or the
/// look-alikes OCR writes for printed digits) is read again two ways: digit by digit by a
/// reader of handwritten digits (``WrittenFigureReader``), and by Tesseract, digits only, eight
/// ways. A value is kept when one of them reads it with confidence (every digit sure; nearly all
/// of Tesseract's readings agreeing) and the other does not read another value, and is said to
/// be a guess. Otherwise the garbled reading is taken out of the text, so that the record gives
/// the printed part alone ("/UBND-KTTH", "2025-02") with a note.
enum HandwrittenFigureLook {
  /// Confidence under which even plain digits are doubted: Tesseract read a handwritten 299 as
  /// "899" at 28; printed figures on the fixtures, glued to their codes, read at 38 and more.
  static let doubtfulConfidence = 35.0
  /// Readings that must agree on a handwritten figure for it to be kept, of Tesseract's eight
  /// (``tesseractVotes(_:with:)``).
  static let agreement = 6
  /// Readings of Tesseract that confirm a digit-by-digit reading the digit reader is not sure of.
  static let confirmingVotes = 2
  /// The part of the page, from the top, where the number and date lines stand.
  static let headerShare = 0.4

  /// What part of a dispatch a figure is.
  enum Part: String, CaseIterable {
    case number, day, month
  }

  /// `recognized` with its handwritten figures read, or cut out when they cannot be.
  static func revise(_ recognized: RecognizedPage, reading reader: RegionReader) -> RecognizedPage {
    let headerEnd = Int(Double(recognized.height) * headerShare)
    let phrases = [
      FigureLine.number(in: recognized.lines, above: headerEnd),
      FigureLine.date(in: recognized.lines, above: headerEnd),
    ].compactMap { $0 }
    var page = recognized
    var changed = false
    for phrase in phrases where !phrase.slots.allSatisfy(\.isLegible) {
      let values = phrase.slots.enumerated().map { index, slot -> String? in
        if slot.isLegible { return slot.reading }
        let value = reading(slot, in: phrase.gap(around: index), with: reader)
        let field = slot.part == .number ? "number" : "date"
        let what = slot.part == .number ? "the number" : "the \(slot.part.rawValue)"
        page.notes.append(
          value.map {
            "\(field): \(what) \"\($0)\" was read from handwriting; check it"
          } ?? "\(field): \(what) is handwritten and could not be read (OCR: \"\(slot.reading)\")")
        return value
      }
      page.replace(phrase.words, with: phrase.rewritten(values))
      changed = true
    }
    guard changed else { return recognized }
    page.arrangeLines()
    return page
  }

  /// The figure read digit by digit (``WrittenFigureReader``), or by Tesseract's readings of the
  /// slot, digits only; `nil` when neither reads it, or when the two disagree.
  ///
  /// Each reader alone must be sure (every digit sure; ``agreement`` of Tesseract's
  /// eight readings the same). A digit-by-digit reading that is less sure stands when
  /// at least ``confirmingVotes`` of Tesseract's readings are that very figure: two readers that
  /// err in unlike ways seldom agree on a wrong one.
  private static func reading(
    _ zone: FigureLine.Slot, in gap: BoundingBox, with reader: RegionReader
  ) -> String? {
    let byDigit = WrittenFigureReader.read(zone.part, in: gap, with: reader)
    let votes = tesseractVotes(zone, with: reader)
    let byTesseract = votes.max { $0.value < $1.value }.flatMap { value, count in
      count >= agreement && zone.part.accepts(value) ? value : nil
    }
    if let byDigit {
      if let byTesseract, byTesseract != byDigit.value { return nil }
      if byDigit.isSure || votes[byDigit.value, default: 0] >= confirmingVotes {
        return byDigit.value
      }
    }
    return byTesseract
  }

  /// Tesseract's readings of the slot, digits only, counted by figure: eight ways, two margins
  /// above and below, two at the sides, as a line and as a word.
  private static func tesseractVotes(_ zone: FigureLine.Slot, with reader: RegionReader)
    -> [String: Int]
  {
    var votes: [String: Int] = [:]
    let height = zone.box.height
    for margin in [height / 4, height / 2] {
      for side in [0, height / 3] {
        let cut = BoundingBox(
          x: zone.box.x - side, y: zone.box.y - margin, width: zone.box.width + 2 * side,
          height: height + 2 * margin)
        for segmentation in [Segmentation.singleLine, .singleWord] {
          let words = reader.read(cut, as: segmentation, characters: "0123456789")
            .flatMap(\.lines).flatMap(\.words)
          let digits = words.map(\.text).joined()
          if !digits.isEmpty, digits.count <= zone.part.maximumDigits {
            votes[digits, default: 0] += 1
          }
        }
      }
    }
    return votes
  }
}

extension HandwrittenFigureLook.Part {
  /// The most digits such a figure has.
  var maximumDigits: Int { self == .number ? 6 : 2 }

  /// Whether `value` can be such a figure.
  func accepts(_ value: String) -> Bool {
    guard let number = Int(value) else { return false }
    return switch self {
    case .number: number > 0
    case .day: (1...31).contains(number)
    case .month: (1...12).contains(number)
    }
  }
}
