import Testing
@testable import VietnameseText
