import VietnameseText

/// Common Vietnamese middle and given names, for the signer's name when diacritic restoration
/// had to guess its marks: the language model, trained on legal text with few names in it,
/// reads "Pham Viet Anh" as "Phạm Viết Ảnh", words, where the name is Phạm Việt Anh.
enum GivenName {
  /// The names, as written (a hand-made list of frequent ones; a rare name such as Viết is
  /// left out on purpose, so that a guess falls on the frequent one).
  static let common: Set<String> = [
    "An", "Anh", "Ánh", "Bá", "Bảo", "Bằng", "Bích", "Bình", "Cường", "Chi", "Chính", "Châu",
    "Công", "Cúc", "Diễm", "Diệp", "Dung", "Duyên", "Dũng", "Duy", "Dương", "Đại", "Đăng", "Đạt",
    "Điệp", "Đình", "Định", "Đông", "Đức", "Giang", "Hà", "Hạ", "Hải", "Hạnh", "Hào", "Hằng",
    "Hân", "Hậu", "Hiền", "Hiển", "Hiếu", "Hiệp", "Hòa", "Hoa", "Hoài", "Hoàn", "Hoàng",
    "Hồng", "Hợp", "Huân", "Huệ", "Hùng", "Hưng", "Hương", "Hường", "Hữu", "Huy", "Huyền",
    "Khải", "Khang", "Khánh", "Khoa", "Khôi", "Khuê", "Kiên", "Kiều", "Kim", "Lan", "Lâm",
    "Lệ", "Liên", "Linh", "Loan", "Lộc", "Long", "Luân", "Lương", "Ly", "Mai", "Mạnh", "Minh",
    "My", "Mỹ", "Nam", "Nga", "Ngà", "Ngân", "Nghĩa", "Ngọc", "Nguyên", "Nhàn", "Nhân",
    "Nhật", "Nhi", "Nhung", "Như", "Oanh", "Phát", "Phong", "Phú", "Phúc", "Phụng", "Phương",
    "Phượng", "Quang", "Quân", "Quế", "Quốc", "Quý", "Quyên", "Quyết", "Quỳnh", "Sang", "Sơn",
    "Tài", "Tâm", "Tân", "Thái", "Thanh", "Thành", "Thảo", "Thắng", "Thế", "Thi", "Thị",
    "Thiện", "Thịnh", "Thoa", "Thông", "Thu", "Thục", "Thủy", "Thùy", "Thúy", "Thư", "Thương",
    "Tiến", "Tín", "Toàn", "Trà", "Trâm", "Trang", "Trí", "Trinh", "Trọng", "Trung", "Trường",
    "Tú", "Tuấn", "Tuệ", "Tùng", "Tường", "Tuyền", "Tuyết", "Uyên", "Văn", "Vân", "Vi", "Việt",
    "Vinh", "Vĩnh", "Vũ", "Vy", "Xuân", "Yến",
  ]

  private static let byFoldedForm = Dictionary(grouping: common) { $0.vietnameseFolded }

  /// The written form of one syllable of a name after the family name: `restored` as
  /// restoration read it from `raw`, the same syllable as OCR wrote it. Kept when it is a
  /// common name, or when OCR read it so and it is a middle name (a family name often stands
  /// there: "Hà Thị Lê Vân"); otherwise the raw form if that is a common name, or the one
  /// common name with the same letters: OCR slips on tone marks under a signature ("Trần Hoàng
  /// Tuần" for Tuấn), and no given name is written so.
  static func reading(restored: String, raw: String, isGivenName: Bool) -> String {
    guard !common.contains(restored), isGivenName || restored != raw else { return restored }
    if restored != raw, common.contains(raw) { return raw }
    let alike = byFoldedForm[restored.vietnameseFolded] ?? []
    return alike.count == 1 ? alike[0] : restored
  }
}
