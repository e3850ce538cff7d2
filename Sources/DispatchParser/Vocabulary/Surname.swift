import VietnameseText

/// Vietnamese family names, which open a person's full name, for repairing the tone or mark OCR
/// lost on the first word of a signer's name ("Đồ Minh Hòa" for Đỗ, "Đăng" for Đặng): the seal
/// is stamped over that line, and the language model cannot tell a name from a word.
enum Surname {
  /// The family names, as written.
  static let written =
    [
      "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
      "Hồ", "Ngô", "Dương", "Lý", "Đào", "Đinh", "Trịnh", "Mai", "Trương", "Lương", "Lâm", "Hà",
      "Tạ", "Cao", "Chu", "Tô", "Đoàn", "Vương", "Quách", "Kiều", "Thái", "Tống", "La", "Lã", "Lưu",
      "Hứa", "Khúc", "Lại", "Nghiêm", "Giang", "Mạc", "Tăng", "Tôn", "Thạch", "Lò", "Điêu", "Âu",
      "Tiêu", "Khổng", "Bạch", "Bành", "Cù", "Đàm", "Diệp", "Ông", "Quan", "Phùng", "Nông", "Vi",
      "Sầm", "Lục", "Lăng", "An",
    ] + rare

  /// Family names kept as OCR read them but never a repair's choice: the frequent name with
  /// the same letters is what a slip stands for ("Hạ Bá Chân" is kept, "Hả" becomes Hà).
  static let rare = ["Hạ"]

  /// Folded form → the one family name that folds to it; forms two names share ("la": La, Lã)
  /// are left out, since nothing tells which was meant.
  private static let byFoldedForm: [String: String] = {
    let grouped = Dictionary(grouping: written.filter { !rare.contains($0) }) {
      $0.vietnameseFolded
    }
    return grouped.compactMapValues { $0.count == 1 ? $0[0] : nil }
  }()

  /// `name` with its first word replaced by the family name it must be when OCR read it as no
  /// family name but one folds to the same letters; `nil` when nothing needs repairing.
  static func repaired(_ name: String) -> String? {
    var words = name.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    guard words.count >= 2, let first = words.first, !written.contains(first),
      let surname = byFoldedForm[first.vietnameseFolded]
    else { return nil }
    words[0] = surname
    return words.joined(separator: " ")
  }
}
