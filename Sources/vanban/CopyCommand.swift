import ArgumentParser
import Foundation
import VanBan

/// `vanban copy FROM TO`: copies a catalogue into another, SQLite or PostgreSQL either way.
struct CopyCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "copy",
    abstract: "Copy a catalogue into another: SQLite to PostgreSQL, or back.",
    usage: """
      vanban copy archive.sqlite postgres://vanban@db.local/archive
      vanban copy postgres://vanban@db.local/archive archive.sqlite
      """,
    discussion: """
      Copies every document — read or failed — with its locations, pages, references, record and \
      times; the search index is rebuilt from the same text, so both answer searches alike. The \
      source is opened read-only; the target is created when missing, and a document already \
      there is replaced. A PostgreSQL target then serves as the queue of a fleet: vanban batch \
      over the same folders reads nothing already copied. Exit status: 0 copied, 1 on an error.
      """
  )

  @Argument(help: ArgumentHelp("The catalogue to copy.", valueName: "from"))
  var source: String

  @Argument(help: ArgumentHelp("The catalogue to copy into.", valueName: "to"))
  var target: String

  func validate() throws {
    if source == target { throw ValidationError("Give two different catalogues.") }
  }

  func run() async throws {
    do {
      let from = try await Catalogue.open(source, access: .readOnly)
      let to = try await Catalogue.open(target, access: .readWrite)
      let live = isatty(STDERR_FILENO) == 1
      let copied = try await from.copy(to: to) { count in
        if live { StandardError.write("\r\u{1B}[Kcopied \(count) documents") }
      }
      if live { StandardError.write("\n") }
      let counts = try await to.rowCounts()
      print(
        "\(copied) documents copied from \(from.path) to \(to.path) (\(counts["documents"] ?? 0) there now)"
      )
      await from.close()
      await to.close()
    } catch {
      StandardError.print("vanban: \(error)")
      throw ExitCode.failure
    }
  }
}
