/// Known words of administrative Vietnamese: used to recognise them in OCR text and to write
/// them back with their correct spelling and case.
enum Vocabulary {
  /// One phrase: its canonical words and their folded forms.
  struct Phrase: Sendable {
    let words: [String]
    let folded: [String]
    init(_ text: String) {
      words = text.split(separator: " ").map(String.init)
      folded = words.map { AlignedText($0).folded }
    }
  }

  /// Organisation kinds, sectors and place kinds as they are written inside a name.
  static let organization: [Phrase] =
    organizationKinds
    + [
      "Giáo dục và Đào tạo", "Tài nguyên và Môi trường", "Nông nghiệp và Môi trường",
      "Văn hóa, Thể thao và Du lịch", "Văn hóa Thể thao và Du lịch", "Văn hóa - Thể thao",
      "Văn hóa - Xã hội", "Văn hóa và Thông tin", "Văn hóa", "Kinh tế", "Y tế", "Tài chính",
      "Nội vụ",
      "Tư pháp", "Xây dựng", "Công Thương", "Nông nghiệp và Phát triển nông thôn",
      "Kế hoạch và Đầu tư", "Giao thông vận tải", "Lao động - Thương binh và Xã hội",
      "Khoa học và Công nghệ", "Thông tin và Truyền thông", "Ngoại vụ", "Dân tộc và Tôn giáo",
      "Quốc phòng", "Quản lý đất đai", "Quản lý đô thị", "Kinh tế - Hạ tầng", "Quân sự",
      "Hành chính", "Tổ chức cán bộ", "An ninh kinh tế", "An ninh", "Cảnh sát giao thông",
      "Phòng cháy chữa cháy",
      "Tổng hợp", "Nhà nước", "Việt Nam", "Trung ương", "thành phố", "tỉnh", "quận", "huyện",
      "thị xã",
      "phường", "xã", "thị trấn", "đặc khu", "và", "các", "của", "nhân dân",
    ].map(Phrase.init)

  /// Phrases that start the name of a body ("Sở", "Ủy ban nhân dân"): a header line that starts
  /// with one names a new body, any other line continues the one above.
  static let organizationKinds: [Phrase] = [
    "Ủy ban nhân dân", "Hội đồng nhân dân", "Ủy ban Mặt trận Tổ quốc Việt Nam",
    "Ủy ban Mặt trận Tổ quốc", "Mặt trận Tổ quốc", "Sở", "Bộ", "Phòng", "Trường", "Công an",
    "Chi cục", "Tổng cục", "Cục", "Viện", "Trung tâm", "Ban", "Văn phòng", "Thanh tra",
    "Tòa án nhân dân", "Viện kiểm sát nhân dân", "Đảng bộ", "Tỉnh ủy", "Thành ủy", "Quận ủy",
    "Huyện ủy", "Thị ủy", "Đảng ủy", "Chi bộ", "Chính phủ", "Quốc hội", "Đoàn", "Hội", "Công ty",
    "Bệnh viện", "Trạm Y tế", "Kho bạc Nhà nước", "Bảo hiểm xã hội", "Liên đoàn Lao động",
    "Ban Thường vụ", "Ban Chấp hành", "Ban Chỉ đạo", "Ban Tuyên giáo", "Ban Tổ chức", "Ban Dân vận",
    "Ủy ban Kiểm tra", "Bộ Chỉ huy Quân sự", "Bộ Tư lệnh", "Thủ tướng Chính phủ",
    "Trường Trung học phổ thông", "Trường Trung học cơ sở", "Trường Tiểu học", "Trường Mầm non",
    "Trường Đại học", "Trường Cao đẳng", "Đội", "Phòng Cảnh sát", "Cảnh sát", "UBND", "HĐND",
    "Đại học Quốc gia", "Đại học", "Học viện", "Khoa", "Hiệp hội", "Tổ công tác", "Phân hiệu",
    "Cổng thông tin điện tử", "Cổng Thông tin điện tử",
  ].map(Phrase.init)

  /// ``placeNames`` folded word by word, for matching capitals.
  static let foldedPlaceNames: [[String]] = placeNames.map {
    $0.split(separator: " ").map { AlignedText($0).folded }
  }

  /// Place kinds ("phường", "thành phố"), dropped from the front of a place name.
  static let placeKinds: [Phrase] = [
    "thành phố", "tỉnh", "quận", "huyện", "thị xã", "phường", "xã", "thị trấn", "đặc khu", "TP",
  ].map(Phrase.init)

  /// Titles of office holders, tried before the organisation words in a signer block.
  static let titles: [Phrase] = [
    "Phó Bí thư Thường trực", "Bí thư Thường trực", "Thường trực", "Chủ tịch", "Phó Chủ tịch",
    "Giám đốc", "Phó Giám đốc", "Bí thư", "Phó Bí thư", "Trưởng phòng",
    "Phó Trưởng phòng", "Chánh Văn phòng", "Phó Chánh Văn phòng", "Hiệu trưởng", "Phó Hiệu trưởng",
    "Bộ trưởng", "Thứ trưởng", "Cục trưởng", "Phó Cục trưởng", "Chi cục trưởng",
    "Phó Chi cục trưởng", "Tổng cục trưởng", "Trưởng ban", "Phó Trưởng ban", "Tổng Giám đốc",
    "Phó Tổng Giám đốc", "Chánh án", "Viện trưởng", "Thủ tướng", "Phó Thủ tướng", "Chủ nhiệm",
    "Phó Chủ nhiệm", "Chính ủy", "Chỉ huy trưởng", "Tư lệnh", "Trưởng Công an",
    "Phó Trưởng Công an",
    "Chánh Thanh tra", "Phó Chánh Thanh tra", "Trưởng đoàn", "Thư ký", "Kế toán trưởng",
    "Trưởng trạm", "Thủ trưởng", "Trưởng khoa", "Đội trưởng", "Phó Đội trưởng",
  ].map(Phrase.init)

  /// Abbreviations written inside names and their expansions.
  static let abbreviations: [String: [String]] = [
    "ubnd": ["Ủy", "ban", "nhân", "dân"], "hdnd": ["Hội", "đồng", "nhân", "dân"],
    "tp": ["thành", "phố"], "gd&dt": ["Giáo", "dục", "và", "Đào", "tạo"],
    "ubmttq": ["Ủy", "ban", "Mặt", "trận", "Tổ", "quốc"],
    "bch": ["Ban", "Chấp", "hành"], "btv": ["Ban", "Thường", "vụ"],
    "thpt": ["Trung", "học", "phổ", "thông"], "thcs": ["Trung", "học", "cơ", "sở"],
    "hcm": ["Hồ", "Chí", "Minh"],
  ]

  /// Military and police ranks written before a signer's name.
  static let ranks: [Phrase] = [
    "Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng", "Đại tá", "Thượng tá", "Trung tá",
    "Thiếu tá", "Đại úy", "Thượng úy", "Trung úy", "Thiếu úy", "Thượng sĩ", "Trung sĩ", "Hạ sĩ",
  ].map(Phrase.init)

  /// Common Vietnamese family names (folded): a capitalised word among them starts a person's name.
  static let surnames = Set(Surname.written.map(\.vietnameseFolded))
}
