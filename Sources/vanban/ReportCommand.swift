import ArgumentParser
import Foundation
import VanBan

/// `vanban report --catalog PATH|URL`: counts, failures and record export from a batch catalogue,
/// and the fleet of workers of a PostgreSQL one.
struct ReportCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Summarise a catalogue, list its failed files, or export its records.",
    discussion: """
      text: counts of the documents read by type, issuer and year. json: every record as JSON \
      Lines; csv: every record as one CSV row (header first), for import into other systems. \
      With --failed: the files that failed and why, in the chosen format. A PostgreSQL \
      catalogue's text report ends with its fleet: the workers (host, process, last heartbeat, \
      what each did), the documents in flight and pages per minute; --fleet shows the fleet \
      alone, as text or JSON.
      """
  )

  enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, csv
  }

  @Option(
    help: ArgumentHelp(
      "The catalogue written by vanban batch: a SQLite file or a PostgreSQL URL (opened read-only).",
      valueName: "path|url"),
    completion: .file())
  var catalog: String

  @Flag(help: "List the files that failed, with their reasons.")
  var failed = false

  @Flag(help: "Show the workers of a PostgreSQL catalogue and the documents in flight.")
  var fleet = false

  @Option(help: "Output: text (counts), json (JSON Lines) or csv.")
  var format: OutputFormat = .text

  func validate() throws {
    if fleet && failed {
      throw ValidationError("--fleet and --failed show different lists; give one.")
    }
    if fleet && format == .csv { throw ValidationError("--fleet shows text or json.") }
  }

  func run() async throws {
    do {
      let catalogue = try await Catalogue.open(catalog, access: .readOnly)
      if fleet {
        let status = try await catalogue.fleet()
        if format == .text { FleetText.print(status) } else { print(try Self.jsonLine(status)) }
      } else if failed {
        try printFailures(try await catalogue.failures())
      } else if format == .text {
        printSummary(try await catalogue.summary())
        if catalogue.isShared {
          print("")
          FleetText.print(try await catalogue.fleet())
        }
      } else {
        try printRecords(try await catalogue.records())
      }
    } catch let error as CatalogueError {
      StandardError.print("vanban: \(error)")
      throw ExitCode.failure
    }
  }

  private func printSummary(_ summary: CatalogueSummary) {
    print("\(summary.documents) documents, \(summary.pages) pages, \(summary.failed) failed")
    for (title, counts) in [
      ("By type", summary.byType), ("By issuer", summary.byIssuer), ("By year", summary.byYear),
    ] {
      print("\n\(title):")
      for count in counts { print("  \(String(count.count).leftPadded(to: 6))  \(count.key)") }
    }
  }

  private func printFailures(_ failures: [FailedDocument]) throws {
    switch format {
    case .text:
      for failure in failures { print("\(failure.source)\t\(failure.kind)\t\(failure.error)") }
    case .json:
      for failure in failures { print(try Self.jsonLine(failure)) }
    case .csv:
      print(CSV.row(["source", "sha256", "kind", "error", "processed_at"]))
      for failure in failures {
        print(
          CSV.row([
            failure.source, failure.sha256, failure.kind, failure.error, failure.processedAt,
          ]))
      }
    }
  }

  private func printRecords(_ records: [CatalogueRecord]) throws {
    if format == .csv {
      print(CSV.row(CatalogueRecord.csvHeader))
      for record in records { print(CSV.row(record.csvRow)) }
    } else {
      for record in records { print(try Self.jsonLine(record)) }
    }
  }

  private static func jsonLine(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    String(repeating: " ", count: max(0, width - count)) + self
  }
}
