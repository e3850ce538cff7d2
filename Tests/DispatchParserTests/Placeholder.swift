import Testing
@testable import DispatchParser
