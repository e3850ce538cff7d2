// VietnameseText
