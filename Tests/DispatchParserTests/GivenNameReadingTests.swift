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
    // 01/TTr-UBND: a given name no one bears, as OCR read it under the signature, is the one
    // common name of its letters; a middle name may be a family name and stays ("Lê").
    ("Trần Hoàng Tuần", "Trần Hoàng Tuần", "Trần Hoàng Tuấn"),
    ("Hà Thị Lê Vân", "Hà Thị Lê Vân", "Hà Thị Lê Vân"),
    // Two common names of those letters (Hiền, Hiển): the reading stays.
    ("Trần Phước Hiên", "Trần Phước Hiên", "Trần Phước Hiên"),
  ])
  func readsNames(restored: String, ocr: String, expected: String) {
    let read = DispatchParser.signerName(restored, readAgainstOCR: ocr) ?? restored
    #expect(read == expected)
  }
}
