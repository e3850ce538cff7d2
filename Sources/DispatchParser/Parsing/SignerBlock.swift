import VietnameseText

/// The signer block's lines, classified, and how they combine into a ``Signer``.
enum SignerBlock {
  /// One line (or merged-line fragment) of a signer block.
  enum Piece: Sendable, Equatable {
    /// "KT. CHỦ TỊCH": the prefix code and what follows it.
    case authority(code: String, rest: String)
    /// A line in capitals that is not a name: a title ("PHÓ CHỦ TỊCH").
    case title(String)
    /// A person's name, maybe after a rank.
    case name(String)

    /// Whether the piece is an authority line.
    var isAuthority: Bool {
      if case .authority = self { return true }
      return false
    }

    /// Classifies a line; nil for signature notes such as "(Đã ký)" and for noise.
    init?(_ line: AlignedText) {
      // Specks before the block's first word ("____ KT,TRƯỞNG PHÒNG").
      let start = line.original.firstIndex { $0.isLetter || $0.isNumber || $0 == "(" } ?? 0
      let text = start == 0 ? line : AlignedText(line.text(from: start))
      let letters = text.original.filter(\.isLetter)
      guard letters.count >= 2 else { return nil }
      if text.keyed.firstMatch(of: #/^\(|\bda\s+ky\b|\bky\s+ten\b|dong\s+dau/#) != nil {
        return nil
      }
      if let match = text.keyed.firstMatch(
        of:
          #/^(?:t\s?\/\s?m|k\s?\/\s?t|t\s?\/\s?uq|t\s?\/\s?l)\s?\.?\s+|^(?:tm|kt|tuq|tl)\s?[.,„‚]\s*|^q\s?\.\s*/#
      ) {
        let code = String(text.keyed[match.range]).filter(\.isLetter).uppercased()
        let rest = text.text(from: text.offsets(of: match.range, in: text.keyed).upperBound)
          .trimmingSpaces
        if rest.contains(where: \.isLetter) {
          self = .authority(code: code, rest: rest)
          return
        }
      }
      let words = text.words
      let isCaps = letters.allSatisfy { !$0.isLowercase }
      let isTitle = Vocabulary.titles.contains { Fuzzy.phraseMatches(words, at: 0, $0.folded) }
      if isCaps && (isTitle || !Vocabulary.surnames.contains(words.first?.key ?? "")) {
        self = .title(text.string)
        return
      }
      // A name: capitalised words, maybe after a rank ("Trung tá Lê Văn Thắng").
      let rankLength =
        Vocabulary.ranks.first { Fuzzy.phraseMatches(words, at: 0, $0.folded) }?.folded.count ?? 0
      let nameWords = words.dropFirst(rankLength)
      let capitalised = nameWords.allSatisfy { text.original[$0.range.lowerBound].isUppercase }
      // A list line ("Cục: VTLTNN, Vụ PC") has punctuation no name has.
      if (2...5).contains(nameWords.count), capitalised,
        !text.original.contains(where: { ":,;".contains($0) })
      {
        self = .name(text.string)
        return
      }
      return nil
    }
  }

  /// The office title a title line names when OCR split or garbled it: the known title with
  /// the same letters once spaces are ignored ("PHÓ CHỦ T ỊCH"), or the only known title
  /// with the same words but one, that one starting with the same two letters ("PHÓ TRL
  /// PHÒNG"). Nil when no single title fits.
  static func knownTitle(_ text: String) -> String? {
    let words = AlignedText(HeaderReader.trimmingSpecks(text)).words.map(\.key)
    guard !words.isEmpty else { return nil }
    let joined = words.joined()
    if let exact = Vocabulary.titles.first(where: { $0.folded.joined() == joined }) {
      return exact.words.joined(separator: " ")
    }
    let near = Vocabulary.titles.filter { phrase in
      guard phrase.folded.count == words.count, words.count >= 2 else { return false }
      let differing = zip(phrase.folded, words).filter { $0 != $1 }
      guard differing.count == 1, let (want, got) = differing.first else { return false }
      return got.count >= 2 && want.hasPrefix(got.prefix(2))
    }
    return near.count == 1 ? near[0].words.joined(separator: " ") : nil
  }

  /// The title of the deputy who signs "KT." (ký thay) for `head` when the title lines as read
  /// end with the letters of that title ("ƠNG PHONG" under "KT. TRƯỞNG PHÒNG" is "Phó Trưởng
  /// phòng"): Decree 30 has a deputy sign for the head, and the minister's deputy is the Thứ
  /// trưởng. Nil when the lines do not end so or the deputy's title is not a known one.
  static func deputyTitle(readAs lines: [String], signingFor head: String) -> String? {
    let deputy = head == "Bộ trưởng" ? "Thứ trưởng" : "Phó " + head
    guard Vocabulary.titles.contains(where: { $0.words.joined(separator: " ") == deputy }) else {
      return nil
    }
    let read = AlignedText(lines.joined(separator: " ")).folded.filter(\.isLetter)
    let want = AlignedText(deputy).folded.filter(\.isLetter)
    guard read.count >= 5, read.count < want.count else { return nil }
    if want.hasSuffix(read) { return deputy }
    // One letter more lost or changed ("ƠN PHONG", where restoration made a syllable of "ƠNG"),
    // in a reading long enough that one slip cannot make another title of it.
    guard read.count >= 7 else { return nil }
    let slipped = (read.count - 1...min(want.count, read.count + 1)).contains {
      EditDistance.between(want.suffix($0), read) <= 1
    }
    return slipped ? deputy : nil
  }

  /// A title line opening with an authority a signature stroke garbled ("4A. HIỆU TRƯỞNG"): the
  /// mark as read, the rest of the line and the known title it names. The signer signs for that
  /// head; the signer's own title, on the line under it, the stroke may have taken.
  static func garbledAuthority(_ line: String) -> (mark: String, rest: String, head: String)? {
    guard let garbled = line.firstMatch(of: #/^([^\s.]{1,3}\.)\s+(\S.*)$/#),
      let head = knownTitle(String(garbled.output.2))
    else { return nil }
    return (String(garbled.output.1), String(garbled.output.2), head)
  }

  /// Combines the pieces: the innermost authority, the title lines under it, and the last name.
  static func signer(from pieces: [Piece], warnings: inout [String]) -> Signer? {
    guard !pieces.isEmpty else { return nil }
    var authority: (code: String, rest: String)?
    var titleParts: [String] = []
    var name: String?
    var namedTitles: Int?
    // Capitals under the authority line other than the last name: the title as read, maybe
    // garbled so far that it was taken for a name ("ƠNG PHONG").
    var capitals: [String] = []
    for piece in pieces {
      switch piece {
      case .authority(let code, let rest):
        authority = (code, rest)
        titleParts = []
        namedTitles = nil
        capitals = []
      case .title(let text):
        titleParts.append(text)
        capitals.append(text)
      case .name(let text):
        if let previous = name, !previous.contains(where: \.isLowercase) {
          capitals.append(previous)
        }
        name = text
        namedTitles = titleParts.count
      }
    }
    // Title lines after the last name are signature specks, not part of the title.
    titleParts = Array(titleParts.prefix(namedTitles ?? titleParts.count))
    if authority == nil, let first = titleParts.first, let garbled = garbledAuthority(first) {
      warnings.append(
        "signer: \"\(garbled.mark)\" before \"\(garbled.head)\" is no authority (KT., TM., TL., "
          + "TUQ.) as read; the head signed for is kept, not taken for the signer's title")
      authority = (code: "", rest: garbled.rest)
      titleParts.removeFirst()
      capitals.removeAll { $0 == first }
    }
    let cleanTitle: (String) -> String? = {
      NameStyler.title.style(HeaderReader.trimmingSpecks($0))
    }
    var onBehalfOf = authority.flatMap { cleanTitle($0.rest) }
    var title =
      titleParts.isEmpty
      ? nil
      : knownTitle(titleParts.joined(separator: " "))
        ?? cleanTitle(titleParts.joined(separator: " "))
    if authority?.code == "Q" {
      // "Q. GIÁM ĐỐC": the signer is acting in that office, not signing for someone.
      title = title ?? onBehalfOf
      onBehalfOf = nil
    }
    if authority?.code == "KT", let onBehalfOf,
      title.map({ known in !Vocabulary.titles.contains { $0.words.joined(separator: " ") == known }
      })
        ?? true,
      let deputy = deputyTitle(readAs: capitals, signingFor: onBehalfOf)
    {
      warnings.append(
        "signer: title \"\(capitals.joined(separator: " "))\" read as \"\(deputy)\", the deputy "
          + "who signs for (KT.) the \(onBehalfOf)")
      title = deputy
    }
    var rank: String?
    if let raw = name {
      let aligned = AlignedText(raw)
      let words = aligned.words
      for phrase in Vocabulary.ranks where Fuzzy.phraseMatches(words, at: 0, phrase.folded) {
        rank = phrase.words.joined(separator: " ")
        name =
          phrase.folded.count < words.count
          ? aligned.text(from: words[phrase.folded.count].range.lowerBound).trimmingSpaces : nil
        break
      }
    }
    name = name.map { NameStyler.personName(FooterReader.tidyItem($0) ?? $0) }
    if let read = name, let repaired = Surname.repaired(read) {
      warnings.append(
        "signer: \"\(read)\" read as \"\(repaired)\": a name opens with a family name")
      name = repaired
    }
    if name == nil { warnings.append("signer: no name found in the signer block") }
    if title == nil { warnings.append("signer: no title found in the signer block") }
    return Signer(
      authority: authority.flatMap { $0.code.isEmpty ? nil : $0.code }, onBehalfOf: onBehalfOf,
      title: title, name: name, rank: rank)
  }
}
