import Foundation

/// Lays out and writes `restorer-lm.bin` (see ``ModelLayout``).
struct ModelWriter {
  let loadFactor: Double

  /// Writes the model and returns its size in bytes.
  func write(vocabulary: [String], estimate: KneserNeyEstimator.Estimate, to url: URL)
    throws(RestorerError) -> Int
  {
    var body = [UInt8]()
    var fields = [Int](repeating: 0, count: ModelLayout.Field.allCases.count)
    func align() { while (ModelLayout.headerLength + body.count) % 8 != 0 { body.append(0) } }
    func append<T: FixedWidthInteger>(_ values: [T]) {
      for value in values {
        withUnsafeBytes(of: value.littleEndian) { body.append(contentsOf: $0) }
      }
    }
    let vocabularyBytes = Array(vocabulary.joined(separator: "\n").utf8)
    fields[ModelLayout.Field.order.rawValue] = 3
    fields[ModelLayout.Field.vocabularyCount.rawValue] = vocabulary.count
    fields[ModelLayout.Field.vocabularyOffset.rawValue] = ModelLayout.headerLength + body.count
    fields[ModelLayout.Field.vocabularyLength.rawValue] = vocabularyBytes.count
    body.append(contentsOf: vocabularyBytes)
    align()
    fields[ModelLayout.Field.unigramOffset.rawValue] = ModelLayout.headerLength + body.count
    append(estimate.unigrams)
    align()
    for (entries, slotsField, keysField, valuesField) in [
      (
        estimate.bigrams, ModelLayout.Field.bigramSlots, ModelLayout.Field.bigramKeys,
        ModelLayout.Field.bigramValues
      ),
      (estimate.trigrams, .trigramSlots, .trigramKeys, .trigramValues),
    ] {
      let slots = max(16, Int(Double(entries.count) / loadFactor) + 1)
      var keys = [UInt64](repeating: 0, count: slots)
      var values = [UInt16](repeating: 0, count: slots)
      for (key, value) in entries {
        var index = ModelLayout.slot(of: key, slots: slots)
        while keys[index] != 0 { index = index + 1 == slots ? 0 : index + 1 }
        keys[index] = key
        values[index] = value
      }
      fields[slotsField.rawValue] = slots
      fields[keysField.rawValue] = ModelLayout.headerLength + body.count
      append(keys)
      fields[valuesField.rawValue] = ModelLayout.headerLength + body.count
      append(values)
      align()
    }
    fields[ModelLayout.Field.fileLength.rawValue] = ModelLayout.headerLength + body.count
    var file = ModelLayout.magic
    for field in fields {
      withUnsafeBytes(of: UInt64(field).littleEndian) { file.append(contentsOf: $0) }
    }
    file.append(contentsOf: body)
    do {
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(file).write(to: url, options: .atomic)
    } catch {
      throw .unwritableOutput(path: url.path, reason: "\(error)")
    }
    return file.count
  }
}
