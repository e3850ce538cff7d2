import Foundation

/// A PostgreSQL database as libpq's URLs name it:
/// `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=…&host=…]` (also `postgresql://`).
///
/// What the URL leaves out comes from the usual environment variables (`PGUSER`, `PGPASSWORD`,
/// `PGHOST`, `PGPORT`, `PGDATABASE`, `PGSSLMODE`), then libpq's defaults: the login name, the
/// Unix socket of Debian's server when there is one (else `localhost`), port 5432, a database
/// named as the user, `sslmode=prefer`. A host that starts with `/` is a Unix socket folder,
/// written percent-encoded in the host part or as `?host=/run/postgresql`.
///
/// ```swift
/// let location = try PostgresLocation(url: "postgres://vanban:secret@db.local/archive?sslmode=require")
/// print(location)  // postgres://vanban@db.local:5432/archive?sslmode=require — no password
/// ```
public struct PostgresLocation: Sendable, Hashable, CustomStringConvertible {
  /// How the connection uses TLS, as libpq's `sslmode`.
  public enum SSLMode: String, Sendable, Hashable, CaseIterable {
    /// Never.
    case disable
    /// When the server offers it, without checking its certificate (as `prefer`).
    case allow
    /// When the server offers it, without checking its certificate (libpq's default).
    case prefer
    /// Always, without checking the certificate.
    case require
    /// Always, with a certificate signed by a trusted authority, whatever name it bears.
    case verifyCA = "verify-ca"
    /// Always, with a trusted certificate for the host's name.
    case verifyFull = "verify-full"
  }

  /// The login name.
  public var user: String
  /// The password; `nil` when the server asks for none.
  public var password: String?
  /// A host name or address, or a Unix socket folder (starting with `/`).
  public var host: String
  /// The TCP port, which also names the Unix socket file.
  public var port: Int
  /// The database name.
  public var database: String
  /// TLS use.
  public var sslMode: SSLMode
  /// Seconds to wait for a connection; `connect_timeout` in the URL. Default 10.
  public var connectTimeout: Int

  /// Whether `text` is a PostgreSQL URL rather than a file path.
  public static func isURL(_ text: String) -> Bool {
    let lower = text.lowercased()
    return lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://")
  }

  /// Reads a URL, filling what it leaves out from `environment` and libpq's defaults.
  ///
  /// - Throws: ``CatalogueError/cannotOpen(path:reason:)`` naming what is wrong.
  public init(
    url: String, environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws(CatalogueError) {
    func invalid(_ reason: String) -> CatalogueError {
      .cannotOpen(path: Self.redacted(url), reason: "invalid PostgreSQL URL: \(reason)")
    }
    guard Self.isURL(url), let schemeEnd = url.range(of: "://") else {
      throw invalid("it must start with postgres:// or postgresql://")
    }
    var rest = Substring(url[schemeEnd.upperBound...])
    var parameters: [String: String] = [:]
    if let question = rest.firstIndex(of: "?") {
      for pair in rest[rest.index(after: question)...].split(separator: "&") {
        let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, let key = Self.decoded(parts[0]), let value = Self.decoded(parts[1])
        else { throw invalid("bad query parameter \"\(pair)\"") }
        parameters[key] = value
      }
      rest = rest[..<question]
    }
    var path: Substring = ""
    if let slash = rest.firstIndex(of: "/") {
      path = rest[rest.index(after: slash)...]
      rest = rest[..<slash]
    }
    var userInfo: Substring?
    if let at = rest.lastIndex(of: "@") {
      userInfo = rest[..<at]
      rest = rest[rest.index(after: at)...]
    }
    var urlUser: String?
    var urlPassword: String?
    if let userInfo {
      let parts = userInfo.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
      urlUser = Self.decoded(parts[0])
      if parts.count == 2 { urlPassword = Self.decoded(parts[1]) }
      if urlUser == nil || (parts.count == 2 && urlPassword == nil) {
        throw invalid("bad percent-encoding in the user or password")
      }
    }
    var hostPart = rest
    var urlPort: Substring?
    if hostPart.hasPrefix("[") {
      guard let close = hostPart.firstIndex(of: "]") else {
        throw invalid("unclosed [ in the host")
      }
      let after = hostPart[hostPart.index(after: close)...]
      if after.hasPrefix(":") { urlPort = after.dropFirst() }
      hostPart = hostPart[hostPart.index(after: hostPart.startIndex)..<close]
    } else if let colon = hostPart.lastIndex(of: ":") {
      urlPort = hostPart[hostPart.index(after: colon)...]
      hostPart = hostPart[..<colon]
    }
    if hostPart.contains(",") { throw invalid("several hosts are not supported") }
    guard let urlHost = Self.decoded(hostPart), let urlDatabase = Self.decoded(path) else {
      throw invalid("bad percent-encoding")
    }

    func nonEmpty(_ value: String?) -> String? { value?.isEmpty == false ? value : nil }
    let known: Set<String> = [
      "sslmode", "host", "port", "user", "password", "dbname", "connect_timeout",
      "application_name",
    ]
    if let unknown = parameters.keys.sorted().first(where: { !known.contains($0) }) {
      throw invalid("unknown parameter \"\(unknown)\"")
    }
    user =
      nonEmpty(urlUser) ?? nonEmpty(parameters["user"]) ?? nonEmpty(environment["PGUSER"])
      ?? nonEmpty(environment["USER"]) ?? "postgres"
    password =
      nonEmpty(urlPassword) ?? nonEmpty(parameters["password"])
      ?? nonEmpty(environment["PGPASSWORD"])
    let portText =
      nonEmpty(urlPort.map(String.init)) ?? nonEmpty(parameters["port"])
      ?? nonEmpty(environment["PGPORT"]) ?? "5432"
    guard let port = Int(portText), (1...65535).contains(port) else {
      throw invalid("bad port \"\(portText)\"")
    }
    self.port = port
    host =
      nonEmpty(parameters["host"]) ?? nonEmpty(urlHost) ?? nonEmpty(environment["PGHOST"])
      ?? Self.defaultHost(port: port)
    database =
      nonEmpty(urlDatabase) ?? nonEmpty(parameters["dbname"])
      ?? nonEmpty(environment["PGDATABASE"]) ?? user
    let mode = nonEmpty(parameters["sslmode"]) ?? nonEmpty(environment["PGSSLMODE"]) ?? "prefer"
    guard let sslMode = SSLMode(rawValue: mode) else {
      throw invalid(
        "sslmode must be one of \(SSLMode.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    self.sslMode = sslMode
    let timeout = nonEmpty(parameters["connect_timeout"]) ?? "10"
    guard let seconds = Int(timeout), seconds >= 0 else {
      throw invalid("bad connect_timeout \"\(timeout)\"")
    }
    connectTimeout = seconds == 0 ? 10 : max(seconds, 2)
  }

  /// Whether ``host`` is a Unix socket folder.
  public var isUnixSocket: Bool { host.hasPrefix("/") }

  /// The socket file of a Unix socket host.
  var socketPath: String { (host as NSString).appendingPathComponent(".s.PGSQL.\(port)") }

  /// The URL without the password.
  public var description: String {
    let user = Self.encoded(self.user)
    let database = Self.encoded(self.database)
    var query = sslMode == .prefer || isUnixSocket ? [] : ["sslmode=\(sslMode.rawValue)"]
    if isUnixSocket {
      query.insert("host=\(Self.encoded(host))", at: 0)
      return "postgres://\(user)@:\(port)/\(database)?" + query.joined(separator: "&")
    }
    let host = self.host.contains(":") ? "[\(self.host)]" : self.host
    return "postgres://\(user)@\(host):\(port)/\(database)"
      + (query.isEmpty ? "" : "?" + query.joined(separator: "&"))
  }

  /// The same database with another name: what tests use to make and drop their databases.
  public func with(database: String) -> PostgresLocation {
    var copy = self
    copy.database = database
    return copy
  }

  /// `url` with any password replaced by `***`, for messages.
  static func redacted(_ url: String) -> String {
    guard let schemeEnd = url.range(of: "://") else { return url }
    let authority = url[schemeEnd.upperBound...].prefix { $0 != "/" && $0 != "?" }
    guard let at = authority.lastIndex(of: "@"),
      let colon = authority[..<at].firstIndex(of: ":")
    else { return url }
    return url.replacingCharacters(in: authority.index(after: colon)..<at, with: "***")
  }

  private static func defaultHost(port: Int) -> String {
    let socketFolder = "/var/run/postgresql"
    return FileManager.default.fileExists(atPath: "\(socketFolder)/.s.PGSQL.\(port)")
      ? socketFolder : "localhost"
  }

  private static func decoded(_ text: Substring) -> String? {
    String(text).removingPercentEncoding
  }

  private static func encoded(_ text: String) -> String {
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~")
    return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
  }
}
