import Foundation

/// Light documents that differ as real ones do: the head of a fixture dispatch (so the parser
/// finds a record) and fifteen lines drawn, by the document's number, from every fixture text
/// (dispatches, real-scan bodies, held-out legal text), so that words occur in some documents
/// and not others, at different rates — what ranking needs to be measured.
struct Corpus {
  let heads: [String]
  let lines: [String]

  init(repository: String) throws {
    let root = URL(fileURLWithPath: repository).appendingPathComponent("Fixtures")
    func texts(_ folder: String) throws -> [String] {
      let url = root.appendingPathComponent(folder)
      return try FileManager.default.contentsOfDirectory(atPath: url.path)
        .filter { $0.hasSuffix(".txt") }.sorted()
        .map { try String(contentsOf: url.appendingPathComponent($0), encoding: .utf8) }
    }
    let dispatches = try texts("dispatches")
    heads = dispatches.map { $0.split(separator: "\n").prefix(12).joined(separator: "\n") }
    let all = try dispatches + texts("realdocs/bodies") + texts("restorer")
    lines = all.flatMap { $0.split(separator: "\n").map(String.init) }
      .filter { $0.split(separator: " ").count >= 4 }
  }

  /// Document `index`: a dispatch head and fifteen lines, the same every run.
  func document(_ index: Int) -> String {
    var state = UInt64(index) &* 0x9E37_79B9_7F4A_7C15 &+ 1
    func next() -> Int {
      state ^= state << 13
      state ^= state >> 7
      state ^= state << 17
      return Int(state % UInt64(lines.count))
    }
    let body = (0..<15).map { _ in lines[next()] }
    return ([heads[index % heads.count]] + body + ["(bản \(index))"]).joined(separator: "\n")
  }
}
