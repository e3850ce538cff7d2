/// Why a batch run cannot go on at all. Problems with single files are not errors: they are
/// recorded as failed documents and the run continues.
public enum BatchError: Error, Sendable, CustomStringConvertible {
  /// An input folder or file given on the command line does not exist.
  case inputNotFound(path: String)
  /// The catalogue database could not be opened, created or written.
  case catalogue(CatalogueError)
  /// An output file under `--out` could not be written.
  case outputNotWritable(path: String, reason: String)
  /// Two input files would write the same `--out` file (`output`, below the output folder).
  case outputCollision(first: String, second: String, output: String)
  /// The `--out` folder is one of the input folders.
  case outputIsInput(path: String)
  /// The run was stopped while the archive was being walked and hashed, before any document
  /// was read.
  case interruptedBeforeReading

  /// One line saying what stopped the run, naming the path concerned.
  public var description: String {
    switch self {
    case .inputNotFound(let path): return "\(path): no such file or folder"
    case .catalogue(let error): return error.description
    case .outputNotWritable(let path, let reason): return "\(path): cannot write output: \(reason)"
    case .outputCollision(let first, let second, let output):
      return
        "\(first) and \(second) would both be written to \(output) under --out; nothing was read "
        + "(give the folders separate --out folders, or rename one)"
    case .outputIsInput(let path):
      return "\(path): --out is an input folder; give a folder outside the input"
    case .interruptedBeforeReading: return "interrupted while listing the input; nothing was read"
    }
  }
}
