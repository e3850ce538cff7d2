import Foundation
import VanBan

/// The fleet of a shared catalogue as `vanban report` prints it: a line of totals, a table of
/// workers, and the documents in flight.
enum FleetText {
  static func print(_ fleet: FleetStatus) {
    let running = fleet.workers.filter { $0.state == "running" }.count
    let lost = fleet.workers.filter { $0.state == "lost" }.count
    Swift.print(
      "Fleet: \(running) workers running\(lost > 0 ? ", \(lost) lost" : ""); queue: "
        + "\(fleet.pending) waiting, \(fleet.claimed) in flight, \(fleet.done) done, \(fleet.failed) failed; "
        + String(
          format: "%.1f pages/min over the last 10 minutes, %.1f overall",
          fleet.recentPagesPerMinute,
          fleet.pagesPerMinute))
    if !fleet.workers.isEmpty {
      Swift.print("\nWorkers:")
      Swift.print(
        row([
          "worker", "host", "process", "state", "last heartbeat", "done", "failed", "copies",
          "pages", "pages/min", "in flight",
        ]))
      for worker in fleet.workers {
        Swift.print(
          row([
            String(worker.id), worker.host, String(worker.pid), worker.state,
            "\(worker.heartbeatAt) (\(ago(worker.secondsSinceHeartbeat)))", String(worker.done),
            String(worker.failed), String(worker.copies), String(worker.pages),
            String(format: "%.1f", worker.pagesPerMinute), String(worker.inFlight),
          ]))
      }
      if fleet.olderWorkers > 0 { Swift.print("  … and \(fleet.olderWorkers) older workers") }
    }
    if !fleet.inFlight.isEmpty {
      Swift.print("\nIn flight:")
      for document in fleet.inFlight {
        Swift.print(
          "  \(document.path)\tworker \(document.worker) (\(document.host):\(document.pid)) "
            + "since \(document.claimedAt), lease until \(document.leaseUntil)"
            + (document.attempts > 1 ? ", attempt \(document.attempts)" : ""))
      }
    }
  }

  private static func row(_ cells: [String]) -> String {
    let widths = [6, 16, 8, 11, 36, 6, 6, 6, 7, 9, 9]
    return "  "
      + zip(cells, widths).map { cell, width in
        cell.count >= width ? cell : cell + String(repeating: " ", count: width - cell.count)
      }.joined(separator: " ")
  }

  private static func ago(_ seconds: Double) -> String {
    let whole = Int(seconds.rounded())
    if whole < 120 { return "\(whole) s ago" }
    if whole < 7200 { return "\(whole / 60) min ago" }
    return "\(whole / 3600) h ago"
  }
}
