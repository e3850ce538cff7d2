import Foundation

/// The temporary folder of this test process: tests write their files under it, and it is
/// removed with everything in it when the process exits, so runs leave nothing behind.
public enum TemporaryFolder {
  /// `vanban-tests-<pid>` under the system's temporary folder, made on first use.
  public static let root: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "vanban-tests-\(ProcessInfo.processInfo.processIdentifier)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    atexit { try? FileManager.default.removeItem(at: TemporaryFolder.root) }
    return url
  }()
}
