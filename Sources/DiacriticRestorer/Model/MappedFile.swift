#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A read-only memory mapping of a whole file, unmapped when the last reference goes.
///
/// The mapping is never written, so sharing it between threads is safe.
final class MappedFile: @unchecked Sendable {
  let bytes: UnsafeRawBufferPointer
  let path: String

  init(path: String) throws(RestorerError) {
    self.path = path
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { throw .missingFile(path: path) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw .missingFile(path: path) }
    let size = Int(status.st_size)
    guard size > 0 else { throw .corruptFile(path: path, reason: "the file is empty") }
    // The loader reads the whole file once: mapping it in one go beats a fault per page.
    #if os(Linux)
      let flags = MAP_PRIVATE | MAP_POPULATE
    #else
      let flags = MAP_PRIVATE
    #endif
    guard let address = mmap(nil, size, PROT_READ, flags, descriptor, 0),
      address != MAP_FAILED
    else {
      throw .corruptFile(path: path, reason: "it cannot be memory-mapped")
    }
    bytes = UnsafeRawBufferPointer(start: address, count: size)
  }

  deinit {
    if let base = bytes.baseAddress { munmap(UnsafeMutableRawPointer(mutating: base), bytes.count) }
  }
}
