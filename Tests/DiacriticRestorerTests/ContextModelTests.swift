import DiacriticRestorer
import Foundation
import TestSupport
import Testing

/// The context network (`Dictionaries/restorer-context.bin`) that weighs the readings of a
/// word typed without diacritics by the words typed around it.
@Suite struct ContextModelTests {
  /// Words right of `truth` in `restorer`'s restoration of `input`, line by line.
  private func wordsRight(_ restorer: DiacriticRestorer, input: String, truth: String) -> Int {
    let output = restorer.restoredText(input).split(
      separator: "\n", omittingEmptySubsequences: false)
    let reference = truth.split(separator: "\n", omittingEmptySubsequences: false)
    return zip(output, reference).reduce(0) { sum, pair in
      sum + WordAlignment.score(reference: String(pair.1), hypothesis: String(pair.0)).correct
    }
  }

  /// A scratch folder holding copies of the shipped files a restorer needs, without the network.
  private func folderOfRequiredFiles() throws -> URL {
    let folder = TemporaryFolder.root.appendingPathComponent("dr-context-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for name in DiacriticRestorer.requiredFiles {
      try FileManager.default.copyItem(
        at: RepositoryPaths.dictionaries.appendingPathComponent(name),
        to: folder.appendingPathComponent(name))
    }
    return folder
  }

  @Test func theNetworkPutsMoreWordsTypedWithoutDiacriticsRight() throws {
    let restorer = try #require(SharedRestorer.instance)
    var without = RestorerConfiguration()
    without.contextWeight = 0
    let plain = try DiacriticRestorer(
      modelDirectory: RepositoryPaths.dictionaries, configuration: without)
    // Held-out general-domain lines: news, encyclopaedia and books, where the trigram model
    // alone gets about one word in twenty wrong.
    let input = try SharedRestorer.lines("heldout-general-stripped.txt", first: 300)
    let truth = try SharedRestorer.lines("heldout-general-correct.txt", first: 300)
    let with = wordsRight(restorer, input: input, truth: truth)
    let alone = wordsRight(plain, input: input, truth: truth)
    #expect(with >= alone + 10, "with the network \(with) words right, without \(alone)")
  }

  @Test func aModelDirectoryWithoutTheNetworkStillLoads() throws {
    let folder = try folderOfRequiredFiles()
    defer { try? FileManager.default.removeItem(at: folder) }
    let restorer = try DiacriticRestorer(modelDirectory: folder)
    #expect(restorer.restoredText("Ke hoach thuc hien") == "Kế hoạch thực hiện")
  }

  @Test func aCorruptOrTruncatedNetworkIsATypedErrorNamingIt() throws {
    let folder = try folderOfRequiredFiles()
    defer { try? FileManager.default.removeItem(at: folder) }
    let network = folder.appendingPathComponent("restorer-context.bin")
    let real = try Data(
      contentsOf: RepositoryPaths.dictionaries.appendingPathComponent("restorer-context.bin"))
    for broken in [Data("not a network".utf8), real.prefix(real.count - 2), real.prefix(40)] {
      try broken.write(to: network)
      do {
        _ = try DiacriticRestorer(modelDirectory: folder)
        Issue.record("a broken network (\(broken.count) bytes) must not load")
      } catch {
        guard case .corruptFile(let path, _) = error else { throw error }
        #expect(path == network.path)
      }
    }
  }
}
