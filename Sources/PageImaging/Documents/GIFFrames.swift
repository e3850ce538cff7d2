import Foundation

/// Counts the frames of a GIF file by walking its blocks, without decoding any: Leptonica reads
/// the first frame only, and a document that loses pages must say so.
enum GIFFrames {
  /// The number of images in the GIF at `path`, or `nil` when its blocks cannot be walked.
  static func count(path: String) -> Int? {
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    let bytes = [UInt8](data)
    // Header (6) and logical screen descriptor (7), then the global colour table if flagged.
    guard bytes.count >= 13 else { return nil }
    var index = 13
    if bytes[10] & 0x80 != 0 { index += 3 << (Int(bytes[10] & 0x07) + 1) }
    var frames = 0
    while index < bytes.count {
      switch bytes[index] {
      case 0x2C:  // image descriptor, local colour table, LZW minimum code size, data blocks
        guard index + 10 <= bytes.count else { return frames }
        frames += 1
        let packed = bytes[index + 9]
        index += 10
        if packed & 0x80 != 0 { index += 3 << (Int(packed & 0x07) + 1) }
        index += 1
        guard let next = skipSubBlocks(bytes, from: index) else { return frames }
        index = next
      case 0x21:  // extension: label, then data sub-blocks
        guard let next = skipSubBlocks(bytes, from: index + 2) else { return frames }
        index = next
      case 0x3B:  // trailer
        return frames
      default:
        return frames
      }
    }
    return frames
  }

  private static func skipSubBlocks(_ bytes: [UInt8], from start: Int) -> Int? {
    var index = start
    while index < bytes.count {
      let size = Int(bytes[index])
      index += 1
      if size == 0 { return index }
      index += size
    }
    return nil
  }
}
