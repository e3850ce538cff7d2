import Foundation

/// Runs the built `vanban` executable the way a user does, capturing its output.
public enum CommandRunner {
  /// What one run printed and how it exited.
  public struct Output: Sendable {
    /// Standard output.
    public var stdout: String
    /// Standard error.
    public var stderr: String
    /// Exit status.
    public var status: Int32
  }

  /// The folder SwiftPM built the products into (the test bundle's folder).
  public static var productsDirectory: URL {
    let candidates = [
      Bundle.main.bundleURL,
      Bundle.main.bundleURL.deletingLastPathComponent(),
      URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
    ]
    return candidates.first {
      FileManager.default.isExecutableFile(atPath: $0.appendingPathComponent("vanban").path)
    }
      ?? Bundle.main.bundleURL
  }

  /// Runs `vanban` with `arguments`, feeding `input` on stdin when given.
  /// - Parameters:
  ///   - executable: another copy of the executable (an installed one); default the built one.
  ///   - environment: variables to set or, with `nil` values, remove.
  public static func vanban(
    _ arguments: [String], input: Data? = nil, executable: URL? = nil,
    environment: [String: String?] = [:]
  ) throws -> Output {
    let process = Process()
    process.executableURL = executable ?? productsDirectory.appendingPathComponent("vanban")
    process.arguments = arguments
    if !environment.isEmpty {
      var variables = ProcessInfo.processInfo.environment
      for (name, value) in environment { variables[name] = value }
      process.environment = variables
    }
    let stdout = Pipe()
    let stderr = Pipe()
    let stdin = Pipe()
    process.standardOutput = stdout
    process.standardError = stderr
    process.standardInput = stdin
    try process.run()
    if let input { stdin.fileHandleForWriting.write(input) }
    try stdin.fileHandleForWriting.close()
    // Read both pipes before waiting, so a large output cannot fill a pipe and stall the child.
    let outData = stdout.fileHandleForReading.readDataToEndOfFile()
    let errData = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Output(
      stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self),
      status: process.terminationStatus)
  }
}
