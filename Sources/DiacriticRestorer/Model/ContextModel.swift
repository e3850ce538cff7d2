import VietnameseText

/// A small network that scores the readings of a word from the seven words around it as
/// they were typed (`Dictionaries/restorer-context.bin`, written by
/// `Scripts/restorer/context_model.py`).
///
/// The trigram model weighs a reading by the two restored words on each side, and only by
/// word sequences the corpus held; the network sees three typed words on each side through
/// learnt embeddings, so similar contexts share what they taught. Its hidden layer is
/// `relu(b + Σ W_slot · E[typed form at slot])`, and a reading scores `R[reading] · hidden +
/// r[reading]` (log-odds against the typed form's other readings).
///
/// The layout (little-endian): the magic `VBCTX001`; six `UInt32` (slots, embedding width,
/// hidden width, typed forms, readings, length of the names); the typed forms and the
/// readings, each joined by newlines, the two lists parted by a NUL; zeros to a multiple of
/// 16 bytes; then `Float16` arrays: embeddings (forms × width), hidden weights (hidden ×
/// slots·width), hidden biases, reading vectors (readings × hidden) and reading biases.
final class ContextModel: Sendable {
  /// The file's name in a model directory.
  static let fileName = "restorer-context.bin"
  static let magic: [UInt8] = Array("VBCTX001".utf8)
  /// Typed-form IDs of the tokens that are not words, as the training script numbers them.
  enum Special: Int32 {
    case unknown = 1
    case boundary, number, sentenceEnd, punctuation
  }

  /// Words on each side of the scored one, plus one.
  let slots: Int
  let width: Int
  let hiddenWidth: Int
  /// The typed forms' IDs by folded spelling ("duoc").
  private let formIDs: [String: Int32]
  /// The network's row of each language-model ID, -1 for a reading it does not score.
  let readingRows: [Int32]
  let embeddings: [Float]
  /// The hidden layer's weights by input: row `slot * width + k` holds the weights of input
  /// `k` of `slot` for every hidden unit, so a slot's share is a sum of whole rows.
  let inputWeights: [Float]
  let hiddenBiases: [Float]
  let readingVectors: [Float]
  let readingBiases: [Float]
  /// How many typed forms the network knows.
  let formCount: Int

  /// Reads the network at `path` for the language model's `vocabulary`.
  /// - Throws: ``RestorerError`` when the file is missing or not a sound network file.
  init(path: String, vocabulary: Vocabulary) throws(RestorerError) {
    let file = try MappedFile(path: path)
    let bytes = file.bytes
    func corrupt(_ reason: String) -> RestorerError { .corruptFile(path: path, reason: reason) }
    guard bytes.count >= 32, Array(bytes[0..<8]) == Self.magic else {
      throw corrupt("not a VanBan context network (bad magic)")
    }
    func header(_ index: Int) -> Int {
      Int(bytes.loadUnaligned(fromByteOffset: 8 + index * 4, as: UInt32.self))
    }
    let (slots, width, hidden, forms, readings, namesLength) =
      (header(0), header(1), header(2), header(3), header(4), header(5))
    // Sizes beyond any real network would overflow the products below.
    guard [slots, width, hidden, forms, readings, namesLength].allSatisfy({ $0 < 1 << 24 }) else {
      throw corrupt("header does not match the file (truncated?)")
    }
    let namesEnd = 32 + namesLength
    let arraysStart = (namesEnd + 15) / 16 * 16
    let floats = forms * width + hidden * slots * width + hidden + readings * hidden + readings
    guard slots % 2 == 1, width > 0, hidden > 0, hidden % 8 == 0, forms > 6, readings > 0,
      bytes.count == arraysStart + floats * 2
    else { throw corrupt("header does not match the file (truncated?)") }
    // The names are cut at their bytes: splitting a String walks it by Characters, which
    // cost more than the rest of the load.
    var lists: [[String]] = [[]]
    var start = 32
    for position in 32...namesEnd {
      let byte = position < namesEnd ? bytes[position] : 0
      guard byte == 0x0A || byte == 0 else { continue }
      lists[lists.count - 1].append(String(decoding: bytes[start..<position], as: UTF8.self))
      start = position + 1
      if byte == 0 { lists.append([]) }
    }
    guard lists.count == 3, lists[0].count == forms, lists[1].count == readings else {
      throw corrupt("the name lists do not match the header")
    }
    var formIDs: [String: Int32] = [:]
    formIDs.reserveCapacity(forms)
    for index in 1..<forms { formIDs[lists[0][index]] = Int32(index) }
    var rows = [Int32](repeating: -1, count: vocabulary.entries.count)
    for (row, name) in lists[1].enumerated() {
      if let id = vocabulary.id(of: name) { rows[Int(id)] = Int32(row) }
    }
    var offset = arraysStart
    func array(_ count: Int) -> [Float] {
      defer { offset += count * 2 }
      // The arrays start at a multiple of 16 bytes of a page-aligned mapping.
      let halves = UnsafeRawPointer(bytes.baseAddress! + offset).assumingMemoryBound(
        to: UInt16.self)
      return [Float](unsafeUninitializedCapacity: count) { buffer, initialized in
        for index in 0..<count {
          buffer[index] = Self.float(half: UInt16(littleEndian: halves[index]))
        }
        initialized = count
      }
    }
    self.slots = slots
    self.width = width
    hiddenWidth = hidden
    self.formIDs = formIDs
    formCount = forms
    readingRows = rows
    embeddings = array(forms * width)
    let byUnit = array(hidden * slots * width)
    let inputs = slots * width
    inputWeights = [Float](unsafeUninitializedCapacity: byUnit.count) { buffer, initialized in
      for unit in 0..<hidden {
        for input in 0..<inputs { buffer[input * hidden + unit] = byUnit[unit * inputs + input] }
      }
      initialized = byUnit.count
    }
    hiddenBiases = array(hidden)
    readingVectors = array(readings * hidden)
    readingBiases = array(readings)
  }

  /// The value of an IEEE half-precision number, worked out with integer operations: the
  /// library's conversion is a call per value, which made up most of the file's load.
  @inline(__always)
  static func float(half: UInt16) -> Float {
    let sign = UInt32(half & 0x8000) << 16
    let exponent = UInt32(half >> 10) & 0x1F
    let mantissa = UInt32(half & 0x3FF)
    if exponent == 0 {
      // Zero or subnormal: mantissa × 2⁻²⁴.
      let magnitude = Float(mantissa) * 0x1p-24
      return sign == 0 ? magnitude : -magnitude
    }
    if exponent == 31 { return Float(bitPattern: sign | 0x7F80_0000 | mantissa << 13) }
    return Float(bitPattern: sign | (exponent + 112) << 23 | mantissa << 13)
  }

  /// The typed-form ID of a word's folded spelling, `unknown` for one the network never saw.
  func formID(folded: String) -> Int32 {
    formIDs[folded] ?? Special.unknown.rawValue
  }
}
