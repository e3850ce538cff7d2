#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A read-only open-addressing hash table of n-gram values, rebuilt in memory from the
/// model file's table at load.
///
/// The file keeps keys and values in two arrays at a load factor of 0.8: a lookup that
/// finds its key touches two cache lines, and one that misses probes a dozen slots on
/// average. Here each slot packs the key (at most 48 bits: three 16-bit IDs) above its
/// 16-bit value, and the table is at most half full, so a lookup, nearly always a cache
/// miss, costs about one line; ``values(for:into:)`` overlaps those misses.
final class NGramTable: @unchecked Sendable {
  // Written only in init; unmapped in deinit.
  private let slots: UnsafeMutableBufferPointer<UInt64>
  private let mappedBytes: Int

  /// Builds the table from the `count` entries of a file section, each a key above its value
  /// (``ModelLayout/entry(key:value:)``).
  /// - Throws: a reason when an entry is empty or the memory cannot be had.
  init(entries: UnsafePointer<UInt64>, count: Int) throws(TableError) {
    // At most half full.
    let size = max(16, count * 2 + 1)
    // Anonymous memory comes zeroed. Transparent huge pages were tried here: lookups ran no
    // faster, and a load that found memory fragmented waited for the kernel to assemble
    // 2 MB pages (117–148 ms instead of 65 ms), so plain pages are used.
    // On Linux the pages are made present and writable at once: touching them one by one
    // took two faults each (a read maps the shared zero page, the write copies it), a third
    // of the model's load.
    let page = 4096
    mappedBytes = (size * 8 + page - 1) / page * page
    #if os(Linux)
      let flags = MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE
    #else
      let flags = MAP_PRIVATE | MAP_ANONYMOUS
    #endif
    guard
      let address = mmap(nil, mappedBytes, PROT_READ | PROT_WRITE, flags, -1, 0),
      address != MAP_FAILED
    else { throw TableError.outOfMemory }
    slots = UnsafeMutableBufferPointer(
      start: address.bindMemory(to: UInt64.self, capacity: size), count: size)
    // The home slot grows with the hash whatever the table size, so copying in file order
    // writes almost sequentially. While homes come in that order and nothing has wrapped
    // round the end, the slots from an entry's home to the last one filled are all taken
    // (linear probing filled them), so the entry goes to the later of its home and the slot
    // after the last: the table linear probing would build, without reading a slot first.
    let base = slots.baseAddress.unsafelyUnwrapped
    var lastHome = 0
    var lastSlot = -1
    for index in 0..<count {
      let entry = entries[index]
      // An empty entry would read as a free slot and could make lookups run on for ever.
      guard entry >> 16 != 0 else { throw TableError.emptyEntry }
      let home = ModelLayout.slot(of: entry >> 16, slots: size)
      var slot: Int
      if home >= lastHome, lastSlot < size - 1 {
        slot = max(home, lastSlot + 1)
        lastHome = home
        lastSlot = slot
      } else {
        // Out of hash order (a file of another writer) or wrapped: probe.
        slot = home
        while base[slot] != 0 { slot = slot &+ 1 == size ? 0 : slot &+ 1 }
        lastHome = Int.max
      }
      base[slot] = entry
    }
  }

  deinit {
    if let base = slots.baseAddress { munmap(UnsafeMutableRawPointer(base), mappedBytes) }
  }

  /// Why a file table cannot be loaded.
  enum TableError: Error {
    /// An entry has no key, which the writer never writes.
    case emptyEntry
    /// The memory for the table could not be mapped.
    case outOfMemory
  }

  /// The packed value of `key`, or nil when the n-gram is not stored.
  @inline(__always)
  func value(for key: UInt64) -> UInt16? {
    let home = ModelLayout.slot(of: key, slots: slots.count)
    return probe(key, from: home, first: slots[home])
  }

  /// Looks up every key of `keys` and writes its value to `results` (-1 when absent).
  ///
  /// The first slot of every key is read in one tight loop before any is examined, so the
  /// processor has many cache misses in flight at once instead of one after another.
  func values(
    for keys: UnsafeBufferPointer<UInt64>, into results: UnsafeMutableBufferPointer<Int32>
  ) {
    let size = slots.count
    let base = slots.baseAddress.unsafelyUnwrapped
    withUnsafeTemporaryAllocation(of: (Int, UInt64).self, capacity: keys.count) { firsts in
      for (index, key) in keys.enumerated() {
        let home = ModelLayout.slot(of: key, slots: size)
        firsts[index] = (home, base[home])
      }
      for (index, key) in keys.enumerated() {
        let value = probe(key, from: firsts[index].0, first: firsts[index].1)
        results[index] = value.map { Int32($0) } ?? -1
      }
    }
  }

  /// ``values(for:into:)`` over arrays; `results` is replaced.
  func values(for keys: [UInt64], into results: inout [Int32]) {
    results.removeAll(keepingCapacity: true)
    results.append(contentsOf: repeatElement(-1, count: keys.count))
    keys.withUnsafeBufferPointer { keys in
      results.withUnsafeMutableBufferPointer { values(for: keys, into: $0) }
    }
  }

  @inline(__always)
  private func probe(_ key: UInt64, from home: Int, first: UInt64) -> UInt16? {
    let size = slots.count
    let base = slots.baseAddress.unsafelyUnwrapped
    var stored = first
    var index = home
    while true {
      if stored >> 16 == key { return UInt16(truncatingIfNeeded: stored) }
      if stored == 0 { return nil }
      index += 1
      if index == size { index = 0 }
      stored = base[index]
    }
  }
}
