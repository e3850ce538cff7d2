/// What ``TextFolderRestorer`` did with one file.
public struct TextFileOutcome: Sendable, Hashable, CustomStringConvertible {
  /// What became of the file.
  public enum Status: Sendable, Hashable {
    /// Restored and written.
    case restored
    /// Left alone: its output is newer than it (a run before wrote it).
    case upToDate
    /// Not restored; the message says why (not text, unreadable, output not writable). The
    /// files before and after it are restored all the same.
    case failed(String)
    /// Not opened: not a regular file, or a folder that cannot be listed.
    case skipped(SkippedPath)
  }

  /// The file as found under the inputs.
  public var source: String
  /// The restored file's path; nil when nothing was written.
  public var output: String?
  /// What became of the file.
  public var status: Status
  /// Words read (runs of characters between spaces), when restored.
  public var words = 0
  /// Words changed, when the list of changes was written.
  public var changes = 0
  /// Notes on the input: legacy text converted, a line too long restored in pieces.
  public var notes: [String] = []

  /// An outcome from its parts.
  public init(source: String, output: String? = nil, status: Status) {
    self.source = source
    self.output = output
    self.status = status
  }

  /// One line: "in/a.txt → out/a.txt (1,204 words)", "in/b.png: not restored: …".
  public var description: String {
    switch status {
    case .restored: "\(source) → \(output ?? "?") (\(words) words)"
    case .upToDate: "\(source): up to date (\(output ?? "?") is newer)"
    case .failed(let message): "\(source): not restored: \(message)"
    case .skipped(let skipped): skipped.description
    }
  }
}

/// The files of one ``TextFolderRestorer`` run, counted by what became of them.
public struct TextFolderSummary: Sendable, Hashable {
  /// Files restored and written.
  public var restored = 0
  /// Files left alone because their output was newer.
  public var upToDate = 0
  /// Files that could not be restored.
  public var failed = 0
  /// Paths not opened (not regular files, unreadable folders).
  public var skipped = 0
  /// Files not started because the run was asked to stop.
  public var notStarted = 0
  /// Words read in the files restored.
  public var words = 0

  /// An empty summary.
  public init() {}

  /// Counts `outcome` in.
  public mutating func add(_ outcome: TextFileOutcome) {
    switch outcome.status {
    case .restored:
      restored += 1
      words += outcome.words
    case .upToDate: upToDate += 1
    case .failed: failed += 1
    case .skipped: skipped += 1
    }
  }

  /// All the files and paths met.
  public var total: Int { restored + upToDate + failed + skipped + notStarted }
}
