import Foundation

/// A restorer loaded, with the time its model took to load: the first line of
/// `vanban model evaluate`.
///
/// ```swift
/// let load = try ModelLoadTiming(modelDirectory: nil)  // the bundled model
/// print(load)                                          // model load: 0.07 seconds
/// load.restorer.restore("Ké hoach")
/// ```
package struct ModelLoadTiming: Sendable, CustomStringConvertible {
  /// The restorer loaded.
  package var restorer: DiacriticRestorer
  /// The time the load took, by the wall clock.
  package var duration: Duration

  /// Loads the model files of `modelDirectory`, or the bundled model when nil.
  /// - Throws: ``RestorerError`` naming the missing or corrupt file.
  package init(modelDirectory: URL?) throws(RestorerError) {
    let clock = ContinuousClock()
    let start = clock.now
    if let modelDirectory {
      restorer = try DiacriticRestorer(modelDirectory: modelDirectory)
    } else {
      restorer = try DiacriticRestorer.bundled()
    }
    duration = start.duration(to: clock.now)
  }

  /// "model load: " and the duration.
  package var description: String { "model load: \(duration)" }
}
