extension Catalogue {
  /// Word confidence below which a word counts as doubtful in the page summary.
  package static let lowConfidence = 60.0

  /// The known fingerprints by path, so unchanged files need not be hashed again.
  package func fingerprints() async throws(CatalogueError) -> [String: FileFingerprint] {
    try await backend.fingerprints()
  }

  /// The state of every catalogued document, by content hash.
  package func statuses() async throws(CatalogueError) -> [String: CatalogueStatus] {
    try await backend.statuses()
  }

  /// Notes that an already catalogued content was found at `file.path` (a moved, renamed or
  /// duplicated file). The document's `source` moves there when its old path no longer exists.
  package func recordLocation(_ file: FileFingerprint) async throws(CatalogueError) {
    try await backend.recordLocation(file)
  }

  /// Records a read document and its pages, record and references in one transaction,
  /// replacing any earlier row for the same content.
  ///
  /// - Parameters:
  ///   - document: the document as read.
  ///   - file: where the content was found.
  ///   - aliases: other paths with the same content.
  ///   - seconds: the wall time the run spent on the document.
  package func record(
    _ document: DocumentResult, file: FileFingerprint, aliases: [FileFingerprint] = [],
    seconds: Double
  ) async throws(CatalogueError) {
    try await backend.record(
      CatalogueEntry(document: document, file: file, aliases: aliases, seconds: seconds))
  }

  /// Records a document that could not be read, with its reason, in one transaction.
  package func recordFailure(
    _ failure: DocumentFailure, file: FileFingerprint, aliases: [FileFingerprint] = []
  ) async throws(CatalogueError) {
    try await backend.record(CatalogueEntry(failure: failure, file: file, aliases: aliases))
  }
}
