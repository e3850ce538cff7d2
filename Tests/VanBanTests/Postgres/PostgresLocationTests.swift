import Testing
import VanBan

/// `--catalog` URLs: libpq's form, its environment variables and defaults, and no password in
/// anything printed.
@Suite("PostgreSQL URLs")
struct PostgresLocationTests {
  @Test("Every part of a full URL; postgresql:// too; the password never printed")
  func fullURL() throws {
    let location = try PostgresLocation(
      url: "postgresql://scan%40office:s3cr%2Ft@db.example.vn:6543/archive_2025?sslmode=require",
      environment: [:])
    #expect(location.user == "scan@office")
    #expect(location.password == "s3cr/t")
    #expect(location.host == "db.example.vn")
    #expect(location.port == 6543)
    #expect(location.database == "archive_2025")
    #expect(location.sslMode == .require)
    #expect(
      location.description
        == "postgres://scan%40office@db.example.vn:6543/archive_2025?sslmode=require")
    #expect(!location.description.contains("s3cr"))
  }

  @Test("Missing parts come from PGUSER, PGPASSWORD, PGHOST, PGPORT, PGDATABASE, PGSSLMODE")
  func environment() throws {
    let environment = [
      "PGUSER": "vanban", "PGPASSWORD": "pw", "PGHOST": "10.0.0.5", "PGPORT": "5433",
      "PGDATABASE": "kho", "PGSSLMODE": "disable",
    ]
    let location = try PostgresLocation(url: "postgres://", environment: environment)
    #expect(location.user == "vanban")
    #expect(location.password == "pw")
    #expect(location.host == "10.0.0.5")
    #expect(location.port == 5433)
    #expect(location.database == "kho")
    #expect(location.sslMode == .disable)
    // The URL's own parts win over the environment.
    let given = try PostgresLocation(url: "postgres://a:b@h/d", environment: environment)
    #expect([given.user, given.password, given.host, given.database] == ["a", "b", "h", "d"])
    #expect(given.port == 5433)
    // Without either: the login name, port 5432, a database named as the user, sslmode=prefer.
    let bare = try PostgresLocation(url: "postgres://db", environment: ["USER": "clerk"])
    #expect(bare.user == "clerk" && bare.database == "clerk" && bare.port == 5432)
    #expect(bare.sslMode == .prefer && bare.password == nil)
  }

  @Test("A Unix socket folder, in the host part or as ?host=; IPv6 addresses in brackets")
  func hosts() throws {
    let encoded = try PostgresLocation(url: "postgres://u@%2Ftmp%2Fpg:5439/d", environment: [:])
    #expect(encoded.isUnixSocket && encoded.host == "/tmp/pg" && encoded.port == 5439)
    let query = try PostgresLocation(url: "postgres://u@/d?host=/run/postgresql", environment: [:])
    #expect(query.host == "/run/postgresql")
    #expect(try PostgresLocation(url: query.description, environment: [:]) == query)
    let six = try PostgresLocation(url: "postgres://u@[::1]:5440/d", environment: [:])
    #expect(six.host == "::1" && six.port == 5440)
    #expect(six.description == "postgres://u@[::1]:5440/d")
  }

  @Test(
    "Malformed URLs are refused with the reason, and no password",
    arguments: [
      "postgres://u:pw@h:notaport/d", "postgres://u:pw@h/d?sslmode=sometimes",
      "postgres://u:pw@h1,h2/d", "postgres://u:pw@h/d?frobnicate=1", "postgres://u:pw@[::1/d",
    ])
  func malformed(url: String) {
    #expect {
      try PostgresLocation(url: url, environment: [:])
    } throws: { error in
      let message = "\(error)"
      return message.contains("invalid PostgreSQL URL") && !message.contains("pw@")
    }
  }

  @Test("--catalog: a URL is PostgreSQL, anything else a SQLite file")
  func locations() throws {
    #expect(
      try CatalogueLocation("archive.sqlite", environment: [:]) == .sqlite(path: "archive.sqlite"))
    #expect(
      try CatalogueLocation("/data/postgres/x.db", environment: [:])
        == .sqlite(path: "/data/postgres/x.db"))
    guard case .postgres(let location) = try CatalogueLocation("POSTGRES://u@h/d", environment: [:])
    else {
      Issue.record("not read as PostgreSQL")
      return
    }
    #expect(location.database == "d")
  }
}
