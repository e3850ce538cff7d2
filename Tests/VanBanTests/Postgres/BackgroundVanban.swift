import Foundation
import TestSupport

/// A `vanban` process (or another program) running beside the test, its output going to files,
/// so that several can run at once and one can be killed.
final class BackgroundVanban: Sendable {
  let process: Process
  private let stdoutPath: URL
  private let stderrPath: URL

  /// Starts `vanban arguments`, writing its output under `folder` as `name`.out and `name`.err.
  convenience init(_ arguments: [String], folder: URL, name: String) throws {
    try self.init(
      CommandRunner.productsDirectory.appendingPathComponent("vanban").path, arguments,
      folder: folder, name: name)
  }

  /// Starts `executable` with `arguments`, writing its output under `folder` as `name`.out and
  /// `name`.err.
  init(_ executable: String, _ arguments: [String], folder: URL, name: String) throws {
    process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    stdoutPath = folder.appendingPathComponent(name + ".out")
    stderrPath = folder.appendingPathComponent(name + ".err")
    try Data().write(to: stdoutPath)
    try Data().write(to: stderrPath)
    process.standardOutput = try FileHandle(forWritingTo: stdoutPath)
    process.standardError = try FileHandle(forWritingTo: stderrPath)
    process.standardInput = FileHandle.nullDevice
    try process.run()
  }

  /// The process id.
  var pid: Int32 { process.processIdentifier }

  /// Waits for the process to end (without blocking a thread) and returns what it printed.
  func wait(timeout: Double = 600) async throws -> RunOutput {
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning {
      if Date() > deadline {
        process.terminate()
        break
      }
      try await Task.sleep(for: .milliseconds(100))
    }
    process.waitUntilExit()
    return RunOutput(
      stdout: try String(contentsOf: stdoutPath, encoding: .utf8),
      stderr: try String(contentsOf: stderrPath, encoding: .utf8),
      status: process.terminationStatus)
  }
}

extension RunOutput {
  /// The documents a batch run reported, one per "[n] …" line: the path read, or the path of
  /// the failure.
  var reportedDocuments: [String] {
    stderr.split(separator: "\n").filter { $0.hasPrefix("[") }.compactMap { line in
      guard let close = line.firstIndex(of: "]") else { return nil }
      var rest = line[line.index(close, offsetBy: 2)...]
      if rest.hasPrefix("failed: ") { rest = rest.dropFirst("failed: ".count) }
      return rest.split(separator: ":").first.map(String.init)
    }
  }
}
