import Testing

@testable import DispatchParser

/// Names whose marks restoration guessed, read against the OCR text.
struct GivenNameReadingTests {
  @Test(arguments: [
    // Restoration guessed words; OCR wrote the name without marks or with stray ones.
    ("Phạm Viết Ảnh", "- CT, PCT UBND phuong Pham Viét Anh; CHU TICH", "Phạm Việt Anh"),
    // OCR read the marks: what it read stays, rare name or not.
    ("Nguyễn Viết Xuân", "Nguyễn Viết Xuân", "Nguyễn Viết Xuân"),
    // A common name restoration chose stays.
    ("Trần Quang Huy", "Tran Quang Huy", "Trần Quang Huy"),
  ])
  func readsNames(restored: String, ocr: String, expected: String) {
    let read = DispatchParser.signerName(restored, readAgainstOCR: ocr) ?? restored
    #expect(read == expected)
  }
}
