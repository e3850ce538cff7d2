import Testing
@testable import PageImaging
