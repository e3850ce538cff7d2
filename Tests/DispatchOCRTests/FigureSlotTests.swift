import TesseractOCR
import Testing

@testable import DispatchOCR

@Suite("A handwritten figure's first reading stands or is read again")
struct FigureSlotTests {
  @Test(
    "Digits and look-alikes stand when confident enough; a figure glued to print always stands",
    arguments: [
      ("299", 80.0, true, true),
      // 299/UBND-TTHC: a handwritten 299 read "899" with almost no confidence.
      ("899", 28.0, true, false),
      // 01/TTr-UBND: a handwritten 01 read "O4" at 45, as confident as the printed "Số:".
      ("O4", 45.0, true, false),
      ("O4", 70.0, true, true),
      ("!2", 40.0, false, true),
      ("2#", 90.0, true, false),
    ])
  func legibility(reading: String, confidence: Double, alone: Bool, stands: Bool) {
    let slot = FigureLine.Slot(
      part: .number, reading: reading, box: BoundingBox(x: 0, y: 0, width: 60, height: 50),
      confidence: confidence, standsAlone: alone)
    #expect(slot.isLegible == stands)
  }

  @Test("A figure its part cannot be is read again, however confident")
  func impossibleFigure() {
    let box = BoundingBox(x: 0, y: 0, width: 60, height: 50)
    // 660TBUB: a handwritten day 31 read "34|".
    let day = FigureLine.Slot(
      part: .day, reading: "34|", box: box, confidence: 90, standsAlone: true)
    #expect(!day.isLegible)
    let month = FigureLine.Slot(
      part: .month, reading: "12", box: box, confidence: 90, standsAlone: true)
    #expect(month.isLegible)
    let lateMonth = FigureLine.Slot(
      part: .month, reading: "13", box: box, confidence: 90, standsAlone: false)
    #expect(!lateMonth.isLegible)
  }
}
