/// ASCII letter codes of ``LetterTable`` by name, for readable parsing code.
enum Letter {
  static let a: UInt8 = 1, b: UInt8 = 2, c: UInt8 = 3, d: UInt8 = 4, e: UInt8 = 5, g: UInt8 = 7
  static let h: UInt8 = 8, i: UInt8 = 9, k: UInt8 = 11, l: UInt8 = 12, m: UInt8 = 13, n: UInt8 = 14
  static let o: UInt8 = 15, p: UInt8 = 16, q: UInt8 = 17, r: UInt8 = 18, s: UInt8 = 19,
    t: UInt8 = 20
  static let u: UInt8 = 21, v: UInt8 = 22, x: UInt8 = 24, y: UInt8 = 25
}
