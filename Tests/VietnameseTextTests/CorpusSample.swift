// Generated; do not edit. A sample of the legal corpus for the syllable validity test.
//
// Source: /work/shared/corpus/phapdien.txt.xz, the Ministry of Justice's Bộ Pháp điển (legal normative
// documents, not protected by copyright: Law on Intellectual Property, Art. 15), NFC, one paragraph a line.
// Lines 1, 501, 1001 … of its first 190,000 lines. Rebuild with:
//   xz -dc /work/shared/corpus/phapdien.txt.xz | head -190000 | awk 'NR % 500 == 1'
// and paste the output between the delimiters below.

/// 380 paragraphs of the codification, one per line.
let corpusSample = #"""
  Chương I
  e) Hỗ trợ hoặc trợ cấp đối với các trường hợp quy định tại khoản 5 và khoản 6 Điều 11 Nghị định này;
  1. Thông tư này áp dụng đối với các cơ quan, tổ chức và cá nhân có liên quan đến quản lý, bảo trì đường thủy nội địa quốc gia.
  Điều 14.3.TT.13.4. Quy hoạch cảng, bến thủy nội địa
  b) Cục Hàng hải Việt Nam theo ủy quyền có trách nhiệm tổ chức nghiệm thu kết quả thực hiện dự án xã hội hóa nạo vét vùng nước cảng biển và nhận bàn giao từ nhà đầu tư; thanh quyết toán theo hợp đồng dự án; thanh lý hợp đồng dự án.
  3. Phương tiện thủy nước ngoài, tàu biển vào, rời cảng thủy nội địa tiếp nhận phương tiện thủy nước ngoài phải tuân thủ quy định của pháp luật hàng hải về an ninh, an toàn hàng hải như đối với phương tiện vào, rời cảng biển Việt Nam và quy định tại Nghị định này, trừ trường hợp pháp luật có quy định khác.
  4. Theo đề nghị, chỉ đạo của cơ quan nhà nước có thẩm quyền.
  Thực hiện bảo trì công trình đường thủy nội địa theo quy định tại Điều 33 Nghị định số 06/2021/NĐ-CP.
  4. Trường hợp xét thấy thi hành lệnh của người chỉ huy trực tiếp trên buồng lái sẽ gây ra hư hỏng bộ phận máy phải báo cáo cho người phụ trách ca làm việc hoặc thuyền trưởng biết, nếu lệnh đó vẫn giữ nguyên thì phải chấp hành và ghi vào nhật ký máy có xác nhận của người ra lệnh.
  3
  a) Thuyền đi thuận gió tránh thuyền đi ngược gió;
  đ) Phương tiện vào, rời cảng, bến thủy nội địa trong phạm vi quản lý của một Đại diện Cảng vụ từ hai lần trở lên trong một ngày mà không thay đổi thuyền viên, người lái phương tiện thì Cảng vụ kiểm tra giấy tờ của phương tiện, thuyền viên lần đầu. Việc kiểm tra điều kiện an toàn các lần vào, rời thực hiện theo quy định tại Nghị định này;
  b) Yêu cầu người kinh doanh vận tải giao hàng hóa đúng địa điểm, thời gian đã thỏa thuận trong hợp đồng;
  1. Tổ chức, cá nhân nộp trực tiếp một (01) bộ hồ sơ đề nghị cấp Giấy phép vận tải thủy qua biên giới hoặc gửi qua đường bưu chính đến cơ quan có thẩm quyền cấp Giấy phép quy định tại Điều 7 của Thông tư này.
  3. Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chỉ đạo các Sở Giao thông vận tải tổ chức thực hiện công tác quản lý hoạt động kinh doanh dịch vụ đào tạo thuyền viên, người lái phương tiện thủy nội địa trong phạm vi địa phương theo quy định của pháp luật. Định kỳ cập nhật, công bố danh sách các cơ sở kinh doanh dịch vụ đào tạo thuyền viên, người lái phương tiện thủy nội địa trong phạm vi địa phương trên Cổng thông tin điện tử của Sở Giao thông vận tải.
  b) Giám đốc Quỹ có quyền duyệt chi với mức không quá 10.000 USD (mười nghìn đôla Mỹ) cho mỗi vụ việc. Các khoản chi trên mức 10.000 USD và các khoản chi quy định tại điểm c tiết 1.1 khoản 1 Điều 4, Giám đốc Quỹ phải báo cáo Bộ trưởng Bộ Ngoại giao xem xét quyết định.
  d) Trường hợp người nộp thuế có nhiều thửa đất ở trong một tỉnh thì người nộp thuế chỉ được lựa chọn một thửa đất tại một quận, huyện, thị xã, thành phố nơi có quyền sử dụng đất để làm căn cứ xác định hạn mức đất tính thuế, trong đó:
  Điều 39.7.NĐ.1.12.
  3. Công an cấp xã có trách nhiệm giúp Chủ tịch Ủy ban nhân dân cấp xã thu thập tài liệu để lập Hồ sơ quản lý người sử dụng trái phép chất ma túy.
  b) Hồ sơ đề nghị đưa vào cơ sở cai nghiện bắt buộc quy định tại Điều 51 Nghị định này.
  c) Tổ chức cuộc họp định kỳ 6 tháng và hàng năm với chính quyền các tỉnh của nước có chung đường biên giới để trao đổi thông tin, bàn biện pháp phối hợp phòng, chống tệ nạn ma tuý.
  Điều 39.7.QĐ.1.3.
  i) Người bị kết án tử hình;
  a) Trình bày trung thực sự việc, cung cấp thông tin, tài liệu cho người giải quyết khiếu nại; chịu trách nhiệm trước pháp luật về nội dung trình bày và việc cung cấp thông tin, tài liệu đó;
  3. Cung ứng, trao đổi mô với các ngân hàng mô khác.
  d) Đối với tài liệu hướng dẫn sử dụng của trang thiết bị y tế: Nộp bản bằng tiếng Việt có xác nhận của tổ chức đứng tên công bố tiêu chuẩn áp dụng, kèm theo bản gốc bằng tiếng Anh do chủ sở hữu trang thiết bị y tế ban hành đối với trang thiết bị y tế nhập khẩu. Trường hợp tài liệu hướng dẫn sử dụng không bằng tiếng Anh hoặc không bằng tiếng Việt thì phải dịch ra tiếng Việt. Bản dịch phải được chứng thực theo quy định của pháp luật.
  Các cơ sở y tế của Nhà nước ngoài việc thực hiện quản lý, sử dụng trang thiết bị y tế theo quy định tại Điều 63 Nghị định này, phải thực hiện quản lý trang thiết bị y tế theo các quy định sau:
  Thông tư này quy định về danh mục phụ gia thực phẩm; sử dụng, quản lý phụ gia thực phẩm và trách nhiệm của cơ quan, tổ chức, cá nhân có liên quan.
  đ) Báo cáo kết quả giám sát gửi về cơ quan chỉ định chậm nhất 15 (mười lăm) ngày làm việc sau khi kết thúc giám sát;
  3. Có chứng nhận vệ sinh thú y của cơ quan thú y có thẩm quyền đối với thực phẩm tươi sống có nguồn gốc từ động vật theo quy định của pháp luật về thú y
  b) Được chế tạo bằng vật liệu không độc, không thôi nhiễm các chất độc hại, không gây mùi lạ hay làm biến đổi thực phẩm.
  ĐIỀU KIỆN BẢO ĐẢM AN TOÀN THỰC PHẨM TRONG KINH DOANH DỊCH VỤ ĂN UỐNG
  Điều 45.1.TT.51.5. Cơ quan kiểm tra, chứng nhận
  Điều 45.1.TL.5.14. Số Giấy Tiếp nhận bản công bố hợp quy hoặc Giấy Xác nhận công bố phù hợp quy định an toàn thực phẩm
  a) Xuất hiện dữ liệu hoặc kiến thức khoa học mới liên quan đến cặp Mối nguy - Thực phẩm đang được kiểm soát;
  5. Cung cấp thông tin về khả năng nhiễm khuẩn khi trẻ bú bình và khi sản phẩm sữa thay thế sữa mẹ không được pha chế và cho ăn đúng cách;
  a) Tuân thủ đúng quy trình kiểm nghiệm, bảo đảm năng lực kiểm nghiệm, bảo mật thông tin kết quả kiểm nghiệm theo quy định của pháp luật;
  Điều 45.1.TT.32.18. Tổ chức thực hiện
  b) Cục An toàn thực phẩm, Cục Y tế dự phòng, Vụ Sức khỏe bà mẹ - Trẻ em căn cứ chức năng, nhiệm vụ được giao tham gia phối hợp với các cơ quan, đơn vị liên quan của các Bộ quản lý chuyên ngành về thực phẩm theo phân công tại Nghị định số 15/2018/NĐ-CP tổ chức thực hiện Thông tư này.
  Dimethyl dicarbonate
  Chất độn, chất mang, chất nhũ hóa, chất tạo bọt, chất tạo gel, chất làm bóng, chất làm ẩm, chất tạo phức kim loại, chất ổn định, chất làm dày
  2905.44.00
  Chất xử lý bột
  Bao, túi, màng bọc
  Điều 6.5.NĐ.1.5. Bảo hiểm y tế
  7. Các trường hợp khác thực hiện theo quy định tại các điểm c, d, đ, e, l, m khoản 1 Điều 14 Pháp lệnh.
  Điều 6.5.NĐ.2.78. Hồ sơ, thủ tục công nhận đối với người bị thương thuộc quân đội hiện đang tại ngũ
  c) Các doanh nghiệp, cơ sở kinh tế trên địa bàn.
  a) Vượt khả năng chuyên môn của Hội đồng giám định y khoa cấp tỉnh, Hội đồng giám định y khoa Bộ Giao thông vận tải;
  a) Cơ quan, đơn vị trực tiếp quản lý cấp trung đoàn và tương đương trở lên trong thời gian 07 ngày kể từ ngày nhận được quyết định điều chuyển công tác đối với người có công, có trách nhiệm thanh toán chế độ trợ cấp ưu đãi và có văn bản đề nghị cấp trên trực tiếp di chuyển hồ sơ người có công (cấp sư đoàn và tương đương trong thời gian 03 ngày), gửi đến cơ quan chính trị đơn vị trực thuộc Bộ nơi quản lý hồ sơ người có công.
  4. Tòa án nhân dân, Tòa án quân sự các cấp (sau đây viết tắt là Tòa án).
  Thẩm phán bị thay đổi là Chánh án Tòa án thì do Chánh án Tòa án trên một cấp quyết định.
  đ) Khiếu nại quyết định, hành vi tố tụng của cơ quan, người có thẩm quyền tiến hành tố tụng.
  Trong thời hạn 02 ngày làm việc, kể từ khi nhận được liên giấy nộp tiền vào tài khoản tạm giữ hoặc biên bản về việc nộp tiền quy định tại Điều 8 của Thông tư liên tịch này, Viện kiểm sát phải ra quyết định áp dụng biện pháp đặt tiền để bảo đảm theo Mẫu số 06 ban hành kèm theo Thông tư liên tịch này, Tòa án phải ra quyết định áp dụng biện pháp đặt tiền để bảo đảm theo Mẫu số 07 ban hành kèm theo Thông tư liên tịch này.
  b) Trường hợp vụ tai nạn giao thông đã gây ùn tắc giao thông phải báo cáo lãnh đạo đơn vị để có phương án tăng cường lực lượng, phương tiện, phân luồng giao thông, giải quyết ùn tắc từ xa.
  a) Nếu thấy chưa rõ căn cứ thì có văn bản yêu cầu Cơ quan điều tra bổ sung chứng cứ, tài liệu để làm rõ;
  c) Ghi nhận việc xác định vật chuẩn trên bờ, dưới nước (điểm làm mốc), chiều hướng khám nghiệm hiện trường;
  a) Văn bản yêu cầu định giá tài sản;
  b) Bổ sung chứng cứ mới;
  2. Trường hợp có Thẩm phán không tiếp tục tham gia xét xử vụ án nhưng có Thẩm phán dự khuyết tham gia phiên tòa từ đầu thì những người này được thay thế làm thành viên Hội đồng xét xử. Trường hợp Thẩm phán chủ tọa phiên tòa không tiếp tục tham gia xét xử được thì Thẩm phán là thành viên Hội đồng xét xử làm chủ toạ phiên tòa và Thẩm phán dự khuyết được bổ sung làm thành viên Hội đồng xét xử.
  Ðiều 418. Giám sát đối với người bị buộc tội là người dưới 18 tuổi
  a) Vụ án đã được áp dụng thủ tục rút gọn trong xét xử sơ thẩm và chỉ có kháng cáo, kháng nghị giảm nhẹ hình phạt hoặc cho bị cáo được hưởng án treo;
  Giao Bộ trưởng Bộ Công an chủ trì, phối hợp với Viện trưởng Viện kiểm sát nhân dân tối cao, Chánh án Tòa án nhân dân tối cao, Bộ trưởng Bộ Quốc phòng, Bộ trưởng Bộ Kế hoạch và Đầu tư, Bộ trưởng Bộ Tài chính và Bộ trưởng Bộ Nội vụ xây dựng đề án về cơ sở vật chất, bộ máy, cán bộ và lộ trình cụ thể thực hiện việc ghi âm hoặc ghi hình có âm thanh việc hỏi cung bị can theo quy định của Bộ luật tố tụng hình sự năm 2015.
  2. Người có trách nhiệm quản lý, điều hành: Bao gồm chủ sở hữu, giám đốc doanh nghiệp tư nhân, thành viên công ty hợp danh, Chủ tịch Hội đồng thành viên, Chủ tịch công ty, Chủ tịch Hội đồng quản trị, thành viên Hội đồng quản trị, thành viên Hội đồng thành viên, Giám đốc hoặc Tổng Giám đốc, Phó Giám đốc hoặc Phó Tổng Giám đốc Công ty; Giám đốc, Phó Giám đốc Chi nhánh doanh nghiệp kiểm toán và các chức danh quản lý khác theo quy định tại Điều lệ hoặc văn bản tương đương của doanh nghiệp, tổ chức.
  b) Tên, địa chỉ đặt trụ sở, số và ngày quyết định thành lập (hoặc đăng ký kinh doanh) đối với tổ chức; Họ và tên, địa chỉ thường trú, quốc tịch, số và ngày cấp, nơi cấp giấy chứng minh nhân dân, hoặc hộ chiếu hoặc chứng thực cá nhân hợp pháp khác; Số và ngày cấp Giấy chứng nhận đăng ký hành nghề kiểm toán đối với cá nhân được cử là người đại diện phần vốn góp của tổ chức;
  1. Tuân thủ nguyên tắc hoạt động kiểm toán độc lập;
  đ) Ra quyết định kiểm tra và tổ chức thực hiện việc kiểm tra trực tiếp tại các doanh nghiệp kiểm toán được chấp thuận kiểm toán cho đơn vị có lợi ích công chúng thuộc lĩnh vực chứng khoán trên cơ sở danh sách doanh nghiệp kiểm toán được kiểm tra đã được Bộ Tài chính phê duyệt;
  Trong thời hạn 02 (hai) năm, kể từ ngày Luật kiểm toán độc lập có hiệu lực, doanh nghiệp cung cấp dịch vụ kiểm toán trước ngày Luật Kiểm toán độc lập có hiệu lực phải bảo đảm các điều kiện theo quy định của Luật Kiểm toán độc lập và các quy định tại Nghị định này để được cấp Giấy chứng nhận đủ điều kiện kinh doanh dịch vụ kiểm toán.
  3. Lưới trọng lực quốc gia được đo lặp theo chu kỳ 10 năm.
  b) Xây dựng đề cương biên tập khoa học.
  b) Nghiệm thu về khối lượng các hạng mục công việc, sản phẩm phát sinh (tăng, giảm) so với đề án, dự án, thiết kế kỹ thuật - dự toán (nếu có);
  c) Có số lượng nhân viên kỹ thuật được đào tạo về đo đạc và bản đồ đáp ứng yêu cầu thực hiện các nội dung đề nghị cấp giấy phép theo quy định của Chính phủ;
  c) Thu nhận dữ liệu địa lý theo chỉ thị thu nhận.
  5
  750
  Điều 27.1.TT.88.10. Quy định nội dung nhóm lớp dữ liệu dân cư
  Điều 27.1.TT.91.20. Các dịch vụ cung cấp bởi mạng lưới trạm định vị vệ tinh quốc gia
  Điều 27.1.TT.72.3. Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Thông tư này.
  4. Chi tập huấn nghiệp vụ điều tra thống kê các cấp: Nội dung và mức chi thực hiện theo chế độ chi tiêu hội nghị được quy định tại Thông tư số 97/2010/TT-BTC ngày 6/7/2010 của Bộ Tài chính về chế độ công tác phí, chế độ chi tổ chức các cuộc hội nghị đối với các cơ quan nhà nước và đơn vị sự nghiệp công lập (sau đây gọi là Thông tư số 97/2010/TT-BTC).
  dùng cho sản xuất tương ứng của kỳ báo cáo
  Quy định về sử dụng và bảo mật dữ liệu, thông tin được cung cấp.
  1. Hệ thống thông tin Thống kê tài chính sử dụng để gửi, nhận, khai thác thông tin, số liệu thống kê theo chế độ báo cáo thống kê ngành Tài chính. Hệ thống được xây dựng, quản lý, vận hành, khai thác sử dụng đảm bảo việc tích hợp, trao đổi, chia sẻ dữ liệu được thông suốt, kịp thời và đáp ứng tiêu chuẩn về an toàn, an ninh thông tin theo quy định của cơ quan nhà nước có thẩm quyền và quy định của Bộ Tài chính.
  d) Phối hợp thanh tra việc thực hiện chế độ báo cáo thống kê và các nội dung khác liên quan đến lĩnh vực thống kê theo quy định của pháp luật về thanh tra chuyên ngành thống kê.
  a) Có giấy giới thiệu của cơ quan, tổ chức, đơn vị cấp cho người đến nghiên cứu hồ sơ viên chức, trong đó ghi rõ địa chỉ, chức danh, yêu cầu nghiên cứu hồ sơ của ai, về vấn đề gì. Các yêu cầu phải được ghi cụ thể trong "Phiếu nghiên cứu hồ sơ viên chức" theo mẫu HS06-VC/BNV ban hành kèm theo Thông tư này;
  “5. Đầu mối phối hợp với các đơn vị liên quan hướng dẫn, kiểm tra thực hiện quy định báo cáo thống kê. Định kỳ quý, tổng hợp nhận xét, đánh giá tình hình thực hiện quy định báo cáo thống kê và thừa lệnh Thống đốc Ngân hàng Nhà nước gửi các đơn vị liên quan để biết và thực hiện.
  Điều 31.1.TT.81.4. Trách nhiệm thi hành
  Cơ sở lưu trú du lịch biển là nơi cung cấp dịch vụ phục vụ nhu cầu lưu trú của khách du lịch ở biển và các xã, phường, thị trấn tiếp giáp với biển. Cơ sở lưu trú du lịch biển gồm khách sạn, biệt thự du lịch, căn hộ du lịch, tàu thủy lưu trú du lịch, nhà nghỉ du lịch, nhà ở có phòng cho khách du lịch thuê, bãi cắm trại du lịch, các cơ sở lưu trú du lịch khác.
  Loại vật, chất được nhận chìm ở biển được quy định trong Danh mục vật, chất được nhận chìm ở biển hiện hành.
  Tổng cung năng lượng sơ cấp/GDP
  - Mồ côi cha hoặc mẹ và người còn lại đang trong thời gian chấp hành án phạt tù tại trại giam hoặc đang chấp hành quyết định xử lý vi phạm hành chính tại trường giáo dưỡng, cơ sở giáo dục bắt buộc, cơ sở cai nghiện bắt buộc;
  100.000
  - Tỉnh, thành phố trực thuộc trung ương.
  - Chế độ báo cáo thống kê;
  2. Phân tổ chủ yếu
  - Phối hợp: Bộ Kế hoạch và Đầu tư (Tổng cục Thống kê).
  2. Phân tổ chủ yếu
  c) Tham mưu cho Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương tổ chức tổng kết tình hình thực hiện chế độ báo cáo thống kê tại địa phương;
  6. Đơn vị phối hợp, cung cấp thông tin:
  4. Đăng ký thông báo xử lý tài sản bảo đảm có hiệu lực kể từ thời điểm cơ quan đăng ký ghi, cập nhật nội dung thông báo vào Sổ đăng ký hoặc vào Cơ sở dữ liệu; chấm dứt hiệu lực kể từ thời điểm cơ quan đăng ký ghi, cập nhật nội dung thông báo được xóa vào Sổ đăng ký hoặc vào Cơ sở dữ liệu hoặc từ thời điểm biện pháp bảo đảm được xóa đăng ký.
  1. Chính phủ thống nhất quản lý nhà nước về đăng ký biện pháp bảo đảm.
  c) Quyết định việc nhập, xuất hàng dự trữ quốc gia theo quy định của Luật này và quy định khác của pháp luật có liên quan.
  Tuyên truyền, quảng cáo, thông tin liên lạc, đăng tin, tập huấn, hướng dẫn; kiểm tra công tác nhập, xuất tại các đơn vị trực thuộc; chi phí thẩm định chất lượng hàng; chi đầu tư cơ sở vật chất; chi phí sửa chữa tài sản, phương tiện, thiết bị phục vụ công tác nhập, xuất; chi làm đêm, thêm giờ, bữa ăn giữa ca; in ấn tài liệu, văn phòng phẩm; họp chỉ đạo, hội nghị triển khai, sơ kết, tổng kết và các chi phí khác có liên quan.
  2. Bộ, ngành quản lý hàng dự trữ quốc gia có trách nhiệm tổ chức xây dựng định mức kinh tế - kỹ thuật hàng dự trữ quốc gia do Bộ, ngành được giao quản lý; cụ thể hoá từng mức cho phù hợp với yêu cầu công tác quản lý dự trữ quốc gia của ngành không vượt quá định mức nhà nước quy định; kiểm tra thực hiện định mức kinh tế - kỹ thuật đối với các hàng dự trữ quốc gia được phân công quản lý; thường xuyên rà soát, chủ động đề xuất, sửa đổi, bổ sung định mức kinh tế - kỹ thuật hàng dự trữ quốc gia; chủ động triển khai thông tin, tuyên truyền, đào tạo, phổ biến, hướng dẫn áp dụng và các hoạt động liên quan nhằm đảm bảo việc thi hành các định mức kinh tế - kỹ thuật hàng dự trữ quốc gia.
  Chương VI
  đ) Sĩ quan, hạ sĩ quan, chiến sĩ, công nhân, nhân viên công an và lao động hợp đồng đã nghỉ hưu, xuất ngũ, chuyển ngành, thôi việc, chấm dứt hợp đồng lao động trước ngày 01-5-2012.
  Phòng khám phụ khoa (nếu có);
  1
  a) Tôn trọng tính cách, đời sống riêng tư; bảo vệ uy tín, danh dự của đồng chí, đồng đội;
  Kiểm tra sức khỏe khi cần thiết đối với cán bộ, chiến sĩ do y tế đơn vị tiến hành trong các trường hợp sau:
  Đạt yêu cầu nội dung lý thuyết và thực hành.
  4. Hồ sơ tài liệu xử lý vi phạm điều lệnh do cơ quan tham mưu đề xuất xử lý vi phạm lưu trữ. Việc lưu trữ hồ sơ thực hiện theo quy định của Bộ trưởng Bộ Công an về công tác văn thư hành chính, hồ sơ lưu trữ văn bản quản lý nhà nước trong Công an nhân dân.
  4. Phối hợp với Hội đồng bình chọn giải quyết các khiếu nại liên quan đến kết quả bình chọn sản phẩm của cơ sở (nếu có).
  Điều 37.12.LQ.1. Phạm vi điều chỉnh
  a) Tiến hành hòa giải, đối thoại theo trình tự, thủ tục quy định tại Luật này;
  b) Mức độ nguy hiểm, rủi ro, tình huống có thể xảy ra để quyết định đội hình, thành phần, thời gian, vị trí và phương pháp tuần tra, kiểm tra, kiểm soát;
  c) Cánh đuôi ngang và chóp dưới của hộp bảo vệ cánh quạt đuôi sơn màu xanh nước biển;
  2. Lấy ý kiến góp ý bằng văn bản của các cơ quan có liên quan:
  25.Vốn góp tối thiểu là mức vốn góp thấp nhất mà cá nhân, tổ chức phải góp vào vốn điều lệ để trở thành thành viên chính thức, thành viên liên kết góp vốn của hợp tác xã, liên hiệp hợp tác xã.
  2. Quỹ hỗ trợ phát triển hợp tác xã Việt Nam được thành lập ở Trung ương, Quỹ hỗ trợ phát triển hợp tác xã cấp tỉnh được thành lập ở tinh, thành phố trực thuộc Trung ương.
  1. Quỹ hợp tác xã thực hiện chế độ báo cáo theo quy định tại Điều 44 Nghị định số 45/2021/NĐ-CP.
  4. “Đã chấm dứt hoạt động” là tình trạng pháp lý của tổ hợp tác, chi nhánh, văn phòng đại diện, địa điểm kinh doanh đã được cơ quan đăng ký kinh doanh cấp huyện ra thông báo về việc chấm dứt hoạt động tổ hợp tác, chi nhánh, văn phòng đại diện, địa điểm kinh doanh.
  d) Ngày giao nhận; chữ ký, họ và tên của cá nhân góp vốn hoặc người đại diện theo ủy quyền, người đại diện theo pháp luật của cá nhân, tổ chức góp vốn và người đại diện theo pháp luật của hợp tác xã, liên hiệp hợp tác xã.
  k) Trường hợp khác theo quy định tại hợp đồng hợp tác.
  4. Chính phủ quy định việc phối hợp giữa Bộ Công an, Bộ Quốc phòng, Bộ Thông tin và Truyền thông, Ban Cơ yếu Chính phủ, các Bộ, ngành chức năng trong việc thẩm định, đánh giá, kiểm tra, giám sát, ứng phó, khắc phục sự cố đối với hệ thống thông tin quan trọng về an ninh quốc gia.
  5. Tiếp nhận hồ sơ, biểu mẫu, thông tin về bảo vệ dữ liệu cá nhân theo quy định tại Nghị định này.
  Điều 36.5.NĐ.1.27. Trách nhiệm của ban lãnh đạo hội khi hội tự giải thể
  2. Số lượng người trực
  i) Hợp tác xã không có nguồn thu.
  Điều 24.10.TT.9.8. Lựa chọn biện pháp phòng, chống thiên tai để lồng ghép vào Kế hoạch
  b) Thanh tra, kiểm tra trong việc thực hiện các quy định bảo đảm yêu cầu phòng, chống thiên tai đối với việc quản lý hệ thống trạm trực canh, cảnh báo, theo dõi, giám sát thiên tai chuyên dùng.
  c) Phối hợp với Bộ Tài nguyên và Môi trường, Viện Hàn lâm Khoa học và Công nghệ Việt Nam đánh giá hiệu quả của bản tin dự báo, cảnh báo thiên tai; tính kịp thời của các bản tin khi đến người sử dụng; kiến nghị điều chỉnh, bổ sung những nội dung chưa phù hợp hoặc còn thiếu nhằm hoàn thiện hoạt động dự báo, cảnh báo và truyền tin về thiên tai.
  Trung tâm Phối hợp tìm kiếm cứu nạn Hàng không trực thuộc Tổng công ty quản lý bay Việt Nam;
  1. Công tác chuẩn bị trước thiên tai
  đ) Kiểm tra, đôn đốc tổ chức, cá nhân tại địa phương thực hiện nhiệm vụ phòng, chống thiên tai;
  g) Đối với dự án đầu tư trong khu công nghệ cao, nội dung thẩm định hoặc có ý kiến về công nghệ thực hiện theo quy định tại khoản này và đáp ứng các tiêu chí, tiêu chuẩn theo quy định của pháp luật về công nghệ cao.
  g) Chi hoạt động thông tin tuyên truyền, hội nghị, hội thảo khoa học, sơ kết và tổng kết Chương trình;
  4. Xuất toán khoản nợ đã chuyển theo dõi ngoại bảng:
  a) Tuyên truyền chủ trương của Đảng, chính sách, pháp luật của Nhà nước về nông nghiệp, nông dân, nông thôn và khuyến nông;
  Gnvl
  2. Trong thời hạn bảy ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ, Sở Tư pháp có trách nhiệm cấp Giấy đăng ký hoạt động cho Trung tâm tư vấn pháp luật; trong trường hợp từ chối, phải thông báo lý do bằng văn bản cho người làm đơn.
  c) Các bộ, ngành, tổ chức có liên quan xây dựng kế hoạch triển khai hoặc kế hoạch hưởng ứng Tháng hành động vì trẻ em hoặc lồng ghép nội dung thực hiện Tháng hành động vì trẻ em vào chương trình, kế hoạch hằng năm.
  4. Tiếp nhận thông tin các cá nhân, gia đình có nhu cầu nhận chăm sóc thay thế cho trẻ em.
  b) Khi tư vấn, hỗ trợ phải bảo đảm thân thiện, kín đáo, bí mật, riêng tư và chia sẻ; dùng ngôn ngữ phù hợp với độ tuổi và nhận thức của trẻ em;
  2. Cổng thông tin điện tử, trang thông tin điện tử của các cơ quan, đơn vị là đầu mối công khai thông tin của cơ quan, đơn vị. Trường hợp chưa có cổng thông tin điện tử, trang thông tin điện tử, cơ quan, đơn vị căn cứ vào điều kiện thực tế để công khai thông tin bằng hình thức thích hợp khác.
  Điều 41.5.NĐ.1.5. Đánh giá, phân loại tài nguyên du lịch
  Điều 41.5.LQ.37. Quyền và nghĩa vụ của doanh nghiệp kinh doanh dịch vụ lữ hành
  2. Bộ, cơ quan ngang Bộ, Ủy ban nhân dân các cấp, trong phạm vi nhiệm vụ, quyền hạn của mình, xây dựng và tổ chức thực hiện kế hoạch, chương trình xúc tiến du lịch theo lĩnh vực và địa bàn quản lý phù hợp với chiến lược, kế hoạch, chương trình xúc tiến du lịch quốc gia.
  2. Bãi bỏ Điều 4, Điều 5 của Thông tư Liên tịch số 19/2015/TTLT-BGTVT-BVHTTDL ngày 25 tháng 5 năm 2015 của Bộ Giao thông vận tải và Bộ Văn hóa Thể thao và Du lịch hướng dẫn về vận tải khách du lịch bằng xe ô tô và cấp biển hiệu cho xe ô tô vận tải khách du lịch.
  a) Quản lý, sử dụng đất theo đúng quy định tại Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất, quyết định giao đất, hợp đồng thuê đất và các quy định khác của pháp luật về đất đai;
  b) Chủ trì có thể thay thế vai trò chủ nhiệm nếu được chủ nhiệm ủy quyền.
  Phụ lục V
  Vĩnh Long
  3. Vô tuyến điện viên hàng hải - Hạng hai.
  2. Các doanh nghiệp trúng tuyển được quyền lựa chọn khối băng tần, kênh tần số theo thứ tự tương ứng với số điểm từ cao đến thấp sau khi được cấp giấy phép viễn thông.
  d) Thành phần đoàn kiểm tra.
  Điều 35.3.NQ.1.1.
  b) Tại kỳ họp cuối nhiệm kỳ, Hội đồng nhân dân xem xét, thảo luận các báo cáo quy định tại điểm b khoản 1 Điều này;
  1. Tòa án cấp sơ thẩm gửi ngay văn bản thông báo cho Viện kiểm sát cùng cấp về việc kháng cáo theo quy định tại khoản 1 Điều 277 BLTTDS. Việc gửi văn bản thông báo về việc kháng cáo cho Viện kiểm sát cùng cấp được thực hiện theo từng vụ án. Trường hợp trong một vụ án có nhiều người kháng cáo thì Tòa án có thể thông báo trong một văn bản về việc kháng cáo của những người kháng cáo trong vụ án đó.
  Điều 37.5.LQ.67. Thành phần giải quyết việc dân sự
  4. Buộc người sử dụng lao động tạm ứng tiền lương, tiền bảo hiểm y tế, bảo hiểm xã hội, bảo hiểm thất nghiệp, chi phí cứu chữa tai nạn lao động hoặc bệnh nghề nghiệp, tiền bồi thường, trợ cấp tai nạn lao động hoặc bệnh nghề nghiệp cho người lao động.
  b) Cá nhân là người chưa thành niên, người mất năng lực hành vi dân sự, người có khó khăn trong nhận thức, làm chủ hành vi thì người đại diện hợp pháp của họ có thể tự mình hoặc nhờ người khác làm hộ đơn khởi kiện vụ án. Tại mục tên, địa chỉ nơi cư trú của người khởi kiện trong đơn phải ghi họ tên, địa chỉ nơi cư trú của người đại diện hợp pháp của cá nhân đó; ở phần cuối đơn, người đại diện hợp pháp đó phải ký tên hoặc điểm chỉ;
  c) Chủ tọa phiên tòa, Hội thẩm nhân dân;
  Điều 37.5.TL.1.6. Cấp giấy xác nhận nhận đơn đề nghị; xem xét, thụ lý đơn đề nghị và trả lại đơn đề nghị
  1. Trong quá trình đình công hoặc trong thời hạn 03 tháng, kể từ ngày chấm dứt đình công, người sử dụng lao động, tổ chức đại diện tập thể lao động có quyền yêu cầu Tòa án xét tính hợp pháp của cuộc đình công.
  5. Tòa án xét xử vắng mặt đương sự ở nước ngoài trong các trường hợp sau đây:
  3. Các cơ quan, tổ chức, đơn vị và công dân căn cứ vào điều kiện cụ thể hỗ trợ Cựu chiến binh tổ chức tham quan du lịch, nghỉ ngơi, điều dưỡng.
  a) Đối với kinh doanh gôn là doanh thu chưa có thuế giá trị gia tăng về bán thẻ hội viên, bán vé chơi gôn, bao gồm cả tiền bán vé tập gôn, tiền bảo dưỡng sân cỏ, hoạt động cho thuê xe (buggy) và thuê người giúp việc trong khi chơi gôn (caddy), tiền ký quỹ (nếu có) và các khoản thu khác do người chơi gôn, hội viên trả cho cơ sở kinh doanh gôn. Trường hợp cơ sở kinh doanh gôn có kinh doanh các loại hàng hóa, dịch vụ khác không thuộc đối tượng chịu thuế tiêu thụ đặc biệt như: Khách sạn, ăn uống, bán hàng hóa, hoặc các trò chơi thì các hàng hóa, dịch vụ đó không phải chịu thuế tiêu thụ đặc biệt;
  3. Các cơ quan, tổ chức, cá nhân khác có liên quan đến việc thực hiện mức lương tối thiểu quy định tại Nghị định này.
  Điều 20.2.NĐ.6.3. Chính sách đối với người lao động dôi dư được tuyển dụng lần cuối cùng trước ngày 21 tháng 4 năm 1998 hoặc trước ngày 26 tháng 4 năm 2002
  d) Biểu quyết nội dung thương lượng tập thể đã đạt được để ký kết thỏa ước lao động tập thể theo quy định của pháp luật;
  (Điều 111 Bộ luật số 45/2019/QH14, có hiệu lực thi hành kể từ ngày 01/01/2021)
  1. Khi khám sức khỏe định kỳ, lao động nữ được khám chuyên khoa phụ sản theo danh mục khám chuyên khoa phụ sản do Bộ Y tế ban hành.
  2. Thời hạn của bên nước ngoài cử người lao động nước ngoài sang làm việc tại Việt Nam.
  b) Không đáp ứng đủ tiêu chuẩn quy định tại Điều 92 Nghị định này;
  3. Tổ chức đào tạo, bồi dưỡng, nâng cao năng lực chuyên môn, nghiệp vụ về quản lý, kiểm tra, thanh tra việc sử dụng lao động chưa thành niên.
  Thời gian đã đóng bảo hiểm xã hội
  Ghi chú: - Cột 3, 4: áp dụng đối với người lao động chuyển đến làm việc tại doanh nghiệp trước ngày 01 tháng 01 năm 1995 và xác định theo quy định của Bộ luật Lao động và các văn bản hướng dẫn.
  b) Xác định đơn giá, giá dịch vụ sự nghiệp công sử dụng ngân sách nhà nước đặt hàng cho phù hợp với Nghị định số 32/2019/NĐ-CP ngày 10 tháng 4 năm 2019 của Chính phủ quy định giao nhiệm vụ, đặt hàng hoặc đấu thầu cung cấp sản phẩm, dịch vụ công sử dụng ngân sách nhà nước từ nguồn kinh phí chi thường xuyên.
  Điều 24.11.TT.1.1. Phạm vi điều chỉnh và đối tượng áp dụng
  20. Ngâm, tẩm hóa chất, đưa nước hoặc các loại chất khác vào động vật, sản phẩm động vật làm mất vệ sinh thú y.
  Kinh phí hoạt động của Ban Chỉ đạo phòng, chống dịch bệnh động vật các cấp do ngân sách nhà nước bảo đảm và được bố trí trong kinh phí hoạt động thường xuyên của cơ quan quản lý chuyên ngành thú y được giao nhiệm vụ thường trực của Ban Chỉ đạo, các nguồn vốn hỗ trợ và các nguồn kinh phí hợp pháp khác theo quy định của pháp luật.
  a) Thông báo kịp thời, chính xác về tình hình dịch bệnh động vật xảy ra trên địa bàn xã căn cứ vào kết luận của cơ quan có thẩm quyền chẩn đoán, xét nghiệm bệnh động vật đối với các bệnh thuộc Danh mục bệnh động vật phải công bố dịch và đề nghị của nhân viên thú y cấp xã;
  2. Cục Thú y thực hiện theo quy định tại khoản 2 Điều 49 Luật thú y; gửi văn bản đồng ý và hướng dẫn kiểm dịch cho chủ hàng, cơ quan kiểm dịch động vật cửa khẩu qua thư điện tử (trường hợp chủ hàng đăng ký kiểm dịch qua dịch vụ bưu chính công ích hoặc gửi qua thư điện tử, fax hoặc gửi trực tiếp) hoặc gửi trên Cổng thông tin một cửa quốc gia (trường hợp chủ hàng đăng ký kiểm dịch trên Cổng thông tin một cửa quốc gia).
  c) Đối với chỉ tiêu không đạt yêu cầu, phải diễn giải chi tiết nội dung và lý do;
  1. Người có chứng chỉ hành nghề thú y về chẩn đoán, khám chữa bệnh, phẫu thuật động vật, xét nghiệm bệnh, tiêm phòng cho động vật được phép sử dụng thuốc thú y có chứa chất ma túy để trị bệnh động vật theo đơn; trường hợp không sử dụng hoặc sử dụng không hết, trong vòng 10 ngày phải trả lại cho cơ sở đã bán thuốc thú y.
  a) Sản xuất thuốc thú y đã có Giấy chứng nhận lưu hành thuốc thú y tại Việt Nam;
  5. Hồ sơ, trình tự, thủ tục gia hạn Chứng chỉ hành nghề thú y:
  Điều 25.7.TL.3.2. Vị trí, chức năng của trung tâm
  Kể chuyện về những tấm gương gan dạ, mưu trí, sáng tạo trong kháng chiến của dân tộc
  18
  Trường CĐN Công nghệ và Nông lâm Đông Bắc
  19
  59
  a) Trang 2: In hình Quốc huy, khung dán ảnh (4 x 6)cm, các chữ màu đen.
  1. Đối tượng áp dụng
  3. Tạp chí quốc gia có uy tín, tạp chí quốc tế có uy tín, tạp chí ISI có uy tín là các tạp chí được xác định theo quy định của Bộ Khoa học và Công nghệ về quản lý đề tài nghiên cứu cơ bản do Quỹ tài trợ.
  5. Trường hợp Bộ Khoa học và Công nghệ thành lập tổ chức khoa học và công nghệ trực thuộc thì Bộ trưởng Bộ Khoa học và Công nghệ thành lập Hội đồng liên ngành để thẩm định. Thành phần Hội đồng bao gồm các nhà khoa học, nhà quản lý, chuyên gia pháp lý, trong đó, đại diện Bộ Khoa học và Công nghệ không quá 1/3 tổng số thành viên Hội đồng.
  Giải thưởng uy tín trong nước về khoa học và công nghệ là các giải thưởng theo quy định tại Nghị định số 78/2014/NĐ-CP ngày 30 tháng 7 năm 2014 của Chính phủ về Giải thưởng Hồ Chí Minh, Giải thưởng Nhà nước và các giải thưởng khác về khoa học và công nghệ, được sửa đổi, bổ sung một số điều bởi Nghị định số 60/2019/NĐ-CP ngày 05 tháng 7 năm 2019 của Chính phủ và thực hiện theo Danh mục do Bộ trưởng Bộ Khoa học và Công nghệ ban hành, bao gồm: Giải thưởng Hồ Chí Minh và Giải thưởng Nhà nước về khoa học và công nghệ; giải thưởng của Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ, cơ quan nhà nước khác ở Trung ương, Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương về khoa học và công nghệ (sau đây viết tắt là giải thưởng của Bộ, ngành, địa phương về khoa học và công nghệ); Giải thưởng Sáng tạo khoa học công nghệ Việt Nam; Giải thưởng Kovalevskaia và các giải thưởng uy tín trong nước khác về khoa học và công nghệ.
  a) Thủ trưởng tổ chức khoa học và công nghệ căn cứ định hướng phát triển và tình hình nhân lực của tổ chức, thông báo chủ trương và nhu cầu kéo dài thời gian công tác;
  d) Báo cáo tình hình sử dụng, thu hút người Việt Nam ở nước ngoài và chuyên gia nước ngoài gửi Bộ Khoa học và Công nghệ và Bộ Ngoại giao trước ngày 20 tháng 11 hằng năm, để Bộ Khoa học và Công nghệ tổng hợp báo cáo Thủ tướng Chính phủ.
  1. Định kỳ 06 tháng một lần, hoặc theo yêu cầu đột xuất của cơ quan quản lý có thẩm quyền, tổ chức chủ trì nhiệm vụ độc lập cấp quốc gia xây dựng báo cáo tiến độ hoặc báo cáo theo nội dung yêu cầu gửi về Bộ Khoa học và Công nghệ và bộ, ngành, địa phương chủ quản. Trường hợp tổ chức chủ trì không thực hiện việc báo cáo tiến độ đúng quy định từ 02 lần trở lên thì sẽ bị dừng cấp kinh phí thực hiện nhiệm vụ và xử lý theo quy định.
  5. Tổ chức chủ trì thực hiện nhiệm vụ khoa học và công nghệ hướng đến người khuyết tật, sản phẩm hỗ trợ người khuyết tật được nhà nước giao quyền sở hữu hoặc quyền sử dụng kết quả nghiên cứu quy định tại Khoản 3 Điều 41 Luật khoa học và công nghệ.
  5. Hội đồng tư vấn bầu Ban kiểm phiếu để tổng hợp ý kiến của các thành viên hội đồng tư vấn.
  1. Yêu cầu của Lãnh đạo Đảng, Nhà nước;
  Mục 3
  1. Đảm bảo các điều kiện cần thiết để chủ nhiệm nhiệm vụ hoàn thành các bước đánh giá, nghiệm thu kết quả thực hiện nhiệm vụ theo quy định tại Thông tư này.
  - Chủ tịch hoặc Phó Chủ tịch được ủy quyền chủ trì phiên họp.
  4. Trình tự làm việc của tổ thẩm định kinh phí
  c) Thời gian thực hiện không quá 36 tháng tính từ ngày ký hợp đồng khoa học và phát triển công nghệ.
  - Tối đa đến 30% tổng mức kinh phí đầu tư mới cần thiết để thực hiện dự án được cơ quan có thẩm quyền phê duyệt (không tính giá trị còn lại hoặc chi phí khấu hao trang thiết bị, nhà xưởng đã có vào tổng mức kinh phí đầu tư thực hiện dự án);
  1. Lập dự toán:
  Chi họp Hội đồng tư vấn xác định nhiệm vụ khoa học và công nghệ
  QUỸ HỖ TRỢ, ĐẦU TƯ CHO HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ
  c) Quyền sở hữu trí tuệ đối với sáng chế và giống cây trồng hoàn toàn thuộc về tổ chức, cá nhân Việt Nam.
  - Các khoản lãi cho vay đối với các dự án ứng dụng kết quả nghiên cứu khoa học và phát triển công nghệ.
  c) Văn bản xác nhận kết quả thực hiện nhiệm vụ khoa học và công nghệ không sử dụng ngân sách nhà nước của cơ quan quản lý nhà nước về khoa học và công nghệ có thẩm quyền.
  a) Tổ chức thực hiện chức năng đầu mối thông tin khoa học và công nghệ quốc gia;
  2. Đơn vị quản lý SPQG của các Bộ ngành, Văn phòng các chương trình KH&CN quốc gia thuộc Bộ KH&CN có trách nhiệm quản lý toàn bộ các hồ sơ gốc và các văn bản chính trong quá trình xét duyệt, thẩm định, phê duyệt các nhiệm vụ thuộc Dự án đầu tư SPQG đối với sản phẩm quốc gia thuộc thẩm quyền quản lý.
  Điều 19.6.TT.20.1. Phạm vi điều chỉnh và đối tượng áp dụng
  Hồ sơ vận hành gồm các nội dung sau:
  10. Nhập khẩu, xuất khẩu chất phóng xạ, vật liệu hạt nhân nguồn, vật liệu hạt nhân và thiết bị hạt nhân.
  i) Tổ chức, cá nhân lưu giữ, sử dụng trước đó;
  3. Việc cấp lại chứng chỉ hành nghề được thực hiện theo quy định như sau:
  Điều 19.6.TT.12.4. Nội dung Báo cáo phân tích an toàn sơ bộ
  - Sự phù hợp của địa điểm liên quan đến tiềm năng phát triển kinh tế - xã hội của khu vực (thương mại, công nghiệp, du lịch) và nguy cơ gia tăng rủi ro do tác động của nhà máy điện hạt nhân đối với khu vực cũng như của các hoạt động trong khu vực lên nhà máy.
  c) Được các chuyên gia đánh giá một cách độc lập với nhóm thiết kế và nhà cung cấp để bảo đảm độ tin cậy cao;
  a) Phối hợp với tổ chức, cá nhân gửi hàng, tổ chức, cá nhân vận chuyển tiếp nhận an toàn, đúng hạn, nhanh chóng giải phóng kiện hàng phóng xạ ra khỏi nơi nhận hàng;
  a) Sản xuất, chế biến, nhập khẩu, xuất khẩu, đóng gói, vận chuyển, lưu giữ, sử dụng chất phóng xạ có hoạt độ từ mức miễn trừ cấp phép trở xuống;
  2. Bổ sung Giấy phép
  Điều 19.6.NĐ.4.36. Trách nhiệm thi hành
  Ngoài các từ ngữ quy định tại Luật Chứng khoán số 54/2019/QH14, trong Nghị định này, các từ ngữ dưới đây được hiểu như sau:
  2. Trường hợp Giấy chứng nhận đăng ký doanh nghiệp bị mất, bị hư hỏng hoặc bị hủy hoại dưới hình thức khác, doanh nghiệp được cấp lại Giấy chứng nhận đăng ký doanh nghiệp và phải nộp lệ phí theo quy định của pháp luật.
  8. Trường hợp Chủ tịch Hội đồng thành viên không triệu tập họp Hội đồng thành viên theo quy định tại khoản 7 Điều này thì phải chịu trách nhiệm cá nhân về thiệt hại xảy ra đối với công ty và thành viên công ty có liên quan.
  Điều 12.1.TL.1.5. Phương pháp xác định giá trị rừng trồng trong thời kỳ kiến thiết cơ bản
  a) Đối với doanh nghiệp quy định tại điểm a khoản 1 Điều 20 Nghị định này:
  3. Địa chỉ trụ sở chính của doanh nghiệp.
  2. Đối với khoản tiền lương, thù lao của Trưởng ban kiểm soát, Kiểm soát viên, công ty trích, chuyển cho cơ quan đại diện chủ sở hữu (hoặc Bộ Tài chính đối với Kiểm soát viên tài chính tại tập đoàn kinh tế nhà nước) để tạm ứng cho Trưởng ban kiểm soát, Kiểm soát viên.
  a) Tên, địa chỉ trụ sở chính của công ty;
  2. Thực hiện chế độ báo cáo theo quy định tại Nghị định này.
  a) Quyết định các vấn đề liên quan đến công việc kinh doanh hằng ngày của công ty mà không thuộc thẩm quyền của Hội đồng quản trị;
  2. Ủy ban nhân dân cấp tỉnh thực hiện quản lý nhà nước đối với Tổng công ty trong việc chấp hành các quy định quản lý hành chính trên địa bàn theo quy định của pháp luật.
  6. Không phải là vợ hoặc chồng, cha đẻ, cha nuôi, mẹ đẻ, mẹ nuôi, con đẻ, con nuôi, anh ruột, chị ruột, em ruột, anh rể, em rể, chị dâu, em dâu của Chủ tịch và thành viên Hội đồng thành viên, Chủ tịch và thành viên Hội đồng quản trị, Chủ tịch công ty, Kiểm soát viên, Tổng Giám đốc hoặc Giám đốc, Phó Tổng giám đốc hoặc Phó Giám đốc, Kế toán trưởng của doanh nghiệp.
  2. Hội đồng giải thể của doanh nghiệp do Thủ tướng Chính phủ quyết định thành lập gồm đại diện các cơ quan sau:
  b) Trường hợp doanh nghiệp đăng ký, thông báo thay đổi nội dung đăng ký kinh doanh, tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo, đăng ký thành lập chi nhánh, văn phòng đại diện, địa điểm kinh doanh cùng tỉnh, thành phố trực thuộc trung ương nơi doanh nghiệp đặt trụ sở chính. Trong trường hợp này, doanh nghiệp nộp hồ sơ đến Phòng Đăng ký kinh doanh nơi doanh nghiệp đặt trụ sở chính. Hồ sơ bao gồm các giấy tờ tương ứng với nội dung đăng ký, thông báo quy định tại Nghị định này và các giấy tờ quy định tại điểm a khoản 2 Điều này;
  2. Cơ quan quản lý nhà nước về bảo vệ quyền lợi người tiêu dùng thuộc Ủy ban nhân dân cấp tỉnh có thẩm quyền kiểm soát hợp đồng theo mẫu, điều kiện giao dịch chung trong trường hợp hợp đồng theo mẫu, điều kiện giao dịch chung được áp dụng trong phạm vi tỉnh, thành phố trực thuộc trung ương đó.
  b) Ban hành quy chế phối hợp quản lý nhà nước về bảo vệ quyền lợi người tiêu dùng và tiếp nhận, giải quyết phản ánh, yêu cầu, khiếu nại của người tiêu dùng tại địa phương;
  Biên bản hội nghị hiệp thương ở cấp tỉnh được gửi ngay đến Hội đồng bầu cử quốc gia, Ủy ban thường vụ Quốc hội, Chính phủ, Ủy ban trung ương Mặt trận Tổ quốc Việt Nam và Thường trực Hội đồng nhân dân, Ủy ban bầu cử cùng cấp.
  1. Kinh phí xây dựng, quản lý Tủ sách pháp luật do ngân sách nhà nước bảo đảm, được bố trí trong dự toán chi thường xuyên được giao hàng năm của các cơ quan, đơn vị, địa phương và các nguồn kinh phí hợp pháp khác (nếu có). Việc lập dự toán, chấp hành dự toán, quyết toán kinh phí thực hiện theo quy định pháp luật về ngân sách nhà nước.
  2. Ủy ban nhân dân cấp tỉnh chỉ đạo Ủy ban nhân dân cấp huyện, Ủy ban nhân dân cấp xã tổ chức thực hiện Thông tư này trong phạm vi quản lý; tổng hợp, báo cáo kết quả thực hiện nhiệm vụ đánh giá, công nhận xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật tại địa phương về Bộ Tư pháp trước ngày 20 tháng 02 của năm liền kề sau năm đánh giá để tổng hợp, báo cáo Thủ tướng Chính phủ.
  d) Đối với đối tượng quy định tại khoản 4 Điều 5 Nghị định này:
  Điều 6.4.PL.10. Tuyên truyền, giáo dục phòng, chống mại dâm
  Nghị định này quy định về hoạt động kinh doanh khí và điều kiện kinh doanh khí tại thị trường Việt Nam.
  h) Hình thức bảo đảm thực hiện nghĩa vụ thanh toán;
  Bí mật thông tin trả thưởng xổ số tự chọn số điện toán được thực hiện theo quy định tại Điều 32 Thông tư số 75/2013/TT-BTC ngày 04 tháng 6 năm 2013 của Bộ Tài chính hướng dẫn chi tiết về hoạt động kinh doanh xổ số và các văn bản sửa đổi, bổ sung, thay thế (nếu có).
  GIAO KẾT HỢP ĐỒNG SỬ DỤNG CHỨC NĂNG ĐẶT HÀNG TRỰC TUYẾN TRÊN WEBSITE THƯƠNG MẠI ĐIỆN TỬ
  c) Bị đình chỉ hoạt động thương mại điện tử theo quyết định xử lý vi phạm của cơ quan nhà nước có thẩm quyền;
  4. Trường hợp cơ quan quản lý nhà nước phát hiện Thể lệ trò chơi có những nội dung không rõ ràng, không hợp lệ hoặc không phù hợp với quy định pháp luật, trong thời hạn 05 ngày làm việc, kể từ ngày Bộ Tài chính có công văn yêu cầu, hướng dẫn về sửa đổi Thể lệ trò chơi, doanh nghiệp phải thực hiện sửa đổi Thể lệ trò chơi cho phù hợp với quy định pháp luật và gửi Bộ Tài chính, Sở Tài chính, Cục Thuế địa phương để theo dõi.
  1.Bên giao đại lý: là thương nhân đầu mối hoặc thương nhân phân phối xăng dầu hoặc tổng đại lý kinh doanh xăng dầu khi giao xăng dầu cho bên đại lý.
  Thương nhân nhận quyền bán lẻ xăng dầu có trách nhiệm:
  Điều 34.9.NĐ.5.25. Thu hồi Giấy chứng nhận đủ điều kiện kinh doanh
  b) Từ chối bất kỳ cá nhân nào không thuộc đối tượng được phép ra, vào chơi tại Điểm kinh doanh casino;
  2. Căn cứ các phương thức trả thưởng quy định tại khoản 1 Điều này, doanh nghiệp lựa chọn phương thức trả thưởng phù hợp cho từng loại hình sản phẩm đặt cược.
  c) Gương soi đích đến có chiều rộng ít nhất là 0,35m; chiều dài ít nhất là 1,7m, được đặt vuông góc với vạch đích và đối diện vị trí đặt camera chụp ảnh xác định thành tích.
  4. Trong thời hạn 02 ngày làm việc kể từ ngày được cấp đổi Giấy chứng nhận đủ điều kiện sản xuất, lắp ráp ô tô, doanh nghiệp có trách nhiệm nộp lại cho Bộ Công Thương bản chính Giấy chứng nhận đã được cấp trước đó.
  2. Khi chấm dứt hoạt động bán hàng đa cấp, doanh nghiệp bán hàng đa cấp có trách nhiệm sau đây:
  2. Có hợp đồng tối thiểu 1 năm bán LPG chai với thương nhân có giấy chứng nhận đủ điều kiện còn hiệu lực theo quy định tại Nghị định này, trừ trường hợp cửa hàng trực thuộc của thương nhân.
  Điều 34.9.NĐ.13.5. Kiểm tra điều kiện kinh doanh xuất khẩu gạo
  b) Hồ sơ đề nghị cấp Giấy chứng nhận đủ điều kiện kinh doanh casino, bao gồm:
  8. Thực hiện công tác thi đua, khen thưởng trong hoạt động xuất bản; tuyển chọn và trao giải thưởng quốc gia đối với xuất bản phẩm có giá trị cao.
  c) Thực hiện ghi thông tin trên xuất bản phẩm theo quy định tại Điều 27 của Luật này;
  3. Xuất bản phẩm quy định tại điểm a và điểm b khoản 1 Điều này sau khi sử dụng phải tái xuất; trường hợp chuyển giao cho cơ quan, tổ chức, cá nhân khác tại Việt Nam thì cơ quan, tổ chức, cá nhân tiếp nhận phải làm thủ tục nhập khẩu theo quy định tại Điều 41 của Luật này.
  Điều 37.9.NĐ.1.4. Nhiệm vụ, quyền hạn của Sở Tư pháp
  Điều 37.9.NQ.1.13. Đăng ký phán quyết trọng tài vụ việc quy định tại Điều 62 Luật TTTM
  b) Trường cao đẳng, đại học, học viện;
  Người lập biểu
  2. Đề xuất, kiến nghị……………………………………………………………
  Năng lực
  Giấy phép mua bán nguyên liệu thuốc lá
  + Sản phẩm A
  (bao, hộp)
  ĐƠN ĐỀ NGHỊ CẤP SỬA ĐỔI, BỔ SUNG
  (1): Tên cơ quan cấp Giấy phép.
  BÁO CÁO
  (Ký tên, đóng dấu)
  2. Nghĩa vụ của người lao động:
  đ) Chi tổ chức các hoạt động truyền thông trực tiếp tại cộng đồng, trường học:
  c) Chủ sở hữu của doanh nghiệp đặc biệt (trừ trường hợp người nộp đơn là đại diện hợp pháp của doanh nghiệp).
  3. Chánh án Tòa án nhân dân có thẩm quyền quy định tại khoản 1 và khoản 2 Điều này phải ban hành quyết định thành lập Tổ thẩm phán gồm 03 Thẩm phán và giao cho một Thẩm phán làm Tổ trưởng.
  Điều 37.2.LQ.80. Hoãn Hội nghị chủ nợ
  5. Bản chính hoặc bản sao văn bản của người được thi hành án đồng ý cho người bị kết án phạt tù hoãn thi hành hoặc không phải thi hành nghĩa vụ trả lại tài sản, bồi thường thiệt hại, nghĩa vụ dân sự khác đối với tài sản không thuộc sở hữu của Nhà nước.
  ĐƠN VỊ ĐO, CHUẨN ĐO LƯỜNG
  12 tháng
  3. Việc kiểm định, hiệu chuẩn, thử nghiệm phương tiện đo nhóm 1 do tổ chức, cá nhân sản xuất, xuất khẩu, nhập khẩu, sử dụng phương tiện đo lựa chọn, quyết định thực hiện tại tổ chức kiểm định, hiệu chuẩn, thử nghiệm đáp ứng điều kiện quy định tại khoản 1 Điều 25 của Luật này.
  Điện năng
  0,54
  Bảng 23. Quy định mức thiết bị theo bước công việc
  Xử lý chung
  0,50
  40,00
  (d = 20 g)
  đ) Kiểm tra sự phù hợp của phương tiện đo với điều kiện về bảo quản, lưu giữ, sử dụng;
  5. Xây dựng kế hoạch và định kỳ theo tháng thực hiện tự kiểm tra ít nhất một (01) lần đối với phương tiện đo, điều kiện thực hiện phép đo để bảo đảm lượng xăng dầu trong bán lẻ cho khách hàng phù hợp với quy định tương ứng tại Khoản 3 Điều này. Hồ sơ thực hiện việc định kỳ tự kiểm tra phải được lưu giữ tại cửa hàng bán lẻ xăng dầu cho tới khi hoàn thành lần kiểm định tiếp theo của phương tiện đo.
  c) Quyết định số 22/2006/QĐ-BKHCN ngày 10/11/2006 của Bộ trưởng Bộ Khoa học và Công nghệ quy định về việc phê duyệt mẫu phương tiện đo;
  Điều 24.6.LQ.21. Trách nhiệm quản lý công trình thủy lợi
  2. Việc quản lý, sử dụng nguồn tài chính của tổ chức thủy lợi cơ sở quản lý, khai thác công trình thủy lợi sử dụng vốn nhà nước thực hiện theo quy định của Luật Hợp tác xã, Điều lệ hợp tác xã. Đối với tổ hợp tác theo quy định pháp luật về tổ hợp tác, pháp luật dân sự.
  10. Quy trình vận hành được phê duyệt, công bố công khai theo quy định sau:
  i) Cấp, gia hạn, điều chỉnh, đình chỉ, thu hồi giấy phép các hoạt động trong phạm vi bảo vệ công trình thủy lợi phải có phép thuộc thẩm quyền quản lý của Bộ theo quy định của pháp luật;
  1. Tổ chức, cá nhân hoạt động hóa chất có trách nhiệm tổ chức huấn luyện an toàn hóa chất hoặc cử các đối tượng được quy định tại Điều 32 của Nghị định này tham gia các khóa huấn luyện của các tổ chức huấn luyện an toàn hóa chất, định kỳ 02 năm một lần.
  1. Việc vận chuyển hóa chất, chế phẩm thuộc danh mục hóa chất nguy hiểm theo quy định của pháp luật về hóa chất, ngoài việc thực hiện quy định tại Nghị định này, phải tuân thủ quy định của pháp luật về vận chuyển hàng nguy hiểm.
  đ) Bảng câu hỏi phỏng vấn tác dụng không mong muốn của mẫu khảo nghiệm quy định Phụ lục 2 ban hành kèm theo Thông tư này.
  2. Đăng tải công khai trên trang thông tin điện tử của Ủy ban nhân dân tỉnh (Sở Y tế) và gửi Bộ Y tế thông tin về cơ sở sản xuất hóa chất, chế phẩm; cơ sở cung cấp dịch vụ diệt côn trùng, diệt khuẩn bằng chế phẩm trên địa bàn tỉnh.
  2. Hệ thống truy xuất nguồn gốc là hệ thống bao gồm hoạt động định danh sản phẩm, thu thập và lưu trữ thông tin về trạng thái của sản phẩm theo thời gian, địa điểm nhằm quản lý thông tin về chất lượng và an toàn của sản phẩm.
  e) Bộ Quốc phòng chịu trách nhiệm đối với phương tiện, trang thiết bị quân sự, vũ khí đạn dược, khí tài, sản phẩm phục vụ quốc phòng, công trình quốc phòng;
  Điều 30.4.TT.1.19. Hội đồng kiểm tra
  2. Cơ quan, tổ chức, cá nhân từ chối cung cấp thông tin phải trả lời bằng văn bản có nêu rõ lý do.
  a) Nam từ đủ 20 tuổi trở lên, nữ từ đủ 18 tuổi trở lên;
  3. Người được nhờ mang thai hộ phải có đủ các điều kiện sau đây:
  a) Văn bản nghiệm thu về phòng cháy và chữa cháy đối với cơ sở kinh doanh thuộc danh mục quy định tại Phụ lục IV ban hành kèm theo Nghị định số 79/2014/NĐ-CP ngày 31 tháng 7 năm 2014 quy định chi tiết thi hành một số điều của Luật phòng cháy và chữa cháy và Luật sửa đổi, bổ sung một số điều của Luật phòng cháy và chữa cháy (sau đây viết gọn là Nghị định số 79/2014/NĐ-CP);
  Thông tư này áp dụng đối với lao động đang làm việc trong doanh nghiệp nhỏ và vừa; trường cao đẳng, trường trung cấp, trung tâm giáo dục nghề nghiệp và các cơ sở khác có đăng ký hoạt động giáo dục nghề nghiệp (sau đây gọi chung là cơ sở đào tạo nghề nghiệp); doanh nghiệp nhỏ và vừa theo quy định theo quy định tại Khoản 1 Điều 4 Luật Hỗ trợ doanh nghiệp nhỏ và vừa (sau đây gọi chung là doanh nghiệp); các cơ quan, đơn vị, cá nhân có liên quan.
  2. Văn bản chấp thuận cho vay của ngân hàng thương mại.
  - Các nghĩa vụ khác theo quy định tại chứng thư bảo lãnh tín dụng.
  3. Quỹ bảo lãnh tín dụng xếp loại B trong các trường hợp không được xếp loại A hoặc loại C.
  d) Thực hiện công tác thanh tra, kiểm tra, giám sát, đánh giá việc thực hiện chính sách hỗ trợ đào tạo nghề đối với lao động đang làm việc trong doanh nghiệp của các cơ sở đào tạo nghề nghiệp, các doanh nghiệp trên địa bàn và tổng hợp báo cáo kết quả thực hiện trong báo cáo giáo dục nghề nghiệp hàng năm gửi Tổng cục Giáo dục nghề nghiệp, Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương.
  Điều 12.3.NĐ.5.27. Nội dung hỗ trợ lãi suất
  4. Hồ sơ điều chỉnh kỳ hạn trả nợ, số tiền trả nợ
  Điều 12.3.NĐ.5.31. Trách nhiệm của cơ quan, tổ chức hỗ trợ doanh nghiệp nhỏ và vừa trong việc thu hồi kinh phí hỗ trợ
  1. Các khoản phí tính cho bên mua bảo hiểm bao gồm:
  5. Văn bản kết luận hoặc thông báo về nguyên nhân vụ cháy, nổ của cơ quan có thẩm quyền (bản sao) hoặc các bằng chứng chứng minh nguyên nhân vụ cháy, nổ.
  b) Văn bản khiếu nại của bên thứ ba hoặc người đại diện hợp pháp của họ đối với bên mua bảo hiểm.
  3. Bên mua bảo hiểm và người được bảo hiểm có thể thỏa thuận cùng đóng phí bảo hiểm.
  Điều 2.3.NĐ.5.57. Cấp lại giấy phép đặt văn phòng đại diện nước ngoài tại Việt Nam
  a) Quy tắc, điều kiện, điều khoản bảo hiểm;
  a) Các quy định pháp luật về khả năng thanh toán;
  7.835
  c) Thu khác theo quy định pháp luật.
  a) Căn cứ kết quả công tác quản lý, giám sát, Cục Quản lý, giám sát bảo hiểm có trách nhiệm sau:
  10
  Điều 2.3.NĐ.5.66. Thay đổi tên, địa điểm đặt trụ sở chính của doanh nghiệp môi giới bảo hiểm
  c) Phương án hoàn thành các nghĩa vụ với các thành viên tham gia bảo hiểm vi mô, nhà nước, người lao động vàcáctổchức, cá nhân có liên quan khác;
  3. Hoạt động đầu tư của Quỹ bảo vệ người được bảo hiểm được thực hiện như sau:
  Sản lượng xe căn cứ vào số lượng Phiếu kiểm tra chất lượng xuất xưởng của doanh nghiệp đã phát hành trong kỳ xét ưu đãi.
  c) Có phần mềm quản lý hàng hóa nhập khẩu thuộc đối tượng không chịu thuế của doanh nghiệp chế xuất để báo cáo quyết toán nhập- xuất- tồn về tình hình sử dụng hàng hóa nhập khẩu theo quy định pháp luật về hải quan.
  a) Đối với trường hợp nêu tại điểm a khoản 1 Điều này, thủ tục nộp, tiếp nhận, xử lý hồ sơ không thu thuế thực hiện như thủ tục nộp, tiếp nhận, xử lý hồ sơ hoàn thuế.
  BIỂU THUẾ NHẬP KHẨU ƯU ĐÃI ĐẶC BIỆT CỦA VIỆT NAM ĐỂ THỰC HIỆN HIỆP ĐỊNH ĐỐI TÁC KINH TẾ TOÀN DIỆN KHU VỰC GIAI ĐOẠN 2022 - 2027
  5. Việc bầu, cử người đại diện hoặc thành lập ban quản lý nhà thờ dòng họ không phải thực hiện theo quy định tại khoản 3 Điều này.
  Điều 38.1.NĐ.1.16. Việc cải tạo, nâng cấp, xây dựng mới công trình tín ngưỡng, công trình tôn giáo, công trình phụ trợ
  3. Phối hợp với Bộ Quốc phòng hướng dẫn thực hiện các quy định của Nhà nước, Chính phủ về thi đua khen thưởng; danh hiệu và tiêu chuẩn danh hiệu thi đua; hình thức, đối tượng, tiêu chuẩn khen thưởng đối với tập thể, cá nhân tham gia thực thi nhiệm vụ biên phòng.
  1. Chống đối, cản trở hoạt động của Cảnh sát cơ động; trả thù, đe dọa, xâm phạm tính mạng, sức khỏe, danh dự, nhân phẩm của cán bộ, chiến sĩ Cảnh sát cơ động, cơ quan, tổ chức, cá nhân tham gia phối hợp, cộng tác, hỗ trợ, giúp đỡ Cảnh sát cơ động trong thi hành công vụ hoặc vì lý do công vụ.
  1. Thông tư này quy định việc quản lý và tổ chức thực hiện một số nội dung của Chương trình phát triển một số ngành công nghiệp công nghệ cao theo Quyết định số 347/QĐ-TTg ngày 22 tháng 02 năm 2013 của Thủ tướng Chính phủ về việc phê duyệt Chương trình phát triển một số ngành công nghiệp công nghệ cao thuộc Chương trình quốc gia phát triển công nghệ cao (sau đây viết tắt là Chương trình).
  2. Trường hợp hồ sơ chưa đầy đủ, hợp lệ, trong thời hạn 05 ngày làm việc, Văn phòng Chứng nhận phải có công văn yêu cầu bổ sung, hoàn thiện hồ sơ gửi trực tiếp hoặc qua đường bưu điện cho tổ chức, cá nhân. Trong thời hạn 10 ngày làm việc, kể từ ngày nhận được công văn yêu cầu bổ sung, hoàn thiện hồ sơ, tổ chức, cá nhân có trách nhiệm bổ sung, sửa chữa hồ sơ và gửi lại Văn phòng Chứng nhận. Nếu quá thời hạn nêu trên, tổ chức, cá nhân không bổ sung, hoàn thiện hồ sơ hoặc bổ sung, hoàn thiện không đạt yêu cầu thì Văn phòng Chứng nhận có văn bản từ chối cấp Giấy chứng nhận gửi cho tổ chức, cá nhân.
  1. Trong thời hạn 07 ngày làm việc kể từ khi có kết quả làm việc của các Hội đồng và Tổ thẩm định, Đơn vị quản lý nhiệm vụ của Chương trình xem xét, rà soát kết quả tư vấn tuyển chọn, giao trực tiếp các nhiệm vụ Chương trình. Trường hợp cần thiết, Đơn vị quản lý nhiệm vụ của Chương trình đề xuất lãnh đạo Bộ tổ chức lấy thêm ý kiến tư vấn của chuyên gia tư vấn độc lập theo quy định tại Điều 18 của Thông tư này.
  1. Nhà đầu tư lập 01 bộ hồ sơ đăng ký xác nhận dự án đầu tư đáp ứng nguyên tắc hoạt động công nghệ cao gửi Ban quản lý khu công nghệ cao (trực tiếp hoặc qua dịch vụ bưu chính).
  2. Chủ đầu tư hạ tầng đã được Ban Quản lý cho thuê đất trước ngày Nghị định này có hiệu lực thi hành, đã được cấp Giấy chứng nhận quyền sử dụng đất và chưa nộp tiền thuê đất
  Điều 1.9.LQ.31. Chống khủng bố tại trụ sở cơ quan đại diện ngoại giao, cơ quan đại diện lãnh sự nước ngoài, cơ quan đại diện tổ chức quốc tế và chỗ ở của thành viên các cơ quan này
  Các cơ quan, tổ chức liên quan có trách nhiệm phối hợp chặt chẽ với Bộ Công an, Bộ Quốc phòng xây dựng, củng cố, tăng cường tiềm lực thông tin, cơ sở dữ liệu, tư liệu khoa học và công nghệ phục vụ hoạt động bảo vệ an ninh, trật tự bao gồm:
  Cán bộ, chiến sĩ cơ quan chuyên trách bảo vệ an ninh quốc gia được trang bị và sử dụng vũ khí, phương tiện kỹ thuật nghiệp vụ, công cụ hỗ trợ để thực hiện nhiệm vụ bảo vệ an ninh quốc gia theo quy định của pháp luật.
  Điều 33.2.TT.1.4. Nội dung chi, mức chi, thủ tục tạm ứng, thủ tục thanh toán
  d) Cấp, thu hồi Giấy chứng nhận đăng ký xuất vận đơn hàng không thứ cấp;
  39. Điều kiện khí tượng bay bằng mắt là điều kiện khí tượng biểu thị bằng trị số tầm nhìn, khoảng cách tới mây và trần mây bằng hoặc cao hơn tiêu chuẩn tối thiểu quy định.
  e) Điều tra và khôi phục: trách nhiệm của các đơn vị trong công tác điều tra và khôi phục sự cố, tai nạn;
  l) Tài liệu hướng dẫn khai thác tàu bay.
  2. Nhận, làm rõ hồ sơ đề xuất và xác định các khoản hỗ trợ của nhà cung cấp phụ tùng vật tư tàu bay:
  a) Giám đốc hoặc người đứng đầu phụ trách khai thác sân bay;
  a) Tổ chức và thực hiện vận chuyển tổ bay, hành khách, hành lý, hàng hóa, bưu gửi giữa các nhà ga trong cùng một cảng hàng không (không bao gồm việc vận chuyển giữa tàu bay và bất kỳ điểm nào khác trong phạm vi cùng một sân bay);
  c) Bản sao hoặc bản sao điện tử chứng chỉ chuyên môn theo quy định.
  3. Chủ sở hữu hoặc người quản lý, sử dụng công trình hàng không lập kế hoạch bảo trì công trình hàng không hàng năm trên cơ sở quy trình bảo trì được phê duyệt và hiện trạng công trình.
  2. Bể xả đáy
  Điều 14.5.TT.32.6. Chế độ lao động đặc thù đối với nhân viên hàng không
  đ) Đường hàng không; điểm bay vào, bay ra vùng trời Việt Nam;
  Chủ trì, phối hợp với Bộ Công an, Bộ Giao thông vận tải và các ban, bộ, ngành liên quan, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương xác định và công bố thông tin chi tiết các khu vực cấm bay, khu vực hạn chế bay đối với tàu bay không người lái và các phương tiện bay siêu nhẹ tại từng địa phương và đăng trên Cổng thông tin điện tử của Bộ Quốc phòng; quy định việc quản lý khu vực cấm bay, khu vực hạn chế bay đối với tàu bay không người lái và phương tiện bay siêu nhẹ.
  2. Quy tắc, phương thức cung cấp dịch vụ tư vấn không lưu được quy định trong phương thức không lưu HKDD.
  8. Quy định liên quan đến việc chuyên chở hàng hóa nguy hiểm bằng đường hàng không.
  Điều 14.5.TT.22.216. Khu vực trách nhiệm của cơ sở ATS
  2. Kiểm tra, giám sát định kỳ và đột xuất do giám sát viên an toàn hoạt động bay thực hiện.
  TÌM KIẾM, CỨU NẠN
  2. Định kỳ công bố các đường bay thiết yếu theo công bố của Chính phủ về vùng khó khăn với các tiêu chí về thu nhập đầu người, mức độ khó khăn đối với các phương tiện vận tải khác, tác động của đường bay đối với phát triển kinh tế vùng sâu, vùng xa, đảm bảo an ninh, quốc phòng.
  Trong trường hợp cần thiết, người gửi hàng phải xuất trình các giấy tờ chỉ rõ tính chất của hàng hóa theo yêu cầu của cơ quan hải quan, công an và cơ quan khác có thẩm quyền. Quy định này không làm phát sinh thêm bất kỳ trách nhiệm hoặc nghĩa vụ nào của người vận chuyển.
  Điều 14.5.LQ.182. Giải quyết bồi thường thiệt hại trong trường hợp tổng giá trị thiệt hại thực tế vượt quá giới hạn trách nhiệm bồi thường thiệt hại của người khai thác tàu bay
  3. Tình hình hoạt động của các tổ chức tội phạm, khủng bố, phản động trong nước và quốc tế liên quan đến an ninh hàng không dân dụng.
  3. Tại cảng hàng không, sân bay dùng chung giữa dân dụng và quân sự, lực lượng kiểm soát an ninh hàng không thỏa thuận bằng văn bản với đơn vị quân đội đóng tại cảng hàng không, sân bay thực hiện tuần tra, canh gác, bảo vệ khu vực giáp ranh giữa khu vực sử dụng cho hoạt động hàng không dân dụng và khu vực sử dụng cho hoạt động quân sự.
  """#
