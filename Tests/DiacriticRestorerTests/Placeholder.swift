import Testing
@testable import DiacriticRestorer
