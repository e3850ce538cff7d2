import Foundation
import Synchronization

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

  /// Runs `vanban` with `arguments`, feeding `input` on stdin when given (or the file at
  /// `inputFile`, such as `/dev/zero`). With a `timeout`, a run still going after that many
  /// seconds is killed and reported with status -1, so a hang fails a test instead of stalling it.
  /// - Parameters:
  ///   - executable: another copy of the executable (an installed one); default the built one.
  ///   - environment: variables to set or, with `nil` values, remove.
  ///   - launcher: a command that runs the executable (such as `/usr/bin/time -v`).
  public static func vanban(
    _ arguments: [String], input: Data? = nil, inputFile: String? = nil,
    timeout: TimeInterval? = nil, launcher: [String] = [], executable: URL? = nil,
    environment: [String: String?] = [:]
  ) throws -> Output {
    let process = Process()
    let executable = executable ?? productsDirectory.appendingPathComponent("vanban")
    if let tool = launcher.first {
      process.executableURL = URL(fileURLWithPath: tool)
      process.arguments = Array(launcher.dropFirst()) + [executable.path] + arguments
    } else {
      process.executableURL = executable
      process.arguments = arguments
    }
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
    if let inputFile {
      process.standardInput = FileHandle(forReadingAtPath: inputFile)
    } else {
      process.standardInput = stdin
    }
    try process.run()
    let killed = Killed()
    if let timeout {
      DispatchQueue.global().asyncAfter(deadline: .now() + timeout) {
        if process.isRunning {
          killed.set()
          process.terminate()
        }
      }
    }
    if inputFile == nil {
      if let input { stdin.fileHandleForWriting.write(input) }
      try stdin.fileHandleForWriting.close()
    }
    // Read both pipes before waiting, so a large output cannot fill a pipe and stall the child.
    let outData = stdout.fileHandleForReading.readDataToEndOfFile()
    let errData = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Output(
      stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self),
      status: killed.value ? -1 : process.terminationStatus)
  }

  /// Whether a run was killed for taking too long.
  private final class Killed: Sendable {
    private let killed = Mutex(false)
    var value: Bool { killed.withLock { $0 } }
    func set() { killed.withLock { $0 = true } }
  }
}
