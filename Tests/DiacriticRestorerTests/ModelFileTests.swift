import DiacriticRestorer
import Foundation
import TestSupport
import Testing

@Suite struct ModelFileTests {
  private func scratchFolder() throws -> URL {
    let folder = TemporaryFolder.root.appendingPathComponent(
      "dr-model-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  private func copyChannels(to folder: URL) throws {
    for name in ["channel-eng.tsv", "channel-vie.tsv", "channel-generic.tsv"] {
      try copyShipped(name, to: folder)
    }
  }

  /// A scratch folder holding the shipped language model and channel tables.
  private func shippedModel() throws -> URL {
    let folder = try scratchFolder()
    try copyChannels(to: folder)
    try copyShipped("restorer-lm.bin", to: folder)
    return folder
  }

  /// Copies the shipped file `name` into `folder`, in place of any file of that name.
  private func copyShipped(_ name: String, to folder: URL) throws {
    let target = folder.appendingPathComponent(name)
    try? FileManager.default.removeItem(at: target)
    try FileManager.default.copyItem(
      at: RepositoryPaths.dictionaries.appendingPathComponent(name), to: target)
  }

  /// Whether loading the model of `folder` fails naming the file `name` and, when given, a
  /// reason containing `reason`.
  private func loadFails(_ folder: URL, naming name: String, reason: String = "") -> Bool {
    do {
      _ = try DiacriticRestorer(modelDirectory: folder)
      return false
    } catch {
      guard case .corruptFile(let path, let why) = error else { return false }
      return path.hasSuffix(name) && (reason.isEmpty || why.contains(reason))
    }
  }

  @Test func missingModelNamesTheFile() throws {
    let folder = try scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(
      throws: RestorerError.missingFile(path: folder.appendingPathComponent("restorer-lm.bin").path)
    ) {
      try DiacriticRestorer(modelDirectory: folder)
    }
  }

  @Test func corruptModelIsATypedError() throws {
    let folder = try scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try copyChannels(to: folder)
    let model = folder.appendingPathComponent("restorer-lm.bin")
    try Data("not a model at all, just text".utf8).write(to: model)
    do {
      _ = try DiacriticRestorer(modelDirectory: folder)
      Issue.record("a corrupt model must not load")
    } catch {
      guard case .corruptFile(let path, _) = error else { throw error }
      #expect(path == model.path)
      #expect(error.description.contains("restorer-lm.bin"))
    }
    // A real model cut short is caught by the header's length check.
    let real = try Data(
      contentsOf: RepositoryPaths.dictionaries.appendingPathComponent("restorer-lm.bin"))
    try real.prefix(real.count / 2).write(to: model)
    #expect(throws: RestorerError.self) { try DiacriticRestorer(modelDirectory: folder) }
  }

  @Test func corruptChannelTableIsATypedError() throws {
    let folder = try shippedModel()
    defer { try? FileManager.default.removeItem(at: folder) }
    let table = folder.appendingPathComponent("channel-vie.tsv")
    try Data("C\tá\n".utf8).write(to: table)
    #expect(throws: RestorerError.self) { try DiacriticRestorer(modelDirectory: folder) }
  }

  @Test func channelTableCountsMustBeWholeNumbers() throws {
    let folder = try shippedModel()
    defer { try? FileManager.default.removeItem(at: folder) }
    let table = folder.appendingPathComponent("channel-eng.tsv")
    // Sums of whole counts are exact in any order; a fraction would make them depend on it.
    try Data("C\ta\ta\t10\nC\ta\té\t2.5\n".utf8).write(to: table)
    #expect(loadFails(folder, naming: "channel-eng.tsv", reason: "line 2"))
  }

  @Test func theFirstCorruptTableIsNamedThoughTheyLoadSideBySide() throws {
    let folder = try shippedModel()
    defer { try? FileManager.default.removeItem(at: folder) }
    // The English table loads on another thread; the pooled one, read first when they were
    // read one after another, is still the one named.
    for name in ["channel-generic.tsv", "channel-eng.tsv"] {
      try Data("C\ta\n".utf8).write(to: folder.appendingPathComponent(name))
    }
    for _ in 0..<3 {
      #expect(loadFails(folder, naming: "channel-generic.tsv"))
    }
    try copyShipped("channel-generic.tsv", to: folder)
    #expect(loadFails(folder, naming: "channel-eng.tsv"))
  }

  @Test func anNGramTableBuiltOnAnotherCoreFailsBeforeAnyChannelTable() throws {
    let folder = try shippedModel()
    defer { try? FileManager.default.removeItem(at: folder) }
    // The trigram table is built while the channel tables load; an entry without a key still
    // fails the load, and the model, read first, is named before a corrupt channel table.
    let model = folder.appendingPathComponent("restorer-lm.bin")
    var bytes = try Data(contentsOf: model)
    // The header: an 8-byte magic, then 8-byte fields; the trigram section's offset is the 9th.
    let trigramOffset = bytes.withUnsafeBytes {
      Int($0.loadUnaligned(fromByteOffset: 8 + 8 * 8, as: UInt64.self))
    }
    bytes.replaceSubrange(trigramOffset..<trigramOffset + 8, with: Data(count: 8))
    try bytes.write(to: model)
    #expect(loadFails(folder, naming: "restorer-lm.bin", reason: "no key"))
    try Data("C\ta\n".utf8).write(to: folder.appendingPathComponent("channel-generic.tsv"))
    for _ in 0..<3 {
      #expect(loadFails(folder, naming: "restorer-lm.bin", reason: "no key"))
    }
  }

  @Test func builderSkipsHeldOutLines() throws {
    let folder = try scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    // Every line of heldout-correct.txt was held out of the real corpus (FNV-1a 64 mod 100
    // == 0 in Scripts/restorer/heldout.py); the Swift builder must skip them too. Lines
    // whose tone marks were re-placed have a new hash, so a few are read.
    let summary = try ModelBuilder().build(
      corpus: [RepositoryPaths.fixture("restorer/heldout-correct.txt")], lexicon: [],
      outputDirectory: folder)
    #expect(summary.heldOutLines >= 290)
    #expect(summary.trainingLines < 30)
  }

  @Test func builderWritesALoadableModel() throws {
    let folder = try scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try copyChannels(to: folder)
    let corpus = ["ocr-vie-truth.txt", "ocr-eng-truth.txt", "seed-dispatch-truth.txt"].map {
      RepositoryPaths.fixture("restorer/\($0)")
    }
    let summary = try ModelBuilder().build(corpus: corpus, lexicon: [], outputDirectory: folder)
    #expect(summary.trainingLines > 300)
    #expect(summary.trigrams > 3000)
    let restorer = try DiacriticRestorer(modelDirectory: folder)
    #expect(restorer.restore("cong tac cai cach hanh chinh").text == "công tác cải cách hành chính")
  }
}
