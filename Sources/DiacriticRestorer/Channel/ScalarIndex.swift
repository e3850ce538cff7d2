/// A map from Unicode scalars to small indices that answers for the scalars of Vietnamese
/// text (all below U+2000) from a flat array: spelling every syllable of the vocabulary in
/// three tables' codes went through a dictionary lookup per letter, a tenth of the model's
/// load.
///
/// ```swift
/// let index = ScalarIndex(["a": 0, "ạ": 1])
/// index["ạ"]  // 1
/// index["€"]  // nil
/// ```
struct ScalarIndex: Sendable {
  /// Scalars below this are looked up in `table`.
  private static let tableSize = 0x2000
  /// The index of each scalar below ``tableSize``, -1 for none.
  private let table: [Int32]
  /// The indices of the other scalars.
  private let others: [Unicode.Scalar: Int]

  /// An index holding the pairs of `indices`.
  init(_ indices: [Unicode.Scalar: Int]) {
    var table = [Int32](repeating: -1, count: Self.tableSize)
    var others: [Unicode.Scalar: Int] = [:]
    for (scalar, index) in indices {
      if Int(scalar.value) < Self.tableSize {
        table[Int(scalar.value)] = Int32(index)
      } else {
        others[scalar] = index
      }
    }
    self.table = table
    self.others = others
  }

  /// The index of `scalar`, or nil when it has none.
  @inline(__always)
  subscript(scalar: Unicode.Scalar) -> Int? {
    let value = Int(scalar.value)
    guard value < Self.tableSize else { return others[scalar] }
    let index = table[value]
    return index < 0 ? nil : Int(index)
  }
}
