/// Reading a channel table's lines (`KIND<TAB>TRUTH<TAB>OCR<TAB>COUNT`) on bytes.
extension ConfusionModel {
  /// The next line of `bytes` that is not empty, from `start` on, which moves past it; nil
  /// at the end.
  static func nonEmptyLine(in bytes: [UInt8], from start: inout Int) -> ArraySlice<UInt8>? {
    let newline = UInt8(ascii: "\n")
    while start < bytes.count, bytes[start] == newline { start += 1 }
    guard start < bytes.count else { return nil }
    var end = start
    while end < bytes.count, bytes[end] != newline { end += 1 }
    defer { start = end }
    return bytes[start..<end]
  }

  /// The four tab-separated fields of a table line, nil unless it has exactly four.
  static func fields(of line: ArraySlice<UInt8>) -> (
    kind: ArraySlice<UInt8>, truth: ArraySlice<UInt8>, ocr: ArraySlice<UInt8>,
    count: ArraySlice<UInt8>
  )? {
    let tab = UInt8(ascii: "\t")
    guard let first = line.firstIndex(of: tab),
      let second = line[(first + 1)...].firstIndex(of: tab),
      let third = line[(second + 1)...].firstIndex(of: tab),
      !line[(third + 1)...].contains(tab)
    else { return nil }
    return (
      line[..<first], line[(first + 1)..<second], line[(second + 1)..<third], line[(third + 1)...]
    )
  }

  /// The number a count field spells: digits alone are read at once, anything else as
  /// `Double` reads it.
  static func count(_ field: ArraySlice<UInt8>) -> Double? {
    guard !field.isEmpty, field.count <= 15,
      field.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
    else { return Double(String(decoding: field, as: UTF8.self)) }
    return Double(field.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) })
  }
}
