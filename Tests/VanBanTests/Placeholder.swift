import Testing
@testable import VanBan
