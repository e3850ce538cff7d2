extension LegacyEncoding {
  /// The 300 most frequent syllables with marks in Vietnamese legal text (84% of its marked syllables),
  /// lower case, modern tone placement. Detection counts them extra, so that a reading full of
  /// everyday words ("phụ lục") beats one that is merely well-formed ("phứ lức").
  ///
  /// Derived from the first 200,000 lines of the Bộ Pháp điển corpus (/work/shared/corpus/phapdien.txt.xz;
  /// legal normative documents, not protected by copyright under the Law on Intellectual Property,
  /// Art. 15): tokens of Vietnamese letters, lower-cased, tone marks normalised, valid syllables with a
  /// non-ASCII letter, counted and ranked (ties alphabetically).
  static let commonSyllables: Set<String> = [
    "định", "và", "của", "điều", "các", "có", "công", "được", "cơ", "hợp", "thực", "thông", "tại",
    "hiện", "bộ", "cấp", "chức", "hành", "động", "bảo", "tổ", "với", "vụ", "nhân", "về", "lý",
    "người", "này", "không", "pháp", "nhiệm", "việc", "hoặc", "tư", "số", "luật", "dụng", "đối",
    "nghiệp", "kiểm", "nước", "bản", "hàng", "nhận", "tài", "chính", "sản", "trường", "nghị",
    "ngày", "sở", "quản", "quyết", "quyền", "báo", "hội", "phải", "đồng", "thời", "trình", "hoạt",
    "khoản", "án", "từ", "thành", "bị", "quốc", "để", "liên", "thẩm", "dân", "ký", "nhà", "trách",
    "là", "phương", "giấy", "viên", "sơ", "xuất", "chứng", "học", "hồ", "địa", "hiểm", "chủ",
    "nghệ", "nội", "năm", "cáo", "văn", "sử", "hạn", "phòng", "kết", "liệu", "chỉ", "đề", "tế",
    "phẩm", "đơn", "thuộc", "dự", "giá", "xã", "tác", "sự", "điểm", "cầu", "đến", "làm", "cá",
    "đăng", "phạm", "phát", "lập", "phí", "khác", "hiệu", "trên", "toán", "chất", "đầu", "thủ",
    "dịch", "tiếp", "việt", "vị", "yêu", "tháng", "đã", "thống", "giải", "thể", "lực", "kiện",
    "đảm", "thiết", "trưởng", "trợ", "lượng", "hóa", "thì", "sát", "xác", "chế", "hình", "một",
    "toàn", "trực", "đại", "độ", "tiêu", "giám", "thương", "ứng", "chuyển", "ngoài", "sách", "quả",
    "ủy", "đổi", "tổng", "bệnh", "phép", "xử", "đủ", "kế", "bằng", "kể", "điện", "tỉnh", "triển",
    "hoạch", "thủy", "gồm", "chuẩn", "khẩu", "chuyên", "vật", "kiến", "tự", "xét", "nhập", "năng",
    "tục", "mẫu", "áp", "dựng", "xây", "tính", "quỹ", "mức", "lại", "phụ", "mục", "thức", "diện",
    "vào", "dẫn", "gửi", "cục", "vệ", "tòa", "vận", "vực", "trước", "tiện", "bổ", "nếu", "bố",
    "phối", "lệ", "hướng", "tiền", "tố", "hỗ", "thuật", "hệ", "tạo", "tạm", "đánh", "phủ", "quá",
    "cứu", "ngành", "phân", "phục", "kỹ", "kèm", "thuốc", "đường", "phần", "trị", "tượng", "thuế",
    "vốn", "ngân", "kê", "đây", "lợi", "trì", "chương", "đo", "lưu", "nguồn", "nhất", "ở", "tàu",
    "nguyên", "giữ", "biên", "phù", "chống", "bên", "đó", "nông", "biện", "tiến", "bán", "lục",
    "cứ", "thường", "soát", "nghiệm", "loại", "nơi", "duyệt", "viện", "nghĩa", "chịu", "giáo",
    "chữa", "tử", "tên", "phê", "tịch", "trả", "kỳ", "những", "tập", "ương", "chấp", "thác", "xạ",
    "dữ", "nộp", "trọng", "cảng", "tình", "thuận", "vấn", "đạo", "ý", "giới", "sửa", "cần", "mà",
    "chỉnh", "căn",
  ]
}
