/// How a document writes names in its running text: the capitals of its mixed-case mentions of a
/// body, which win over a rule applied to the same name printed in capitals in the header
/// ("BỆNH VIỆN ĐA KHOA TỈNH" is written "Bệnh viện đa khoa tỉnh Bắc Ninh" in the body).
struct NameMentions: Sendable {
  /// Each mixed-case line's words: their folded keys and whether each starts with a capital;
  /// `nil` for a word in capitals, which tells nothing ("SỞ NỘI VỤ Độc lập…", columns merged).
  private let lines: [[(key: String, capital: Bool?)]]

  /// The mentions in `lines`; lines printed in capitals tell nothing about capitals and are left
  /// out.
  init(lines: [AlignedText]) {
    self.lines = lines.filter { !$0.isBlank && !HeaderReader.isMostlyCaps($0) }.map { line in
      line.words.map { word in
        let letters = line.original[word.range].filter(\.isLetter)
        let inCapitals = letters.count >= 2 && !letters.contains(where: \.isLowercase)
        return (word.key, inCapitals ? nil : line.original[word.range.lowerBound].isUppercase)
      }
    }
  }

  /// The minimum run of words a mention must share with a name: two words are often a common
  /// term ("thông tin" in "Hệ thống Thông tin") that another name writes otherwise.
  static let minimumRun = 3

  /// `name` with the capitals of the longest mention of each part of it: every run of at least
  /// ``minimumRun`` words the text also writes in mixed case takes that mention's capitals,
  /// letter case only (the name's own spelling is kept). The first word keeps its capital, and so
  /// do the words of a body's kind ("Trường Đại học"), which running text writes in lower case
  /// when it speaks of a kind, not of the body ("sinh viên đại học").
  func recased(_ name: String) -> String {
    var words = name.split(separator: " ").map(String.init)
    let keys = words.map { AlignedText($0).folded }
    guard keys.count >= Self.minimumRun else { return name }
    var capitals: [Bool?] = Array(repeating: nil, count: words.count)
    var start = 0
    while start < keys.count {
      var best: (length: Int, capitals: [Bool])?
      for line in lines {
        for offset in line.indices where line[offset].key == keys[start] {
          var length = 0
          // A code in capitals ("QL" of "QL Đào tạo") matches the same code in the name.
          while start + length < keys.count, offset + length < line.count,
            line[offset + length].key == keys[start + length],
            line[offset + length].capital != nil || NameStyler.isAcronym(words[start + length])
          {
            length += 1
          }
          if length >= Self.minimumRun, length > best?.length ?? 0 {
            best = (length, line[offset..<(offset + length)].map { $0.capital ?? true })
          }
        }
      }
      guard let best else {
        start += 1
        continue
      }
      for (position, capital) in best.capitals.enumerated() {
        capitals[start + position] = capital
      }
      start += best.length
    }
    var kindWords = Set<Int>()
    for start in keys.indices {
      for kind in Vocabulary.organizationKinds
      where start + kind.folded.count <= keys.count
        && Array(keys[start..<(start + kind.folded.count)]) == kind.folded
      {
        kindWords.formUnion(start..<(start + kind.folded.count))
      }
    }
    for index in words.indices.dropFirst() {
      guard let capital = capitals[index], let first = words[index].first, first.isLetter,
        !NameStyler.isAcronym(words[index]), capital || !kindWords.contains(index)
      else { continue }
      let head = capital ? String(first).uppercased() : String(first).lowercased()
      words[index] = head + words[index].dropFirst()
    }
    return words.joined(separator: " ")
  }

  /// A signer's title with the unit it names after its first two words ("Trưởng phòng QL Đào
  /// Tạo", styled from capitals word by word) recased as the text writes the unit ("Lưu: VT, QL
  /// Đào tạo").
  func recasedUnit(inTitle title: String) -> String {
    let words = title.split(separator: " ")
    guard words.count >= 2 + Self.minimumRun else { return title }
    return words.prefix(2).joined(separator: " ") + " "
      + recased(words.dropFirst(2).joined(separator: " "))
  }
}
