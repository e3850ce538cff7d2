import Foundation

/// Lays out and writes `restorer-lm.bin` (see ``ModelLayout``).
struct ModelWriter {
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
    for (entries, countField, offsetField) in [
      (estimate.bigrams, ModelLayout.Field.bigramCount, ModelLayout.Field.bigramOffset),
      (estimate.trigrams, .trigramCount, .trigramOffset),
    ] {
      // In hash order, so that loading fills its table front to back (see ModelLayout.mixed).
      let packed = entries.sorted {
        let (left, right) = (ModelLayout.mixed($0.key), ModelLayout.mixed($1.key))
        return left != right ? left < right : $0.key < $1.key
      }.map { ModelLayout.entry(key: $0.key, value: $0.value) }
      fields[countField.rawValue] = packed.count
      fields[offsetField.rawValue] = ModelLayout.headerLength + body.count
      append(packed)
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
