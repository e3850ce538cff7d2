import Foundation

/// Streams the lines of a corpus file, decompressing `.xz` files through the `xz` tool.
enum CorpusReader {
  /// Calls `body` with the UTF-8 bytes of every line (without the line feed).
  static func forEachLine(in url: URL, _ body: (UnsafeBufferPointer<UInt8>) -> Void)
    throws(RestorerError)
  {
    let handle: FileHandle
    var process: Process?
    if url.pathExtension == "xz" {
      let xz = Process()
      xz.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      xz.arguments = ["xz", "-dc", url.path]
      let pipe = Pipe()
      xz.standardOutput = pipe
      do { try xz.run() } catch {
        throw .unreadableInput(path: url.path, reason: "cannot run xz: \(error)")
      }
      handle = pipe.fileHandleForReading
      process = xz
    } else {
      guard let file = FileHandle(forReadingAtPath: url.path) else {
        throw .unreadableInput(path: url.path, reason: "no such file")
      }
      handle = file
    }
    var pending: [UInt8] = []
    while true {
      let chunk = handle.readData(ofLength: 1 << 20)
      if chunk.isEmpty { break }
      pending.append(contentsOf: chunk)
      var start = 0
      pending.withUnsafeBufferPointer { buffer in
        var index = 0
        while index < buffer.count {
          if buffer[index] == 0x0A {
            body(UnsafeBufferPointer(rebasing: buffer[start..<index]))
            start = index + 1
          }
          index += 1
        }
      }
      pending.removeFirst(start)
    }
    if !pending.isEmpty { pending.withUnsafeBufferPointer { body($0) } }
    if let process {
      process.waitUntilExit()
      guard process.terminationStatus == 0 else {
        throw .unreadableInput(
          path: url.path, reason: "xz exited with status \(process.terminationStatus)")
      }
    }
  }

  /// FNV-1a 64 of a line's bytes: a line is held out from training when this is 0 mod 100
  /// (the same rule as `Scripts/restorer/heldout.py`).
  static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in bytes {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01B3
    }
    return hash
  }

  /// True for lines the model must never see.
  static func isHeldOut(_ bytes: some Sequence<UInt8>) -> Bool { hash(bytes) % 100 == 0 }
}
