import Foundation

/// The OCR confusion tables a restorer loads, which may come from another folder than its
/// language model: the held-out protocol of `vanban model evaluate` measures tables learnt
/// without a font or an engine (`Fixtures/restorer/heldout-*`) with the shipping model.
///
/// ```swift
/// var tables = ChannelTables(modelDirectory: dictionaries)
/// tables.generic = fixtures.appendingPathComponent("heldout-engine/channel-generic.tsv")
/// let restorer = try DiacriticRestorer(modelDirectory: dictionaries, channelTables: tables)
/// ```
package struct ChannelTables: Sendable, Hashable {
  /// The table of one kind of OCR the restorer models.
  package enum Role: String, Sendable, Hashable, CaseIterable {
    /// Tesseract's English model (``Channel/englishOCR``).
    case english
    /// Tesseract's Vietnamese model (``Channel/vietnameseOCR``).
    case vietnamese
    /// All engines pooled, for OCR of unknown origin (``Channel/otherOCR``).
    case generic

    /// The table's file name in a model directory.
    package var fileName: String {
      switch self {
      case .english: "channel-eng.tsv"
      case .vietnamese: "channel-vie.tsv"
      case .generic: "channel-generic.tsv"
      }
    }
  }

  /// Tesseract English-model confusions.
  package var english: URL
  /// Tesseract Vietnamese-model confusions.
  package var vietnamese: URL
  /// Pooled character confusions of every engine, for sources never seen.
  package var generic: URL

  /// The tables of `modelDirectory`, under their usual names.
  package init(modelDirectory: URL) {
    english = modelDirectory.appendingPathComponent(Role.english.fileName)
    vietnamese = modelDirectory.appendingPathComponent(Role.vietnamese.fileName)
    generic = modelDirectory.appendingPathComponent(Role.generic.fileName)
  }

  /// The file of `role`'s table.
  package subscript(role: Role) -> URL {
    get {
      switch role {
      case .english: english
      case .vietnamese: vietnamese
      case .generic: generic
      }
    }
    set {
      switch role {
      case .english: english = newValue
      case .vietnamese: vietnamese = newValue
      case .generic: generic = newValue
      }
    }
  }
}
