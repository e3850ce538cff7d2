import VietnameseText

/// Reads what stamps add to a dispatch's page: digital-signature boxes and the incoming-mail
/// stamp. Their text comes from a PDF's text layer (signing software writes it there) or from
/// OCR.
enum StampReader {
  /// The digital signatures in `text`, in order, each once.
  static func digitalSignatures(in text: String) -> [DigitalSignature] {
    let lines = text.split(whereSeparator: \.isNewline).map { String($0).trimmingSpaces }
    var found: [DigitalSignature] = []
    for (index, line) in lines.enumerated() {
      // "Ký bởi: Ủy ban nhân dân tỉnh Quảng Ngãi" and, within a few lines, "Thời gian ký: …".
      if let signer = value(after: #/^k[yi]\s*b[o0]i\s*:/#, in: line) {
        let name = lines[(index + 1)..<min(lines.count, index + 3)].prefix {
          value(after: #/^th[o0]i\s*gian\s*k[yi]\s*:/#, in: $0) == nil && !$0.contains(":")
        }
        // The time may wrap: "Thời gian ký: 05/01/2021" / "08:15:24".
        let time = (index..<min(lines.count, index + 5)).lazy.compactMap { at in
          value(after: #/^th[o0]i\s*gian\s*k[yi]\s*:/#, in: lines[at]).map {
            $0 + " " + (at + 1 < lines.count ? lines[at + 1] : "")
          }
        }.first.flatMap(Self.time(in:))
        let fullName = ([signer] + name).joined(separator: " ")
        found.append(DigitalSignature(signer: fullName, email: nil, time: time))
        continue
      }
      // A publisher's box: the body in capitals, the e-mail address, then the time.
      if let email = line.firstMatch(of: #/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,}/#) {
        var names: [String] = []
        var above = index - 1
        while above >= 0, names.count < 3, HeaderReader.isMostlyCaps(AlignedText(lines[above])),
          !lines[above].contains("@")
        {
          names.insert(lines[above], at: 0)
          above -= 1
        }
        let time = lines[index..<min(lines.count, index + 3)].lazy.compactMap(Self.time(in:)).first
        let signer =
          names.isEmpty ? nil : NameStyler.organization.style(names.joined(separator: " "))
        found.append(DigitalSignature(signer: signer, email: String(email.output), time: time))
      }
    }
    var seen: [DigitalSignature] = []
    for signature in found where !seen.contains(signature) { seen.append(signature) }
    return seen
  }

  /// The incoming-mail stamp in `text`, if its lines are there; its number and date when they
  /// read plainly.
  static func receivedStamp(in lines: [AlignedText]) -> ReceivedStamp? {
    let stampLines = lines.prefix(DocumentLayout.headerWindow + 10).filter {
      MarkReader.isReceivedStampLine($0)
    }
    guard !stampLines.isEmpty else { return nil }
    var number: String?
    var date: String?
    for line in stampLines {
      if number == nil, let match = line.keyed.firstMatch(of: #/\bso\s*:\s*(\d{1,6})\b/#) {
        number = String(match.output.1)
      }
      if date == nil, let found = DateReader.all(in: line).first { date = found.iso }
      if date == nil,
        let match = line.keyed.firstMatch(
          of: #/ng[a-z]{2}\s*:\s*(\d{1,2})\s*[\/.\-]\s*(\d{1,2})\s*[\/.\-]\s*(\d{2,4})\b/#)
      {
        date = Self.date(day: match.output.1, month: match.output.2, year: match.output.3)
      }
    }
    return ReceivedStamp(number: number, date: date)
  }

  private static func value(after label: Regex<Substring>, in line: String) -> String? {
    let aligned = AlignedText(line)
    guard let match = aligned.keyed.firstMatch(of: label) else { return nil }
    let rest = aligned.text(from: aligned.offsets(of: match.range, in: aligned.keyed).upperBound)
    return rest.trimmingSpaces.isEmpty ? nil : rest.trimmingSpaces
  }

  /// "05/01/2021 08:15:24" or "05.02.2025 15:35:18 +07:00" as ISO 8601.
  static func time(in text: String) -> String? {
    guard
      let match = text.firstMatch(
        of:
          #/(\d{1,2})[\/.](\d{1,2})[\/.](\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([+-]\d{2}):?(\d{2}))?/#
      ),
      let day = Int(match.output.1), let month = Int(match.output.2),
      let date = DateReader.iso(
        day: Substring(String(day)), month: Substring(String(month)), year: match.output.3)
    else { return nil }
    let hour = String(match.output.4).count == 1 ? "0" + match.output.4 : String(match.output.4)
    var time = "\(date)T\(hour):\(match.output.5):\(match.output.6 ?? "00")"
    if let sign = match.output.7, let minutes = match.output.8 { time += "\(sign):\(minutes)" }
    return time
  }

  private static func date(day: Substring, month: Substring, year: Substring) -> String? {
    let fullYear = year.count == 2 ? "20" + year : String(year)
    return DateReader.iso(day: day, month: month, year: Substring(fullYear))
  }
}
