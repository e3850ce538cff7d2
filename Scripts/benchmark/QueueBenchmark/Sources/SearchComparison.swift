import Foundation
import Logging
import PostgresNIO
import VanBan

/// Search at scale on the benchmark's catalogue: the fixed queries on PostgreSQL and on the same
/// catalogue copied to SQLite (top ten compared, and timed), then what PostgreSQL's own tools
/// would rank first instead — `unaccent` with full-text search (`ts_rank_cd`), and `pg_trgm`
/// (`word_similarity`) — as overlap with SQLite's top ten.
enum SearchComparison {
  static let queries = [
    "cong van", "ubnd tinh", "chuyen doi so", "quyết định", "hình phạt", "giá điện",
    "đất đai", "văn thư lưu trữ", "an ninh kinh te", "ke hoach", "thong bao ket luan",
    "bảo hiểm xã hội", "giáo dục", "nghị định", "tài nguyên môi trường", "365/BC-UBND",
  ]

  static func run(_ postgres: Catalogue, url: String, folder: URL) async throws {
    let path = folder.appendingPathComponent("copy.sqlite").path
    let sqlite = try Catalogue(path: path)
    let copyStart = ContinuousClock.now
    try await postgres.copy(to: sqlite)
    say("copied to SQLite in \(ContinuousClock.now - copyStart)")
    let location = try PostgresLocation(url: url)
    let logger = Logger(label: "bench") { _ in SwiftLogNoOpLogHandler() }
    let connection = try await PostgresConnection.connect(
      configuration: .init(
        host: location.host, port: location.port, username: location.user,
        password: location.password, database: location.database, tls: .disable),
      id: 9, logger: logger)
    try await connection.query("CREATE EXTENSION IF NOT EXISTS unaccent", logger: logger)
    try await connection.query("CREATE EXTENSION IF NOT EXISTS pg_trgm", logger: logger)

    var same = 0
    var unaccentOverlap = 0.0
    var trigramOverlap = 0.0
    var postgresTimes: [Double] = []
    var sqliteTimes: [Double] = []
    say(
      "query | hits | PostgreSQL ms | SQLite ms | same top 10 | unaccent overlap | pg_trgm overlap")
    for query in queries {
      var pg: [SearchHit] = []
      var lite: [SearchHit] = []
      var pgBest = Double.infinity
      var liteBest = Double.infinity
      for _ in 0..<3 {
        var start = ContinuousClock.now
        pg = try await postgres.search(query, filters: SearchFilters(limit: 10))
        pgBest = min(pgBest, milliseconds(ContinuousClock.now - start))
        start = ContinuousClock.now
        lite = try await sqlite.search(query, filters: SearchFilters(limit: 10))
        liteBest = min(liteBest, milliseconds(ContinuousClock.now - start))
      }
      postgresTimes.append(pgBest)
      sqliteTimes.append(liteBest)
      let agrees = pg.map(\.source) == lite.map(\.source) && pg.map(\.score) == lite.map(\.score)
      if agrees { same += 1 }
      let reference = Set(lite.map(\.source))
      let unaccent = try await connection.query(
        """
        SELECT source FROM documents
        WHERE status = 'done' AND to_tsvector('simple', unaccent(coalesce(symbol, '') || ' ' || coalesce(text, '')))
          @@ plainto_tsquery('simple', unaccent(\(query)))
        ORDER BY ts_rank_cd(to_tsvector('simple', unaccent(coalesce(symbol, '') || ' ' || coalesce(text, ''))),
          plainto_tsquery('simple', unaccent(\(query)))) DESC, id LIMIT 10
        """, logger: logger
      ).collect().map { try $0.decode(String.self) }
      let trigram = try await connection.query(
        """
        SELECT source FROM documents WHERE status = 'done'
        ORDER BY word_similarity(unaccent(lower(\(query))), unaccent(lower(coalesce(text, '')))) DESC, id LIMIT 10
        """, logger: logger
      ).collect().map { try $0.decode(String.self) }
      let denominator = Double(max(1, reference.count))
      let u = Double(Set(unaccent).intersection(reference).count) / denominator
      let t = Double(Set(trigram).intersection(reference).count) / denominator
      unaccentOverlap += u
      trigramOverlap += t
      say(
        String(
          format: "%@ | %d | %.1f | %.1f | %@ | %.1f | %.1f", query, lite.count, pgBest, liteBest,
          agrees ? "yes" : "NO", u, t))
    }
    try await connection.close()
    let n = Double(queries.count)
    say(
      String(
        format:
          "search: %d/%d queries give the same top 10 with the same scores; median latency PostgreSQL %.1f ms, SQLite %.1f ms; top-10 overlap with SQLite: unaccent+ts_rank_cd %.2f, pg_trgm %.2f",
        same, queries.count, median(postgresTimes), median(sqliteTimes), unaccentOverlap / n,
        trigramOverlap / n))
  }

  static func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
  }

  static func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
  }
}
