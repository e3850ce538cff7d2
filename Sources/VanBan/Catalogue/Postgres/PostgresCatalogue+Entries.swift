import PostgresNIO

extension PostgresCatalogue {
  func entries(after id: Int64, limit: Int) async throws(CatalogueError) -> [(
    id: Int64, entry: CatalogueEntry
  )] {
    let rows = try await session.rows(
      """
      SELECT id, sha256, source, size, status, processed_at, format, failure_kind, error, page_count, seconds,
        text, raw_text, record_json, mean_confidence, type_code, type_name, number, symbol, date, year, place,
        issuer, issuer_folded, issuer_parent, subject, signer_authority, signer_on_behalf_of, signer_title,
        signer_name, search_vector IS NOT NULL AS searchable
      FROM documents WHERE id > \(id) ORDER BY id LIMIT \(limit)
      """)
    var result: [(id: Int64, entry: CatalogueEntry)] = []
    for row in rows {
      do {
        let row = row.makeRandomAccess()
        let id: Int64 = try row.value("id")
        let sha256: String = try row.value("sha256")
        let source: String = try row.value("source")
        var entry = CatalogueEntry(
          sha256: sha256, source: source, size: try row.value("size"),
          status: CatalogueStatus.State(rawValue: try row.value("status")) ?? .failed,
          processedAt: try row.value("processed_at") as String, locations: [])
        entry.format = try row.value("format")
        entry.failureKind = try row.value("failure_kind")
        entry.error = try row.value("error")
        entry.pageCount = try row.value("page_count")
        entry.seconds = try row.value("seconds")
        entry.text = try row.value("text")
        entry.rawText = try row.value("raw_text")
        entry.recordJSON = try row.value("record_json")
        entry.meanConfidence = try row.value("mean_confidence")
        entry.fields = CatalogueEntry.Fields(
          typeCode: try row.value("type_code"), typeName: try row.value("type_name"),
          number: try row.value("number"), symbol: try row.value("symbol"),
          date: try row.value("date"), year: try row.value("year"), place: try row.value("place"),
          issuer: try row.value("issuer"), issuerFolded: try row.value("issuer_folded"),
          issuerParent: try row.value("issuer_parent"), subject: try row.value("subject"),
          signerAuthority: try row.value("signer_authority"),
          signerOnBehalfOf: try row.value("signer_on_behalf_of"),
          signerTitle: try row.value("signer_title"), signerName: try row.value("signer_name"))
        if try row.value("searchable", as: Bool.self) { entry.search = SearchText() }
        result.append((id, entry))
      } catch {
        throw .databaseFailed(path: path, reason: PostgresSession.reason(error))
      }
    }
    guard let first = result.first?.id, let last = result.last?.id else { return result }
    let range = "d.id BETWEEN \(first) AND \(last)"
    var locations: [Int64: [FileFingerprint]] = [:]
    for row in try await session.rows(
      PostgresQuery(
        unsafeSQL: """
          SELECT s.document_id, s.path, s.size, s.modified, d.sha256 FROM sources s JOIN documents d ON d.id = s.document_id
          WHERE \(range) ORDER BY s.path COLLATE "C"
          """))
    {
      let (id, path, size, modified, sha256) = try decode(
        row, as: (Int64, String, Int64, Double, String).self)
      locations[id, default: []].append(
        FileFingerprint(path: path, sha256: sha256, size: size, modified: modified))
    }
    var pages: [Int64: [PageSummary]] = [:]
    for row in try await session.rows(
      PostgresQuery(
        unsafeSQL: """
          SELECT p.document_id, p.number, p.text, p.raw_text, p.width, p.height, p.word_count, p.mean_confidence,
            p.min_confidence, p.low_confidence_words FROM pages p JOIN documents d ON d.id = p.document_id
          WHERE \(range) ORDER BY p.document_id, p.number
          """))
    {
      let page = try decode(
        row, as: (Int64, Int, String, String, Int, Int, Int, Double, Double, Int).self)
      pages[page.0, default: []].append(
        PageSummary(
          number: page.1, text: page.2, rawText: page.3, width: page.4, height: page.5,
          wordCount: page.6, meanConfidence: page.7, minConfidence: page.8,
          lowConfidenceWords: page.9))
    }
    var references: [Int64: [CatalogueEntry.ReferenceRow]] = [:]
    for row in try await session.rows(
      PostgresQuery(
        unsafeSQL: """
          SELECT r.document_id, r.kind, r.type_code, r.number, r.symbol, r.date, r.issuer, r.subject
          FROM document_references r JOIN documents d ON d.id = r.document_id
          WHERE \(range) ORDER BY r.document_id, r.position
          """))
    {
      let reference = try decode(
        row, as: (Int64, String?, String?, String?, String?, String?, String?, String?).self)
      references[reference.0, default: []].append(
        CatalogueEntry.ReferenceRow(
          kind: reference.1, typeCode: reference.2, number: reference.3, symbol: reference.4,
          date: reference.5, issuer: reference.6, subject: reference.7))
    }
    return result.map { id, entry in
      var entry = entry
      let found = locations[id] ?? []
      entry.locations =
        found.filter { $0.path == entry.source } + found.filter { $0.path != entry.source }
      entry.pages = pages[id] ?? []
      entry.references = references[id] ?? []
      if entry.search != nil {
        entry.search = SearchText(
          fields: entry.fields, references: entry.references, text: entry.text ?? "")
      }
      return (id, entry)
    }
  }
}
