import Foundation

/// A 2-D affine map in PDF's row-vector convention: `x' = a·x + c·y + e`, `y' = b·x + d·y + f`,
/// the six numbers a `cm` or `Tm` operator takes.
package struct AffineTransform: Sendable, Hashable {
  /// Matrix entries, in PDF order.
  package var a, b, c, d, e, f: Double

  /// A map from its six entries.
  package init(a: Double, b: Double, c: Double, d: Double, e: Double, f: Double) {
    (self.a, self.b, self.c, self.d, self.e, self.f) = (a, b, c, d, e, f)
  }

  /// The map that changes nothing.
  package static let identity = AffineTransform(a: 1, b: 0, c: 0, d: 1, e: 0, f: 0)

  /// A shift by `x`, `y`.
  package static func translation(x: Double, y: Double) -> AffineTransform {
    AffineTransform(a: 1, b: 0, c: 0, d: 1, e: x, f: y)
  }

  /// A scaling by `x` horizontally and `y` vertically.
  package static func scaling(x: Double, y: Double) -> AffineTransform {
    AffineTransform(a: x, b: 0, c: 0, d: y, e: 0, f: 0)
  }

  /// A rotation by `radians`, turning the x axis towards the y axis.
  package static func rotation(radians: Double) -> AffineTransform {
    AffineTransform(a: cos(radians), b: sin(radians), c: -sin(radians), d: cos(radians), e: 0, f: 0)
  }

  /// This map followed by `next`.
  package func then(_ next: AffineTransform) -> AffineTransform {
    AffineTransform(
      a: a * next.a + b * next.c, b: a * next.b + b * next.d,
      c: c * next.a + d * next.c, d: c * next.b + d * next.d,
      e: e * next.a + f * next.c + next.e, f: e * next.b + f * next.d + next.f)
  }

  /// Where the point (`x`, `y`) goes.
  package func apply(x: Double, y: Double) -> (x: Double, y: Double) {
    (a * x + c * y + e, b * x + d * y + f)
  }
}
