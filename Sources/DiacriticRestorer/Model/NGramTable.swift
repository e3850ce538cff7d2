/// A read-only open-addressing hash table of n-gram values inside a mapped model file.
struct NGramTable: @unchecked Sendable {
  // Points into a MappedFile that the owning LanguageModel keeps alive.
  let keys: UnsafePointer<UInt64>
  let values: UnsafePointer<UInt16>
  let slots: Int

  /// The packed value of `key`, or nil when the n-gram is not stored.
  @inline(__always)
  func value(for key: UInt64) -> UInt16? {
    var index = ModelLayout.slot(of: key, slots: slots)
    while true {
      let stored = keys[index]
      if stored == key { return values[index] }
      if stored == 0 { return nil }
      index += 1
      if index == slots { index = 0 }
    }
  }
}
