/// Reads the subject lines printed under the title ("BÁO CÁO" / "Công tác tuyên truyền …").
enum TitleReader {
  /// The subject and the line after it.
  struct Result: Sendable {
    /// The cleaned subject.
    let subject: String?
    /// The first line after the subject.
    let end: Int
  }

  /// Reads the subject after the title line: blank lines right after the title are skipped,
  /// then lines are taken until a blank line or a line that opens the body.
  static func subject(in lines: [AlignedText], title: Int, limit: Int) -> Result {
    // The incoming-mail stamp ("CÔNG VĂN ĐẾN Số … Ngày … Chuyển …") is often stamped over the
    // title; its lines count as blank.
    let lines = lines.map { MarkReader.isReceivedStampLine($0) ? AlignedText("") : $0 }
    var index = title + 1
    while index < limit, lines[index].isBlank { index += 1 }
    var parts: [String] = []
    while index < limit, parts.count < 4 {
      var line = lines[index]
      // OCR puts blank lines between wrapped subject lines; a lower-case line after them
      // continues.
      var next = index
      while next < limit, lines[next].isBlank { next += 1 }
      if line.isBlank, !parts.isEmpty, next < limit,
        lines[next].original.first(where: \.isLetter)?.isLowercase == true
          || Self.standsBeforeSalutation(next, in: lines, limit: limit),
        !opensBody(lines[next]), lines[next].original.count <= 80,
        !lines[next].original.contains(";")
      {
        index = next
        line = lines[index]
      }
      if line.isBlank || DocumentLayout.isDecoration(line) { break }
      // A subject is a few short centred lines; a paragraph-long line is the body.
      if !parts.isEmpty, line.original.count > 100 || startsParagraph(line) { break }
      // "… trân trọng kính mời:" introduces a list, as a body sentence does.
      if !parts.isEmpty, line.string.trimmingSpaces.hasSuffix(":") { break }
      // A subject may open with a line in capitals ("KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY");
      // after the first line, capitals mean the body's authority line.
      if opensBody(line), !(parts.isEmpty && isCaps(line) && !DocumentLayout.isSalutation(line)) {
        break
      }
      // A stamp read into the same line as the subject, cut off by OCR's cell bar ("TÊM-CÔNG
      // BẢO & TÍN HỌC NGÃI | Về việc …"): the part that opens the subject is kept.
      if line.string.contains(" | "),
        let part = line.string.components(separatedBy: " | ").first(
          where: {
            DocumentLayout.subjectLabel(AlignedText($0)) != nil || SubjectText.opensWithAbout($0)
          })
      {
        line = AlignedText(part)
      }
      parts.append(isCaps(line) ? NameStyler.sentenceCased(line.string) : line.string)
      index += 1
    }
    return Result(subject: SubjectText.clean(parts.joined(separator: " ")), end: index)
  }

  /// Whether the line at `index` is the last written one before "Kính gửi": a subject's last
  /// line, whatever its first letter ("Chính quy ngành Hệ thống Thông tin Đợt 1 năm 2014").
  private static func standsBeforeSalutation(_ index: Int, in lines: [AlignedText], limit: Int)
    -> Bool
  {
    var next = index + 1
    while next < limit, lines[next].isBlank { next += 1 }
    return next < limit && DocumentLayout.isSalutation(lines[next])
  }

  /// Lines that start the body rather than continue a subject: "Kính gửi", "Căn cứ",
  /// a list item, a rule, or an all-caps line (the authority line of a decision).
  static func opensBody(_ line: AlignedText) -> Bool {
    if DocumentLayout.isSalutation(line) || DocumentLayout.isDecoration(line) { return true }
    if line.keyed.firstMatch(of: #/^(can\s+cu|thuc\s+hien|[-+•]|[ivx]+\.|\d+\.)/#) != nil {
      return true
    }
    return isCaps(line)
  }

  /// Words that open a body paragraph right after the subject when no blank line separates them.
  private static func startsParagraph(_ line: AlignedText) -> Bool {
    line.keyed.firstMatch(of: #/^(ngay\s+\d|tai\s|theo\s|trong\s|sau\s+khi|hien\s+nay|de\s)/#)
      != nil
  }

  private static func isCaps(_ line: AlignedText) -> Bool {
    let letters = line.original.filter(\.isLetter)
    return letters.count > 3 && letters.allSatisfy { !$0.isLowercase }
  }
}
