import Foundation

/// The files that hold one content: the first found is read, the others are recorded as its
/// other locations.
struct ContentGroup: Sendable {
  var primary: FileFingerprint
  var relativePath: String
  var aliases: [FileFingerprint]
}

/// What a run has to do, after comparing the archive with the catalogue.
struct BatchWork: Sendable {
  var counts: BatchPlan
  var pending: [ContentGroup]
  var pagesAlreadyDone: Int
  var skipped: [SkippedPath] = []
}

extension BatchRunner {
  /// Walks `roots`, fingerprints every file (re-using the catalogue's hash when size and
  /// modification time are unchanged) and sorts the contents into done, failed and pending.
  /// Hashing a large archive takes a while, so a `stop` requested meanwhile ends the run.
  func makePlan(_ roots: [String], stop: ScanStop?) async throws(BatchError) -> BatchWork {
    var excluded: Set<String> = [catalogue.path, catalogue.path + "-wal", catalogue.path + "-shm"]
    if let folder = options.outputFolder { excluded.insert(folder) }
    let listing = try ArchiveWalker(excluded: excluded).listing(under: roots)
    let files = listing.files
    let outputPaths = try options.outputFolder.map { output throws(BatchError) in
      try OutputTree.relativePaths(for: files, roots: roots, output: output)
    }
    let known: [String: FileFingerprint]
    let statuses: [String: CatalogueStatus]
    do {
      known = try await catalogue.fingerprints()
      statuses = try await catalogue.statuses()
    } catch { throw .catalogue(error) }

    var groups: [ContentGroup] = []
    var groupIndex: [String: Int] = [:]
    for (index, file) in files.enumerated() {
      if stop?.isRequested == true { throw .interruptedBeforeReading }
      let fingerprint = Self.fingerprint(
        file.path, known: options.verify ? nil : known[file.path])
      if let index = groupIndex[fingerprint.sha256] {
        groups[index].aliases.append(fingerprint)
      } else {
        groupIndex[fingerprint.sha256] = groups.count
        groups.append(
          ContentGroup(
            primary: fingerprint, relativePath: outputPaths?[index] ?? file.relativePath,
            aliases: []))
      }
    }

    var work = BatchWork(
      counts: BatchPlan(
        files: files.count, documents: groups.count, pending: 0, alreadyDone: 0, alreadyFailed: 0),
      pending: [], pagesAlreadyDone: 0)
    for group in groups {
      guard let status = statuses[group.primary.sha256],
        status.state == .done || !options.retryFailed
      else {
        work.pending.append(group)
        continue
      }
      if status.state == .done {
        work.counts.alreadyDone += 1
        work.pagesAlreadyDone += status.pageCount
      } else {
        work.counts.alreadyFailed += 1
      }
      // Moved, renamed or copied since it was catalogued: remember where it is now.
      for file in [group.primary] + group.aliases where known[file.path] != file {
        do { try await catalogue.recordLocation(file) } catch { throw .catalogue(error) }
      }
    }
    work.counts.pending = work.pending.count
    try await recordSkipped(listing.skipped, known: known, statuses: statuses)
    work.skipped = listing.skipped
    work.counts.skipped = listing.skipped.count
    return work
  }

  /// The file's fingerprint; the hash is only computed when size or modification time changed.
  /// An unreadable file gets a hash of its path, so it is still recorded (and fails when read).
  static func fingerprint(_ path: String, known: FileFingerprint?) -> FileFingerprint {
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    let size = (attributes?[.size] as? NSNumber)?.int64Value ?? 0
    let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
    if let known, known.size == size, known.modified == modified { return known }
    let sha256 =
      (try? ContentHash.sha256(ofFileAt: path))
      ?? ContentHash.sha256(of: Array("unreadable:\(path)".utf8))
    return FileFingerprint(path: path, sha256: sha256, size: size, modified: modified)
  }
}
