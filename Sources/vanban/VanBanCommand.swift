import ArgumentParser

@main
struct VanBanCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(commandName: "vanban")
}
