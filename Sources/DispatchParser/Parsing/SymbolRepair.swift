/// Repairs OCR slips in the code segments of a cited symbol where the symbol grammar leaves only
/// one reading: a type code with a glyph read twice ("CĐĐ" after "Công điện" is "CĐ"), and an
/// issuer code one slip away from exactly one code the document or the code table knows
/// ("BGDĐPT" is "BGDĐT", "THIPTCVA" is the dispatch's own "THPTCVA"). Anything else is kept.
enum SymbolRepair {
  /// Codes of central bodies as they appear in symbols (Bộ, Chính phủ, Quốc hội) and common
  /// provincial ones.
  static let knownCodes: [String] = [
    "BGDĐT", "BNV", "BCA", "BTC", "BTNMT", "BNNMT", "BYT", "BXD", "BCT", "BKHĐT", "BLĐTBXH",
    "BTP", "BQP", "BNG", "BVHTTDL", "BTTTT", "BKHCN", "BGTVT", "BNNPTNT", "BDTTG", "CP", "TTg",
    "VPCP", "UBTVQH", "UBND", "HĐND", "SNV", "SGDĐT", "STNMT", "SNNMT", "STC", "SVHTTDL",
    "SKHĐT", "SYT", "SXD", "SCT", "STP", "SLĐTBXH", "STTTT", "SKHCN", "SGTVT", "SNNPTNT",
  ]

  /// The symbol with its code segments repaired, or the symbol unchanged.
  ///
  /// - Parameters:
  ///   - found: The symbol as read.
  ///   - kindCode: The type code of the kind named before the symbol ("CĐ" for "Công điện").
  ///   - ownCodes: The code segments of the citing dispatch's own symbol.
  /// - Returns: The repaired symbol and whether anything changed.
  static func repair(_ found: SymbolReader.Found, kindCode: String?, ownCodes: [String])
    -> (found: SymbolReader.Found, changed: Bool)
  {
    var tokens = split(found.symbol)
    var changed = false
    var seenType = false
    for index in tokens.indices where !tokens[index].isSeparator {
      let text = tokens[index].text
      guard text.contains(where: \.isLetter) else { continue }
      if !seenType {
        seenType = true
        // The first code is the type, except in a công văn's symbol ("2207/STNMT-QLĐĐ").
        if found.type != nil { continue }
        if let kindCode {
          if isDoubledGlyph(text, of: kindCode) {
            tokens[index].text = kindCode
            changed = true
          }
          continue
        }
      }
      if let code = nearestCode(text, own: ownCodes) {
        tokens[index].text = code
        changed = true
      }
    }
    guard changed else { return (found, false) }
    let symbol = tokens.map(\.text).joined()
    let type = found.type ?? kindCode.flatMap { DocumentType.forCode($0) }
    let repaired = SymbolReader.Found(
      number: found.number, symbol: symbol, type: type,
      firstSegment: type?.code ?? found.firstSegment, range: found.range)
    return (repaired, true)
  }

  /// An issuer code one slip (one letter added, dropped or changed) from exactly one known
  /// code: the dispatch's own codes from four letters, the code table's from five (shorter
  /// codes are too close to each other to tell apart).
  static func nearestCode(_ text: String, own: [String], useTable: Bool = true) -> String? {
    let folded = AlignedText(text).folded
    guard folded.count >= 4,
      !(own + knownCodes).contains(where: { AlignedText($0).folded == folded })
    else { return nil }
    let candidates =
      own.filter { $0.count >= 4 }
      + (useTable && folded.count >= 5
        ? knownCodes.filter { $0.count >= 5 && !own.contains($0) } : [])
    var matches = Set<String>()
    for code in candidates where Fuzzy.distance(folded, AlignedText(code).folded) == 1 {
      matches.insert(code)
    }
    return matches.count == 1 ? matches.first : nil
  }

  /// Whether `text` is `code` with one of its letters read twice ("CĐĐ" for "CĐ").
  static func isDoubledGlyph(_ text: String, of code: String) -> Bool {
    let letters = Array(text)
    guard letters.count == code.count + 1 else { return false }
    for index in letters.indices.dropFirst() where letters[index] == letters[index - 1] {
      var without = letters
      without.remove(at: index)
      if String(without) == code { return true }
    }
    return false
  }

  /// The code segments of a symbol ("85/QĐ-THPTCVA" → ["QĐ", "THPTCVA"]).
  static func codes(of symbol: String?) -> [String] {
    guard let symbol else { return [] }
    return split(symbol).filter { !$0.isSeparator && $0.text.contains(where: \.isLetter) }.map(
      \.text)
  }

  private struct Token {
    var text: String
    var isSeparator: Bool
  }

  private static func split(_ symbol: String) -> [Token] {
    var tokens: [Token] = []
    for character in symbol {
      let isSeparator = character == "/" || character == "-"
      if let last = tokens.last, last.isSeparator == isSeparator, !isSeparator {
        tokens[tokens.count - 1].text.append(character)
      } else {
        tokens.append(Token(text: String(character), isSeparator: isSeparator))
      }
    }
    return tokens
  }
}
