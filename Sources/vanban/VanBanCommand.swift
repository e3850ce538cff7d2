import ArgumentParser

/// `vanban`: reads scanned Vietnamese official documents into clean text and records.
@main
struct VanBanCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "vanban",
    abstract: "Read scanned Vietnamese official documents into clean text and structured records.",
    subcommands: [
      ScanCommand.self, RestoreCommand.self, ParseCommand.self, ModelCommand.self,
      BatchCommand.self, SearchCommand.self,
      ReportCommand.self, CopyCommand.self,
    ]
  )
}
