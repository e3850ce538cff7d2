import DispatchParser
import Testing

/// `parse(_:unrestored:)`: the OCR text before restoration, for lines restoration garbled.
struct UnrestoredFallbackTests {
  let parser = DispatchParser()

  private func document(_ dateLine: String) -> String {
    SampleDispatch.text(
      header: "CÔNG AN TỈNH THANH HÓA\nPHÒNG AN NINH KINH TẾ\nSố: 115/CV-PA83\n" + dateLine)
  }

  @Test func readsTheDateLineRestorationGarbled() {
    // cv-115-pa83-200: Tesseract wrote "L7" for 17; restoration made it "ngụ Lộ".
    let record = parser.parse(
      document("Thanh Hà, ngụ Lộ tháng 3 năm 2009"),
      unrestored: document("Thanh Hóa, ngày L7 tháng 3 năm 2009"))
    #expect(record.date == "2009-03-17")
    #expect(record.place == "Thanh Hóa")
    #expect(record.warnings.contains { $0.hasPrefix("date: read from the text before") })
    #expect(!record.warnings.contains { $0.contains("cannot be read") })
  }

  @Test func keepsTheRestoredReadingWhenItHasADate() {
    let record = parser.parse(
      document("Thanh Hóa, ngày 17 tháng 3 năm 2009"),
      unrestored: document("Thanh Hoa, ngay 18 thang 3 nam 2009"))
    #expect(record.date == "2009-03-17")
    #expect(record.place == "Thanh Hóa")
  }

  @Test func givesOnlyTheYearWhenNeitherTextHasTheMonth() {
    // tb-512-bnv: the handwritten month is in neither text.
    let record = parser.parse(
      document("Hà Nội, ngày 12 tháng năm 2025"),
      unrestored: document("Hà Nội, ngày 12 tháng năm 2025"))
    #expect(record.date == "2025")
    #expect(record.place == "Hà Nội")
  }

  @Test func takesTheWholeDateFromTheTextBeforeRestorationOverAPartialOne() {
    let record = parser.parse(
      document("Thanh Hà, ngụ Lộ tháng 3 năm 2009"),
      unrestored: document("Thanh Hóa, ngày 17 tháng 3 năm 2009"))
    #expect(record.date == "2009-03-17")
  }
}
