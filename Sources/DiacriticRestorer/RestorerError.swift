/// Why a model could not be loaded, built or evaluated.
public enum RestorerError: Error, CustomStringConvertible, Sendable, Equatable {
  /// A model file does not exist or cannot be read.
  case missingFile(path: String)
  /// A model file exists but is not a valid model (wrong magic, version or size).
  case corruptFile(path: String, reason: String)
  /// No `Dictionaries/` folder was found by ``DiacriticRestorer/bundled(configuration:)``.
  case dictionariesNotFound(searched: [String])
  /// `$VANBAN_DICTIONARIES` names a folder that holds no model.
  case dictionariesVariableWrong(path: String)
  /// The model builder could not read its input.
  case unreadableInput(path: String, reason: String)
  /// The model builder could not write its output.
  case unwritableOutput(path: String, reason: String)

  /// A one-line explanation naming the file concerned.
  public var description: String {
    switch self {
    case .missingFile(let path): "model file not found: \(path)"
    case .corruptFile(let path, let reason): "model file \(path) is corrupt: \(reason)"
    case .dictionariesNotFound(let searched):
      "no restorer model found (install it with Scripts/install.sh, or set VANBAN_DICTIONARIES "
        + "to a Dictionaries folder); looked in: \(searched.joined(separator: ", "))"
    case .dictionariesVariableWrong(let path):
      "VANBAN_DICTIONARIES=\(path) holds no restorer model (\(ModelLayout.fileName)); point it at a "
        + "Dictionaries folder or unset it"
    case .unreadableInput(let path, let reason): "cannot read \(path): \(reason)"
    case .unwritableOutput(let path, let reason): "cannot write \(path): \(reason)"
    }
  }
}
