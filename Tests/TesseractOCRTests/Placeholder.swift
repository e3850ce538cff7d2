import Testing
@testable import TesseractOCR
