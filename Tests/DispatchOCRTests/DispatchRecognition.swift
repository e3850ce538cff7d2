import DispatchOCR
import OCRTestSupport

/// Fixtures read as VanBan reads them: the engine, then the dispatch's second looks.
let dispatchRecognition = FixtureRecognition(name: "dispatch", passes: [DispatchLooks()])
