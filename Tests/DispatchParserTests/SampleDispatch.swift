/// Small dispatches written for the rule tests, each varying one part of a common layout.
enum SampleDispatch {
  /// A full document in reading order with replaceable parts.
  static func text(
    header: String = """
    UBND TỈNH NINH BÌNH
    SỞ NỘI VỤ
    Số: 45/KH-SNV
    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    Độc lập - Tự do - Hạnh phúc
    Ninh Bình, ngày 03 tháng 02 năm 2026
    """,
    title: String = """
    KẾ HOẠCH
    Kiểm tra công tác văn thư, lưu trữ năm 2026
    """,
    body: String = """
    Căn cứ Luật Lưu trữ ngày 21 tháng 6 năm 2024; Sở Nội vụ ban hành Kế hoạch kiểm tra như sau:
    1. Kiểm tra tại 12 cơ quan, đơn vị trong quý II năm 2026.
    """,
    footer: String = """
    Nơi nhận:
    - UBND tỉnh (b/c);
    - Lưu: VT, VTLT.
    """,
    signer: String = """
    KT. GIÁM ĐỐC
    PHÓ GIÁM ĐỐC
    Lê Thị Mai
    """
  ) -> String {
    [header, title, body, footer, signer].filter { !$0.isEmpty }.joined(separator: "\n")
  }
}
