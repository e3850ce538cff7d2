import Foundation

extension BatchRunner {
  /// Records each skipped path in the catalogue as a failed entry with its reason, so that
  /// `vanban report --failed` lists it; one already recorded with the same reason is left as it
  /// is. The entry is keyed by a hash of the path and the reason, not of content (it was not
  /// read), so a FIFO later replaced by a regular file is read as a new document.
  func recordSkipped(
    _ skipped: [SkippedPath], known: [String: FileFingerprint],
    statuses: [String: CatalogueStatus]
  ) async throws(BatchError) {
    for entry in skipped {
      let file = FileFingerprint(
        path: entry.path,
        sha256: ContentHash.sha256(of: Array("skipped:\(entry.description)".utf8)), size: 0,
        modified: 0)
      guard statuses[file.sha256] == nil || known[entry.path] != file else { continue }
      do { try await catalogue.recordFailure(entry.failure, file: file) } catch {
        throw .catalogue(error)
      }
    }
  }
}
