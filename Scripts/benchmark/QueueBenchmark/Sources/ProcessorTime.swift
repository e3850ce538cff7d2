import Foundation

/// Processor time used, read from `/proc`: that of this process, and that of a PostgreSQL server
/// (the postmaster, its living children — backends, WAL writer, checkpointer — and the children
/// it has reaped). Wall time on a shared machine says how busy the others were; processor time
/// per document says what the queue costs.
enum ProcessorTime {
  /// Seconds of user and system time of this process.
  static func ownSeconds() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
      + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
  }

  /// Seconds of user and system time of the server whose postmaster is `pid`, children included.
  static func serverSeconds(postmaster pid: Int32) -> Double {
    let ticks = Double(sysconf(Int32(_SC_CLK_TCK)))
    var total = 0.0
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else {
      return 0
    }
    for name in names {
      guard let process = Int32(name), let fields = stat(process) else { continue }
      // Fields after the command: 4 ppid, 14 utime, 15 stime, 16 cutime, 17 cstime (1-based).
      if process == pid {
        total += (fields[14] + fields[15] + fields[16] + fields[17]) / ticks
      } else if Int32(fields[4]) == pid {
        total += (fields[14] + fields[15]) / ticks
      }
    }
    return total
  }

  /// The numeric fields of `/proc/PID/stat`, indexed as in proc(5) (1-based; the command, field
  /// 2, and the state, field 3, are 0).
  private static func stat(_ pid: Int32) -> [Double]? {
    guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
      let close = text.lastIndex(of: ")")
    else { return nil }
    let rest = text[text.index(after: close)...].split(separator: " ")
    return [0, 0, 0, 0] + rest.dropFirst().map { Double($0) ?? 0 }
  }
}
