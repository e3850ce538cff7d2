/// The pre-Unicode Vietnamese encodings still met in archive PDFs' text layers and old .doc exports.
///
/// Such text usually reaches VanBan already mis-read as Windows-1252 (or Latin-1): "Céng hoµ" is
/// TCVN3 for "Cộng hoà", "Coäng hoøa" is VNI. ``detect(_:)`` recognises it and ``decode(_:)`` repairs it:
///
/// ```swift
/// let layer = "CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM"
/// if let encoding = LegacyEncoding.detect(layer) {   // .tcvn3
///   encoding.decode(layer)                           // "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"
/// }
/// ```
public enum LegacyEncoding: Sendable, CaseIterable {
  /// TCVN3 (TCVN 5712:1993 VN3), the "ABC" fonts .VnTime, .VnArial…: one byte per letter, with
  /// lower-case letters only except Ă Â Ê Ô Ơ Ư Đ; capitals come from separate fonts (.VnTimeH) that draw
  /// the lower-case bytes as capitals.
  case tcvn3
  /// VNI-Windows, the VNI fonts (VNI-Times…): a vowel is its ASCII letter followed by a mark byte.
  case vni
  /// VISCII 1.1 (RFC 1456): one byte per letter, all 134 letters, some in C0 control positions.
  case viscii
}

extension LegacyEncoding: CustomStringConvertible {
  /// The encoding's usual name: "TCVN3", "VNI", "VISCII".
  public var description: String {
    switch self {
    case .tcvn3: "TCVN3"
    case .vni: "VNI"
    case .viscii: "VISCII"
    }
  }
}

extension LegacyEncoding {
  /// Decodes bytes in this encoding to NFC Unicode text.
  ///
  /// Bytes the encoding leaves to the underlying code page (punctuation, quotes) decode as Windows-1252.
  /// For TCVN3, words written with a capitals font come out in capitals (see ``decode(_:)``).
  public func decode(bytes: [UInt8]) -> String {
    switch self {
    case .tcvn3:
      LegacyEncoding.restoringCapitals(singleByteDecode(bytes, table: LegacyEncoding.tcvn3Decoding))
    case .vni: LegacyEncoding.decodeVNI(bytes)
    case .viscii: singleByteDecode(bytes, table: LegacyEncoding.visciiDecoding)
    }
  }

  /// Decodes text that holds this encoding's bytes mis-read as Windows-1252 or Latin-1, as happens when
  /// a legacy-font text layer is extracted, to NFC Unicode.
  ///
  /// Characters that no single-byte reading produces (Unicode letters beyond Latin-1, say) are kept as
  /// they are, so partly converted text survives. TCVN3 has no capitals with tone marks: its capitals
  /// fonts draw lower-case bytes as capitals, so a word whose ASCII letters are all capitals (at least
  /// two), or any word on a line whose ASCII letters are all capitals, is put in capitals.
  public func decode(_ text: String) -> String {
    var output = ""
    output.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
    var pending: [UInt8] = []
    for scalar in text.unicodeScalars {
      if let byte = LegacyEncoding.windows1252Byte(for: scalar) {
        pending.append(byte)
        continue
      }
      if !pending.isEmpty {
        output += decode(bytes: pending)
        pending.removeAll(keepingCapacity: true)
      }
      output.unicodeScalars.append(scalar)
    }
    if !pending.isEmpty { output += decode(bytes: pending) }
    return UnicodeNormalization.nfc(output)
  }

  /// Writes text in this encoding; the inverse of ``decode(bytes:)``.
  ///
  /// TCVN3 writes capitals with tone marks as their lower-case bytes (as a capitals font expects).
  /// - Throws: ``LegacyEncodingError/unencodable(character:offset:encoding:)`` for a character the
  ///   encoding cannot write.
  public func encode(_ text: String) throws(LegacyEncodingError) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    for (offset, character) in UnicodeNormalization.nfc(text).enumerated() {
      guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first,
        appendEncoded(scalar, to: &bytes)
      else {
        throw .unencodable(character: character, offset: offset, encoding: self)
      }
    }
    return bytes
  }

  /// The text Windows-1252 software shows for these bytes (undefined bytes read as Latin-1): what a
  /// legacy text layer looks like when it reaches VanBan.
  public static func windows1252Text(of bytes: [UInt8]) -> String {
    var scalars = String.UnicodeScalarView()
    for byte in bytes { scalars.append(windows1252Scalar(byte)) }
    return String(scalars)
  }

  // MARK: - Single-byte encodings

  private func singleByteDecode(_ bytes: [UInt8], table: [UInt32]) -> String {
    var scalars = String.UnicodeScalarView()
    for byte in bytes {
      let value = table[Int(byte)]
      scalars.append(
        value != 0 ? Unicode.Scalar(value) ?? "\u{FFFD}" : LegacyEncoding.windows1252Scalar(byte))
    }
    return String(scalars)
  }

  private func appendEncoded(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) -> Bool {
    switch self {
    case .vni: if LegacyEncoding.appendVNI(scalar, to: &bytes) { return true }
    case .tcvn3:
      if let byte = LegacyEncoding.tcvn3Encoding[scalar.value] {
        bytes.append(byte)
        return true
      }
      // A capital with a tone mark: the lower-case byte, drawn as a capital by a capitals font.
      if scalar.properties.isUppercase,
        let lower = scalar.properties.lowercaseMapping.unicodeScalars.first,
        let byte = LegacyEncoding.tcvn3Encoding[lower.value]
      {
        bytes.append(byte)
        return true
      }
    case .viscii:
      if let byte = LegacyEncoding.visciiEncoding[scalar.value] {
        bytes.append(byte)
        return true
      }
    }
    guard let byte = LegacyEncoding.windows1252Byte(for: scalar), !isLetterByte(byte) else {
      return false
    }
    bytes.append(byte)
    return true
  }

  /// Whether the encoding uses this byte for a letter (so it cannot also stand for its Windows-1252 character).
  private func isLetterByte(_ byte: UInt8) -> Bool {
    switch self {
    case .tcvn3: LegacyEncoding.tcvn3Decoding[Int(byte)] != 0
    case .viscii: LegacyEncoding.visciiDecoding[Int(byte)] != 0
    case .vni: LegacyEncoding.isVNILetterByte(byte)
    }
  }

  static let tcvn3Decoding: [UInt32] = decodingTable(tcvn3Pairs)
  static let visciiDecoding: [UInt32] = decodingTable(visciiPairs, identityFrom: 0xC0)
  static let tcvn3Encoding: [UInt32: UInt8] = encodingTable(tcvn3Decoding)
  static let visciiEncoding: [UInt32: UInt8] = encodingTable(visciiDecoding)

  /// A 256-entry table from byte to scalar, 0 for bytes left to Windows-1252; VISCII's upper half keeps
  /// the Latin-1 letters it shares (À Á Â …) as letters too.
  private static func decodingTable(
    _ pairs: [(byte: UInt8, scalar: UInt32)], identityFrom start: Int = 0x100
  )
    -> [UInt32]
  {
    var table = [UInt32](repeating: 0, count: 256)
    if start < 0x100 { for byte in start..<0x100 { table[byte] = UInt32(byte) } }
    for pair in pairs { table[Int(pair.byte)] = pair.scalar }
    return table
  }

  private static func encodingTable(_ decoding: [UInt32]) -> [UInt32: UInt8] {
    var table: [UInt32: UInt8] = [:]
    for (byte, scalar) in decoding.enumerated() where scalar != 0 { table[scalar] = UInt8(byte) }
    return table
  }

  // MARK: - Windows-1252

  static func windows1252Scalar(_ byte: UInt8) -> Unicode.Scalar {
    if byte >= 0x80 && byte < 0xA0, let scalar = Unicode.Scalar(windows1252High[Int(byte) - 0x80]),
      scalar.value != 0
    {
      return scalar
    }
    return Unicode.Scalar(byte)
  }

  /// The byte Windows-1252 (or Latin-1, for its undefined bytes) reads as this scalar, if any.
  static func windows1252Byte(for scalar: Unicode.Scalar) -> UInt8? {
    let value = scalar.value
    if value < 0x100 { return UInt8(value) }
    guard let index = windows1252High.firstIndex(of: value) else { return nil }
    return UInt8(0x80 + index)
  }
}
