import Foundation

/// RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes doubled.
package enum CSV {
  /// One CSV line (without the line break) of `fields`.
  package static func row(_ fields: [String]) -> String {
    fields.map { field in
      guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
        return field
      }
      return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }.joined(separator: ",")
  }
}
