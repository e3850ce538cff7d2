import DiacriticRestorer
import Foundation
import TestSupport
import Testing

/// The measurements behind `vanban model evaluate` and the sources of `vanban model build`,
/// as library API.
@Suite struct EvaluationSetTests {
  private func restorer() throws -> DiacriticRestorer {
    try #require(SharedRestorer.instance, "the committed model in Dictionaries/ must load")
  }

  @Test func standardSetsAreCommittedAndAligned() throws {
    #expect(EvaluationSet.standard.count == 9)
    #expect(EvaluationSet.standard.map(\.name).first == "stripped text (held-out corpus)")
    for set in EvaluationSet.standard {
      let input = try RepositoryPaths.fixtureText("restorer/\(set.input)")
      let truth = try RepositoryPaths.fixtureText("restorer/\(set.truth)")
      #expect(
        input.split(separator: "\n", omittingEmptySubsequences: false).count
          == truth.split(separator: "\n", omittingEmptySubsequences: false).count, "\(set.name)")
    }
  }

  @Test func seedSetEvaluatesAsTheTableSays() throws {
    let set = try #require(EvaluationSet.standard.first { $0.input == "seed-dispatch-ocr.txt" })
    let evaluation = try set.evaluate(try restorer(), in: RepositoryPaths.fixture("restorer"))
    #expect(evaluation.name == "seed dispatch 365/BC-UBND")
    #expect(evaluation.words == 1073)
    #expect(evaluation.accuracy >= 0.95)
    #expect(
      "\(evaluation)".hasPrefix("seed dispatch 365/BC-UBND: 1073 words, accuracy 10.16% → "))
  }

  @Test func missingSetFileIsAnError() throws {
    let set = EvaluationSet(name: "none", input: "no-such-file.txt", truth: "no-such-file.txt")
    #expect(throws: RestorerError.self) {
      try set.evaluate(try restorer(), in: RepositoryPaths.fixture("restorer"))
    }
  }

  @Test func speedCountsTheRepeatedWords() throws {
    let file = TemporaryFolder.root.appendingPathComponent(
      "dr-speed-\(UUID().uuidString).txt")
    try "Ke hoach so 30/KH-UBND\ncua UBND phuong\n".write(
      to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }
    let speed = try SpeedMeasurement(name: "tiny", file: file, repeats: 3, restorer: restorer())
    #expect(speed.words == 21)
    #expect(speed.wall > .zero)
    #expect("\(speed)".hasPrefix("speed (tiny, 21 words, one thread): "))
    #expect("\(speed)".hasSuffix(" words per CPU second"))
    #expect(SpeedMeasurement.standardFiles.map(\.name) == ["stripped", "correct"])
  }

  @Test func modelLoadIsTimed() throws {
    let load = try ModelLoadTiming(modelDirectory: RepositoryPaths.dictionaries)
    #expect(load.duration > .zero)
    #expect("\(load)".hasPrefix("model load: ") && "\(load)".hasSuffix(" seconds"))
    #expect(load.restorer.restore("ngay 01 thang 12").text == "ngày 01 tháng 12")
    #expect(throws: RestorerError.self) {
      try ModelLoadTiming(modelDirectory: URL(fileURLWithPath: "/nonexistent/Dictionaries"))
    }
  }

  @Test func modelSourcesLieInTheSharedFolder() {
    let sources = ModelSources(
      shared: URL(fileURLWithPath: "/data/shared"),
      adminUnits: URL(fileURLWithPath: "/src/admin.txt.xz"))
    #expect(
      sources.corpus.map(\.path) == [
        "/data/shared/corpus/phapdien.txt.xz", "/data/shared/corpus/vlc-laws.txt.xz",
        "/data/shared/corpus/general/viwiki.txt.xz", "/data/shared/corpus/general/viwik19.txt.xz",
        "/data/shared/corpus/general/viwikisum.txt.xz",
        "/data/shared/corpus/general/khudocmo.txt.xz",
        "/data/shared/corpus/general/debian-vi.txt.xz",
        "/data/shared/corpus/general/vntc-train.txt.xz", "/src/admin.txt.xz",
      ])
    // Legal lines count three times, general ones once.
    #expect(sources.weights[URL(fileURLWithPath: "/data/shared/corpus/phapdien.txt.xz")] == 3)
    #expect(
      sources.weights[URL(fileURLWithPath: "/data/shared/corpus/general/viwiki.txt.xz")] == nil)
    let legal = ModelSources(
      shared: URL(fileURLWithPath: "/data/shared"),
      adminUnits: URL(fileURLWithPath: "/src/admin.txt.xz"), general: false)
    #expect(legal.corpus.count == 3)
    #expect(sources.lexicon.map(\.path) == ["/data/shared/lexicon/pyvi-words.txt"])
    #expect(ModelSources.defaultAdminUnits == "Scripts/restorer/data/admin-units.txt.xz")
  }
}
