import OCRTestSupport

/// Fixtures read by the engine alone, without second looks: what these tests check.
let engineRecognition = FixtureRecognition(name: "engine")
