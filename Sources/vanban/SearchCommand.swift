import ArgumentParser
import Foundation
import VanBan

/// `vanban search QUERY --catalog PATH`: full-text search over a batch catalogue.
struct SearchCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "search",
    abstract: "Search the documents of a catalogue, with or without accents.",
    discussion: """
      Every word must occur; "cai cach hanh chinh" and "cải cách" both find "cải cách hành \
      chính", and a symbol such as 365/BC-UBND finds that document. Best match first. Exit \
      status: 0 with hits, 1 with none or on an error.
      """
  )

  enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @Argument(help: "Words to search for (accents optional), or a document symbol.")
  var query: [String] = []

  @Option(
    help: ArgumentHelp(
      "The catalogue written by vanban batch: a SQLite file or a PostgreSQL URL (opened read-only).",
      valueName: "path|url"),
    completion: .file())
  var catalog: String

  @Option(help: "Only this document type code (BC, CV, QĐ, KH, TB…).")
  var type: String?

  @Option(help: "Only documents whose issuer contains these words.")
  var issuer: String?

  @Option(help: "Only documents signed in this year.")
  var year: Int?

  @Option(help: "At most this many results.")
  var limit = 20

  @Option(help: "Output: text, or json (one JSON object per line).")
  var format: OutputFormat = .text

  func validate() throws {
    if query.isEmpty { throw ValidationError("Give words to search for.") }
    if limit < 1 { throw ValidationError("--limit must be at least 1.") }
  }

  func run() async throws {
    let hits: [SearchHit]
    do {
      let catalogue = try await Catalogue.open(catalog, access: .readOnly)
      let filters = SearchFilters(typeCode: type, issuer: issuer, year: year, limit: limit)
      hits = try await catalogue.search(query.joined(separator: " "), filters: filters)
    } catch {
      StandardError.print("vanban: \(error)")
      throw ExitCode.failure
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
    for (rank, hit) in hits.enumerated() {
      switch format {
      case .json:
        print(String(decoding: try encoder.encode(hit), as: UTF8.self))
      case .text:
        let fields = [hit.symbol, hit.date, hit.documentType, hit.issuer].compactMap { $0 }.joined(
          separator: " · ")
        print(
          "\(rank + 1). \(hit.source)\(fields.isEmpty ? "" : "\n   \(fields)")\n   \(hit.snippet)")
      }
    }
    if hits.isEmpty {
      StandardError.print("vanban: no document matches \"\(query.joined(separator: " "))\"")
      throw ExitCode.failure
    }
  }
}
