import DiacriticRestorer
import DispatchParser
import Foundation

/// Restores many text files — an archive's earlier OCR output, say — each into a file of the
/// same name under an output folder that mirrors the input tree, several files at a time.
///
/// Each file is one document: it is restored with its own document cache and second reading,
/// never with another file's (what one dispatch vouches for says nothing of the next), so the
/// text written is the text `vanban restore FILE` writes. Files are read and written in blocks
/// of whole paragraphs (see ``TextInput``), so any size fits in memory, and written under a
/// temporary name then renamed: a run killed half-way leaves every output whole or absent, and
/// the same run started again restores only the files whose output is missing or older than
/// the file. A file that is not text or cannot be read is reported and left out; the others
/// go on.
///
/// ```swift
/// let folder = TextFolderRestorer(restorer: try DiacriticRestorer.bundled())
/// let summary = try await folder.restore(["ocr-text"], into: "restored") { outcome in
///   print(outcome)  // "ocr-text/2019/12.txt → restored/2019/12.txt (1204 words)"
/// }
/// ```
public struct TextFolderRestorer: Sendable {
  /// The restorer every file goes through.
  public var restorer: DiacriticRestorer
  /// How many files are restored at once.
  public var jobs: Int
  /// Whether each file's list of changes (``ChangeReport``) is written beside its output, as
  /// `NAME.changes.txt`.
  public var writesChanges: Bool
  /// Whether files whose output is newer than the file are restored again.
  public var restoresUpToDate: Bool
  /// Whether each file's record — what `vanban parse` prints for it: the restored text parsed,
  /// the text as read for the lines restoration garbles — is written beside its output, as
  /// `NAME.json`. A file larger than ``TextInput/dispatchLimit``, more than a dispatch holds,
  /// gets none, with a note.
  public var writesRecords = false

  /// A restorer of folders through `restorer`, `jobs` files at a time.
  public init(
    restorer: DiacriticRestorer, jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
    writesChanges: Bool = false, restoresUpToDate: Bool = false
  ) {
    self.restorer = restorer
    self.jobs = max(1, jobs)
    self.writesChanges = writesChanges
    self.restoresUpToDate = restoresUpToDate
  }

  /// Restores every file under `inputs` (files, or folders walked as `vanban batch` walks
  /// them: hidden files left out, links followed once) into `folder`, calling `report` with
  /// each file's outcome as it is done, from any thread.
  ///
  /// With one input the output mirrors its tree (`in/a/b.txt` → `folder/a/b.txt`); with
  /// several, each folder's tree goes under the folder's name. Once `stop` is requested no
  /// new file is started; the files being restored are finished and written, and the others
  /// are counted in ``TextFolderSummary/notStarted`` (the same call later restores them).
  /// - Throws: ``BatchError`` before anything is read: an input that does not exist, `folder`
  ///   among the inputs or not writable, two files that would be written to one path.
  public func restore(
    _ inputs: [String], into folder: String, stop: ScanStop? = nil,
    report: @escaping @Sendable (TextFileOutcome) -> Void = { _ in }
  ) async throws(BatchError) -> TextFolderSummary {
    let listing = try ArchiveWalker(excluded: [folder]).listing(under: inputs)
    let relativePaths = try OutputTree.relativePaths(
      for: listing.files, roots: inputs, output: folder)
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw .outputNotWritable(path: folder, reason: error.localizedDescription)
    }
    let tally = Tally()
    for skipped in listing.skipped {
      let outcome = TextFileOutcome(source: skipped.path, status: .skipped(skipped))
      report(outcome)
      await tally.add(outcome)
    }
    let work = FileQueue(Array(zip(listing.files, relativePaths)))
    let writer = self
    await withTaskGroup(of: Void.self) { group in
      for _ in 0..<min(jobs, max(1, listing.files.count)) {
        group.addTask {
          while !Task.isCancelled, stop?.isRequested != true,
            let (file, relative) = await work.next()
          {
            let output = (folder as NSString).appendingPathComponent(relative)
            let outcome = writer.restore(file.path, to: output)
            report(outcome)
            await tally.add(outcome)
          }
        }
      }
    }
    var summary = await tally.summary
    summary.notStarted = await work.left
    return summary
  }

  /// Restores the file at `source` into `output`, unless `output` is up to date.
  func restore(_ source: String, to output: String) -> TextFileOutcome {
    if let sourceIdentity = FileIdentity(path: source), FileIdentity(path: output) == sourceIdentity
    {
      return TextFileOutcome(
        source: source,
        status: .failed(
          "its output would be the file itself; give --out a folder outside the input"))
    }
    let changesPath = output + ".changes.txt"
    let recordPath = output + ".json"
    if !restoresUpToDate,
      Self.isNewer(output, than: source),
      !writesChanges || Self.isNewer(changesPath, than: source),
      !writesRecords || Self.isNewer(recordPath, than: source)
    {
      return TextFileOutcome(source: source, output: output, status: .upToDate)
    }
    var outcome = TextFileOutcome(source: source, output: output, status: .restored)
    let textFile = PartialFile(final: output)
    let changesFile = writesChanges ? PartialFile(final: changesPath) : nil
    let recordFile = writesRecords ? PartialFile(final: recordPath) : nil
    // The text as read and as restored, kept for the record while a dispatch's size.
    var dispatch: (read: String, restored: String)? = writesRecords ? ("", "") : nil
    do {
      var input = try TextInput(path: source)
      try textFile.open()
      try changesFile?.open()
      while let block = try input.nextBlock() {
        outcome.notes += block.notes
        outcome.words += Self.wordCount(block.text)
        let restored: String
        if let changesFile {
          let result = restorer.restore(block)
          outcome.changes += result.changes.count
          restored = result.text
          try changesFile.write(ChangeReport.lines(result.changes))
        } else {
          restored = restorer.restoredText(block.text)
        }
        try textFile.write(restored)
        if dispatch != nil {
          dispatch?.read += block.text
          dispatch?.restored += restored
          if input.bytesRead > TextInput.dispatchLimit { dispatch = nil }
        }
      }
      try textFile.commit()
      try changesFile?.commit()
      if let recordFile {
        if let dispatch {
          try recordFile.open()
          try recordFile.write(
            try Self.json(DispatchParser().parse(dispatch.restored, unrestored: dispatch.read)))
          try recordFile.commit()
        } else {
          outcome.notes.append(
            "\(source): larger than \(TextInput.byteCount(TextInput.dispatchLimit)), more than a dispatch holds: no record written"
          )
        }
      }
      return outcome
    } catch {
      textFile.discard()
      changesFile?.discard()
      recordFile?.discard()
      return TextFileOutcome(
        source: source, status: .failed(Self.reason(error, source: source)))
    }
  }

  /// A record as `vanban parse` prints it: pretty, keys sorted, and a final line feed.
  static func json(_ record: DispatchRecord) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(record), as: UTF8.self) + "\n"
  }

  /// What went wrong, without the path the outcome names already.
  private static func reason(_ error: any Error, source: String) -> String {
    let text = "\(error)"
    for prefix in [source + ": ", source + " "] where text.hasPrefix(prefix) {
      return String(text.dropFirst(prefix.count))
    }
    return text
  }

  /// Whether `path` exists and was modified no earlier than `source`.
  static func isNewer(_ path: String, than source: String) -> Bool {
    var target = stat()
    var origin = stat()
    guard stat(path, &target) == 0, stat(source, &origin) == 0 else { return false }
    return (target.st_mtim.tv_sec, target.st_mtim.tv_nsec)
      >= (origin.st_mtim.tv_sec, origin.st_mtim.tv_nsec)
  }

  /// Runs of characters between whitespace.
  static func wordCount(_ text: String) -> Int {
    var count = 0
    var inWord = false
    for byte in text.utf8 {
      let space = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
      if !space, !inWord { count += 1 }
      inWord = !space
    }
    return count
  }
}

/// Hands out the files of a run, one at a time, to whichever worker asks.
private actor FileQueue {
  private let files: [(ArchiveFile, String)]
  private var position = 0

  init(_ files: [(ArchiveFile, String)]) { self.files = files }

  func next() -> (ArchiveFile, String)? {
    guard position < files.count else { return nil }
    defer { position += 1 }
    return files[position]
  }

  /// The files not handed out.
  var left: Int { files.count - position }
}

/// The outcomes of a run, counted.
private actor Tally {
  private(set) var summary = TextFolderSummary()

  func add(_ outcome: TextFileOutcome) { summary.add(outcome) }
}
