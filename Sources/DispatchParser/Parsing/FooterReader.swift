import Foundation
import VietnameseText

/// Reads the footer: the "Nơi nhận" list (left column) and the signer block (right column),
/// separating them when OCR merged both columns into one line
/// ("- CT, PCT UBND phuong Pham Viét Anh; CHU TICH").
struct FooterReader: Sendable {
  /// The "Nơi nhận" items as written, bullets and final punctuation removed.
  private(set) var distribution: [String] = []
  /// The signer block's pieces, in reading order.
  private(set) var pieces: [SignerBlock.Piece] = []

  /// Reads the footer lines; the first may be the "Nơi nhận:" label line.
  init(lines: ArraySlice<AlignedText>) {
    var previousWasItem = false
    // Whether the last item ran to the end of its line without ";" or "." (so may continue).
    var lastItemOpen = false
    // The "Lưu" item closes the list: what follows is the signer's column.
    var listClosed = false
    var labelSeen = false
    for line in lines where !line.isBlank {
      var text = line
      if !labelSeen, DocumentLayout.isFooterLabel(line) {
        labelSeen = true
        // "Nơi nhận mm-": a label whose colon OCR lost holds nothing else.
        guard let colon = line.original.firstIndex(of: ":") else { continue }
        text = AlignedText(line.text(from: colon + 1).trimmingSpaces)
        if text.isBlank || DocumentLayout.isDecoration(text) { continue }
        if !RecipientReader.isBullet(text.string), let piece = SignerBlock.Piece(text) {
          pieces.append(piece)
          continue
        }
      }
      // In the list, OCR may read the dash as a dot or a stroke (". Sở GDĐT Hà Nội").
      let oddBullet =
        previousWasItem && text.original.count > 2
        && ".,_=·".contains(text.original[0]) && text.original[1] == " "
      previousWasItem = !listClosed && (RecipientReader.isBullet(text.string) || oddBullet)
      if previousWasItem {
        let (item, right) = Self.splitMerged(text)
        if let item { distribution.append(item) }
        pieces += right
        lastItemOpen = right.isEmpty && !";.,".contains(text.string.last ?? ";")
        listClosed = Self.isFilingItem(text)
      } else if pieces.isEmpty, lastItemOpen, let last = distribution.last,
        let first = text.original.first(where: \.isLetter),
        first.isLowercase || Self.isJoined(last, to: text.string)
      {
        distribution[distribution.count - 1] = Self.tidyItem(last + " " + text.string) ?? last
      } else if pieces.isEmpty, !listClosed, Self.isUnbulletedItem(text) {
        // A list line whose dash OCR lost ("Như trên;", "Lưu: PA83 (Đ3).").
        if let item = Self.tidyItem(text.string) { distribution.append(item) }
        previousWasItem = true
        lastItemOpen = !";.,".contains(text.string.last ?? ";")
        listClosed = Self.isFilingItem(text)
      } else if let piece = SignerBlock.Piece(text),
        piece.isAuthority || Self.midLineAuthority(text) == nil
      {
        pieces.append(piece)
      } else if let cut = Self.midLineAuthority(text),
        let piece = SignerBlock.Piece(AlignedText(text.text(from: cut).trimmingSpaces))
      {
        // "R— se, 00 PC -TM. ỦY BAN NHÂN DÂN": a lost label and specks before the signer's column.
        pieces.append(piece)
      }
    }
  }

  /// The filing item's codes as written in the dispatch: the comma OCR read as a full stop
  /// between two codes put back ("Lưu: VT. TL", "Lưu: VT.QLĐĐ", "Lưu: VT,CM" → "Lưu: VT, TL"),
  /// and a code one slip from the dispatch's own unit code repaired ("QLĐP" → "QLĐĐ").
  static func repairingFilingCodes(_ item: String, ownCodes: [String]) -> String {
    guard isFilingItem(AlignedText(item)) else { return item }
    let isCode: (Substring) -> Bool = { word in
      word.count >= 2 && word.allSatisfy { $0.isLetter && $0.isUppercase || $0.isNumber }
        && word.contains(where: \.isLetter)
    }
    var output = ""
    var rest = Substring(item)
    while let separator = rest.firstIndex(where: { $0 == "." || $0 == "," }) {
      let before = rest[..<separator]
      let word = before.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).last ?? ""
      var after = rest[rest.index(after: separator)...]
      let next = after.drop(while: \.isWhitespace).prefix(while: { $0.isLetter || $0.isNumber })
      if isCode(word), before.hasSuffix(word), isCode(next) {
        output += before + ", "
        after = after.drop(while: \.isWhitespace)
      } else {
        output += rest[...separator]
      }
      rest = after
    }
    output += rest
    guard !ownCodes.isEmpty else { return output }
    return output.split(separator: " ", omittingEmptySubsequences: false).map { piece in
      let core = piece.prefix { $0.isLetter || $0.isNumber }
      guard isCode(core),
        let code = SymbolRepair.nearestCode(
          String(core), own: ownCodes, useTable: false)
      else { return String(piece) }
      return code + piece.dropFirst(core.count)
    }.joined(separator: " ")
  }

  /// Words that cannot end an item, nor "và" begin one: an item broken there runs on in the
  /// next line, capitalised or not ("Các Sở: …, Kế hoạch và" / "Đầu tư, …"; "Ban Quản lý Khu
  /// kinh tế Dung Quất" / "Và các Khu công nghiệp Quảng Ngãi").
  static func isJoined(_ item: String, to line: String) -> Bool {
    let lastWord = item.split(whereSeparator: \.isWhitespace).last.map { $0.lowercased() } ?? ""
    let firstWord = line.split(whereSeparator: \.isWhitespace).first.map { $0.lowercased() } ?? ""
    return ["và", "của", "các", "cho", "về", "với", "–", "-"].contains(lastWord)
      || firstWord == "và"
  }

  /// The "Lưu: VT, …" item that closes a distribution list.
  static func isFilingItem(_ line: AlignedText) -> Bool {
    line.keyed.firstMatch(of: #/^[^a-z]{0,3}luu\b/#) != nil
  }

  /// A distribution line without its dash: the filing item, or a line in lower case that
  /// is not a signer line ("Như trên;", "UBND tỉnh (để b/c);").
  static func isUnbulletedItem(_ line: AlignedText) -> Bool {
    if isFilingItem(line) { return true }
    // A speck ("tà") or a signature note ("(Đã ký)") is no item.
    let words = line.string.split(whereSeparator: \.isWhitespace).filter {
      $0.contains(where: \.isLetter)
    }
    guard words.count >= 2, line.original.filter(\.isLetter).count >= 4,
      line.original.first != "(", line.original.contains(where: \.isLowercase),
      midLineAuthority(line) == nil
    else { return false }
    return SignerBlock.Piece(line) == nil
  }

  /// Splits a list line that carries signer text on its right.
  static func splitMerged(_ line: AlignedText) -> (String?, [SignerBlock.Piece]) {
    var left = line.string
    var right: [SignerBlock.Piece] = []
    let aligned = line
    // An authority prefix in mid-line starts the right column: "(b/c); KT. CHU TICH".
    if let cut = midLineAuthority(aligned) {
      let tail = AlignedText(aligned.text(from: cut).trimmingSpaces)
      if HeaderReader.isMostlyCaps(tail), let piece = SignerBlock.Piece(tail) {
        left = aligned.text(0..<cut)
        right.append(piece)
      }
    }
    // Capitals after the item's last ";" belong to the signer block: "…phuong; CHU TICH".
    if right.isEmpty, let semicolon = left.lastIndex(of: ";") {
      let tail = AlignedText(left[left.index(after: semicolon)...].trimmingSpaces)
      if !tail.isBlank, HeaderReader.isMostlyCaps(tail), let piece = SignerBlock.Piece(tail) {
        left = String(left[...semicolon])
        right.append(piece)
      }
    }
    // A title in capitals closing the line: "- CT, PCT UBND phường: _= CHỦ TỊCH".
    if right.isEmpty, let cut = trailingTitle(AlignedText(left)) {
      let aligned = AlignedText(left)
      if let piece = SignerBlock.Piece(AlignedText(aligned.text(from: cut).trimmingSpaces)) {
        right.append(piece)
        left = aligned.text(0..<cut)
      }
    }
    // A person's name at the end of the item: "- CT, PCT UBND phuong Pham Viét Anh;".
    let leftAligned = AlignedText(left)
    let words = leftAligned.words
    var nameStart: Int?
    // Only on lines already shown to be merged, so "- Thứ trưởng Trần Quang Huy;" stays an item.
    for index in words.indices.dropFirst()
    where !right.isEmpty && Vocabulary.surnames.contains(words[index].key) {
      let run = words[index...]
      let capitalised = run.allSatisfy {
        leftAligned.original[$0.range.lowerBound].isUppercase
          && leftAligned.text($0.range).dropFirst().contains(where: \.isLowercase)
      }
      let previous = leftAligned.original[words[index - 1].range.lowerBound]
      if capitalised, (2...4).contains(run.count), previous.isLowercase {
        nameStart = words[index].range.lowerBound
        break
      }
    }
    if let nameStart {
      let nameEnd = words.last?.range.upperBound ?? nameStart
      right.append(.name(leftAligned.text(nameStart..<nameEnd)))
      left = leftAligned.text(0..<nameStart) + leftAligned.text(from: nameEnd)
    }
    return (tidyItem(RecipientReader.stripBullet(left)), right)
  }

  /// The item without OCR noise after its closing full stop ("Lưu: PA83 (Đ3). kKW)»7"):
  /// what follows the last ". " is dropped when it holds odd signs and no Vietnamese word.
  static func droppingTrailingSpecks(_ text: String) -> String {
    guard let stop = text.range(of: ". ", options: .backwards) else { return text }
    let tail = text[stop.upperBound...]
    // The item's own closing stop is not a speck ("Lưu: VT. TL.").
    let odd = (tail.hasSuffix(".") ? tail.dropLast() : tail).contains {
      !($0.isLetter || $0.isNumber || $0.isWhitespace || ",;:()/-".contains($0))
    }
    let words = tail.split(whereSeparator: { !$0.isLetter })
    let hasWord = words.contains { $0.count >= 2 && Syllable($0) != nil }
    return odd && !hasWord ? String(text[..<stop.lowerBound]) : text
  }

  /// "(để b/c)" ("to report") as OCR reads its slash and bracket: "(để bíc)", "(b1c)",
  /// "(để lbíc)", "(để bíc}", "(h/c}".
  static func repairingReportMark(_ text: String) -> String {
    let aligned = AlignedText(text)
    // After "(để", the slash is also read as "u" or "ư" and the "b" as "h" or "l", the
    // closing bracket may be lost at the end of the item, and "để" read as "đế"
    // ("(để hức)", "(để bực;", "(đế lực").
    if let match = aligned.folded.firstMatch(of: #/\(de\s+[bhl][iu]c(?:[)}\]]|[\s;,.]*$)/#) {
      let range = aligned.offsets(of: match.range, in: aligned.folded)
      let written = aligned.text(range)
      guard written.trimmingCharacters(in: CharacterSet(charactersIn: " ;,.")) != "(để b/c)" else {
        return text
      }
      return aligned.text(0..<range.lowerBound) + "(để b/c)" + aligned.text(from: range.upperBound)
    }
    guard
      let match = aligned.folded.firstMatch(of: #/\((?:de\s+)?(l?[bh][il1|\/!]c)[)}\]]/#)
    else { return text }
    let range = aligned.offsets(of: match.range, in: aligned.folded)
    let mark = aligned.offsets(
      of: match.output.1.startIndex..<match.output.1.endIndex, in: aligned.folded)
    let written = aligned.text(mark.lowerBound..<range.upperBound)
    guard written != "b/c)" else { return text }
    return aligned.text(0..<mark.lowerBound) + "b/c)" + aligned.text(from: range.upperBound)
  }

  /// Where an authority prefix ("KT.", "TM.", "T/M") starts in the middle of a line.
  static func midLineAuthority(_ line: AlignedText) -> Int? {
    guard
      let match = line.keyed.firstMatch(
        of:
          #/[\s;,.\-_](t\s?\/?\s?m|k\s?\/?\s?t|t\s?\/?\s?l|t\s?\/?\s?uq)\s?[.,„‚]\s?|[\s;,.\-_]q\s?\.\s?/#
      )
    else { return nil }
    let range = line.offsets(of: match.range, in: line.keyed)
    let cut = range.lowerBound + 1
    // The prefix must introduce a body or office in capitals ("Lưu: VT, TL." is a list item).
    let named = line.text(from: range.upperBound).filter(\.isLetter).count >= 2
    return named && HeaderReader.isMostlyCaps(AlignedText(line.text(from: cut))) ? cut : nil
  }

  /// Where an office title in capitals ends a line, after other text.
  static func trailingTitle(_ line: AlignedText) -> Int? {
    let words = line.words
    for length in stride(from: min(5, words.count - 1), through: 2, by: -1) {
      let start = words.count - length
      let isCaps = words[start...].allSatisfy { word in
        line.original[word.range].allSatisfy { !$0.isLowercase }
      }
      guard isCaps, start > 0 else { continue }
      let matches = Vocabulary.titles.contains {
        $0.folded.count == length && Fuzzy.phraseMatches(words, at: start, $0.folded)
      }
      if matches { return words[start].range.lowerBound }
    }
    return nil
  }

  /// An item without its closing ";" or "." or stray marks after them.
  static func tidyItem(_ text: String) -> String? {
    var words = HeaderReader.trimmingSpecks(text).split(whereSeparator: \.isWhitespace)
    // A one-letter speck after the item's final comma ("Tỉnh ủy viên, l").
    if words.count > 2, let last = words.last, last.count == 1,
      words[words.count - 2].hasSuffix(",")
    {
      words.removeLast()
    }
    var value = Self.droppingTrailingSpecks(Self.repairingReportMark(words.joined(separator: " ")))
    while let last = value.last, !(last.isLetter || last.isNumber || ")]".contains(last)) {
      value.removeLast()
    }
    return value.contains(where: \.isLetter) ? value : nil
  }
}
