import Foundation

/// The container format of an input file, recognised from its first bytes rather than its name.
public enum DocumentFormat: String, Sendable, Codable, CaseIterable {
  /// A format VanBan reads: the raster images Leptonica decodes (a TIFF may hold several pages;
  /// a GIF's first frame is read), or a PDF, read through poppler.
  case png, jpeg, tiff, pdf, bmp, gif, webp, jpeg2000

  /// Recognises the format from a file's leading bytes (its "magic number").
  ///
  /// - Returns: `nil` when the bytes match no supported format.
  public init?(magic bytes: some Collection<UInt8>) {
    let head = Array(bytes.prefix(16))
    func starts(with prefix: [UInt8]) -> Bool { head.starts(with: prefix) }
    if starts(with: [0x89, 0x50, 0x4E, 0x47]) {
      self = .png
    } else if starts(with: [0xFF, 0xD8, 0xFF]) {
      self = .jpeg
    } else if starts(with: [0x49, 0x49, 0x2A, 0x00]) || starts(with: [0x4D, 0x4D, 0x00, 0x2A]) {
      self = .tiff
    } else if Self.isPDF(head: head) {
      self = .pdf
    } else if starts(with: [0x42, 0x4D]) {
      self = .bmp
    } else if starts(with: Array("GIF8".utf8)) {
      self = .gif
    } else if starts(with: Array("RIFF".utf8)) && head.count >= 12
      && Array(head[8..<12]) == Array("WEBP".utf8)
    {
      self = .webp
    } else if starts(with: [0x00, 0x00, 0x00, 0x0C, 0x6A, 0x50])
      || starts(with: [0xFF, 0x4F, 0xFF, 0x51])
    {
      self = .jpeg2000
    } else {
      return nil
    }
  }

  /// PDF files may carry a few bytes of junk before `%PDF-`; readers accept up to 1 KB of it,
  /// here the first 16 bytes are searched, which covers the byte-order marks seen in practice.
  private static func isPDF(head: [UInt8]) -> Bool {
    let marker = Array("%PDF-".utf8)
    guard head.count >= marker.count else { return false }
    for start in 0...(head.count - marker.count)
    where Array(head[start..<start + marker.count]) == marker {
      return true
    }
    return false
  }

  /// Whether one file can hold several pages.
  public var isMultiPage: Bool { self == .tiff || self == .pdf }
}
