extension Catalogue {
  /// Notes the start of a batch run; returns its id for ``finishRun(_:summary:)``.
  package func beginRun() async throws(CatalogueError) -> Int64 {
    try await backend.beginRun()
  }

  /// Notes the end of run `id` with what it did, so the catalogue keeps a log of its runs.
  package func finishRun(_ id: Int64, summary: BatchSummary) async throws(CatalogueError) {
    try await backend.finishRun(id, summary: summary)
  }
}
