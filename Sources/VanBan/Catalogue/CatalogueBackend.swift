/// A database that holds a catalogue: SQLite (``SQLiteCatalogue``) or PostgreSQL
/// (``PostgresCatalogue``). ``Catalogue`` forwards to one, so that batch runs, search, reports
/// and copies do not care which.
///
/// Every method maps its database's errors to ``CatalogueError``; each write is one transaction.
protocol CatalogueBackend: Sendable {
  /// The known fingerprints by path, so unchanged files need not be hashed again.
  func fingerprints() async throws(CatalogueError) -> [String: FileFingerprint]
  /// The state of every catalogued document, by content hash.
  func statuses() async throws(CatalogueError) -> [String: CatalogueStatus]
  /// Notes that an already catalogued content was found at `file.path`.
  func recordLocation(_ file: FileFingerprint) async throws(CatalogueError)
  /// Writes `entry` in one transaction, replacing any earlier row for the same content.
  func record(_ entry: CatalogueEntry) async throws(CatalogueError)
  /// Notes the start of a batch run; returns its id.
  func beginRun() async throws(CatalogueError) -> Int64
  /// Notes the end of run `id`.
  func finishRun(_ id: Int64, summary: BatchSummary) async throws(CatalogueError)

  /// The documents matching `query`, best first (FTS5's BM25 order and score).
  func search(_ query: SearchQuery, filters: SearchFilters) async throws(CatalogueError)
    -> [SearchHit]
  /// Counts by type, issuer and year.
  func summary() async throws(CatalogueError) -> CatalogueSummary
  /// The failed documents, by path.
  func failures() async throws(CatalogueError) -> [FailedDocument]
  /// The documents read, by path.
  func records() async throws(CatalogueError) -> [CatalogueRecord]
  /// Rows per table.
  func rowCounts() async throws(CatalogueError) -> [String: Int]

  /// Up to `limit` entries whose row id is above `id`, in id order, with their ids.
  func entries(after id: Int64, limit: Int) async throws(CatalogueError) -> [(
    id: Int64, entry: CatalogueEntry
  )]
  /// Writes copied entries, several per transaction.
  func insert(_ entries: [CatalogueEntry]) async throws(CatalogueError)

  /// The shared work queue of a catalogue that is one (PostgreSQL); `nil` for SQLite.
  var queue: PostgresQueue? { get }
  /// Releases the connections.
  func close() async
}
