// libFuzzer targets for the text modules (issue 16), built by Scripts/benchmark/fuzz.sh with
// one of -D FUZZ_TEXT, -D FUZZ_RESTORER, -D FUZZ_PARSER. Each target checks what must hold for
// any input, and traps (a crash libFuzzer keeps) when it does not:
//
// - text: input bytes are read by TextInputDecoder the same whatever the chunks; the tokenizer's
//   tokens cover the text byte for byte; TextBlocks cut it into blocks within their limit that
//   join up to it.
// - restorer: DiacriticRestorer keeps every line (as many line feeds out as in), block by block
//   too (for half the inputs), and each change's range lies in the text.
// - parser: DispatchParser gives a record that encodes as JSON, with confidences in 0…1.
import DiacriticRestorer
import DispatchParser
import Foundation
import VietnameseText

/// The shipped restorer, loaded once from `VANBAN_DICTIONARIES`.
let restorer: DiacriticRestorer = {
  let path = ProcessInfo.processInfo.environment["VANBAN_DICTIONARIES"] ?? "Dictionaries"
  do {
    return try DiacriticRestorer(modelDirectory: URL(fileURLWithPath: path))
  } catch {
    fatalError("fuzz: cannot load the restorer from \(path): \(error)")
  }
}()

/// The input as `vanban restore` and `parse` read it, or nil for what they refuse. Also checks
/// that reading it in two chunks, split where the first byte says, gives the same.
func text(of bytes: UnsafeBufferPointer<UInt8>) -> String? {
  func decode(splitAt split: Int) -> Result<String, TextDecodingError> {
    var decoder = TextInputDecoder()
    do {
      var text = try decoder.decode(bytes[..<split])
      text += try decoder.decode(bytes[split...])
      text += try decoder.finish()
      return .success(text)
    } catch {
      return .failure(error)
    }
  }
  let whole = decode(splitAt: bytes.count)
  let split = bytes.isEmpty ? 0 : Int(bytes[0]) * bytes.count / 256
  let chunked = decode(splitAt: split)
  switch (whole, chunked) {
  case (.success(let a), .success(let b)): precondition(a == b, "chunking changed the text")
  case (.failure(let a), .failure(let b)): precondition(a == b, "chunking changed the error")
  default: preconditionFailure("chunking changed whether the input is text")
  }
  return try? whole.get()
}

func lineFeeds(_ text: String) -> Int {
  text.utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  guard let text = text(of: UnsafeBufferPointer(start: data, count: size)) else { return 0 }
  #if FUZZ_TEXT
    let tokens = Tokenizer.tokens(in: text)
    precondition(tokens.map { String(text[$0.range]) }.joined() == text, "tokens lose text")
    var blocks = TextBlocks(limit: 64, source: "fuzz")
    blocks.append(text)
    var joined = ""
    while let block = blocks.next(atEnd: true) {
      precondition(block.text.utf8.count <= 64, "block over its limit")
      joined += block.text
    }
    precondition(joined == text, "blocks lose text")
  #elseif FUZZ_RESTORER
    let result = restorer.restore(text)
    precondition(lineFeeds(result.text) == lineFeeds(text), "restoring lost a line")
    for change in result.changes {
      precondition(change.range.upperBound <= text.endIndex, "change outside the text")
    }
    // Block by block too, for inputs whose first byte is odd (each restore costs the search for
    // every unknown word's readings again).
    if size > 0, data[0] & 1 == 1 {
      let pieces = restorer.restoreInBlocks(text, limit: 128)
      precondition(lineFeeds(pieces) == lineFeeds(text), "restoring in blocks lost a line")
    }
  #elseif FUZZ_PARSER
    for record in [DispatchParser().parse(text), DispatchParser().parse(text, unrestored: text)] {
      precondition((try? JSONEncoder().encode(record)) != nil, "record not encodable")
      precondition(record.confidence.values.allSatisfy { (0...1).contains($0) }, "confidence")
    }
  #endif
  return 0
}
