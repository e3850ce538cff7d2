import DiacriticRestorer

/// Whether and with which model ``DocumentScanner`` restores the text Tesseract reads.
public enum Restoration: Sendable {
  /// The model shipped with VanBan (`DiacriticRestorer.bundled(configuration:)`), loaded once
  /// per process when the first scan starts.
  case bundled
  /// A restorer the caller loaded, for another model folder or configuration.
  case model(DiacriticRestorer)
  /// Tesseract's text as read (`vanban scan --raw`).
  case off

  /// The restorer this stands for, `nil` for ``off``.
  /// - Throws: `RestorerError` when the shipped model cannot be found or loaded.
  public func restorer() throws(RestorerError) -> DiacriticRestorer? {
    switch self {
    case .bundled: try BundledRestorer.shared.get()
    case .model(let restorer): restorer
    case .off: nil
    }
  }
}

/// The shipped model, loaded at most once per process: every scanner shares it.
private enum BundledRestorer {
  static let shared = Result { () throws(RestorerError) in try DiacriticRestorer.bundled() }
}
