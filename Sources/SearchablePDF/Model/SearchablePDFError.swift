/// Why a searchable PDF could not be written.
public enum SearchablePDFError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The output file or its folder cannot be written.
  case outputNotWritable(path: String, reason: String)
  /// A page's scanned image could not be read again from its file.
  case pageImageUnreadable(path: String, page: Int, reason: String)
  /// The glyph-less font of the text layer (Tesseract's `pdf.ttf`) was not found.
  case fontMissing(searched: [String])
  /// A PDF library call failed.
  case libraryFailed(step: String, reason: String)
  /// There is nothing to write.
  case noPages

  /// One line naming the file (and page) concerned and what went wrong.
  public var description: String {
    switch self {
    case .outputNotWritable(let path, let reason): return "\(path): cannot write the PDF: \(reason)"
    case .pageImageUnreadable(let path, let page, let reason):
      return "\(path) (page \(page)): cannot read the page image for the PDF: \(reason)"
    case .fontMissing(let searched):
      return
        "the text-layer font pdf.ttf is missing (looked in \(searched.joined(separator: ", "))); "
        + "install Tesseract's data (apt-get install libtesseract5)"
    case .libraryFailed(let step, let reason): return "PDF writing failed at \(step): \(reason)"
    case .noPages: return "no pages to write"
    }
  }
}
