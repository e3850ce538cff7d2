import Foundation

/// Checks an output file can be written before minutes of OCR are spent on it.
enum OutputCheck {
  /// Why `path` cannot be written, or `nil` when its folder exists and is writable and the path
  /// is not a folder.
  static func problem(writing path: String) -> String? {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
      isDirectory.boolValue
    {
      return "it is a folder"
    }
    let folder = (path as NSString).deletingLastPathComponent
    let directory = folder.isEmpty ? "." : folder
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory),
      isDirectory.boolValue
    else { return "no such folder \(directory)" }
    guard access(directory, W_OK) == 0 else { return "the folder \(directory) is not writable" }
    return nil
  }
}
