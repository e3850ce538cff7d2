import CTesseract
