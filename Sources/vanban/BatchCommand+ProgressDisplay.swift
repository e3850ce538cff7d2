import Foundation
import Synchronization
import VanBan

extension BatchCommand {
  /// Shows a batch run's progress on stderr: on a terminal one line redrawn in place (documents
  /// and pages done/total, pages/min, ETA, failures), otherwise one plain line per document.
  /// A worker of a shared queue does not know its total: it shows what it did, and no ETA.
  final class ProgressDisplay: Sendable {
    private struct State {
      var plan: BatchPlan?
      var pagesDone = 0
      var pagesTotal = 0
      var documentsDone = 0
      var failures = 0
      var start = Date()
      var lastDraw = Date.distantPast
      var lineShown = false
    }

    private let live: Bool
    private let shared: Bool
    private let state = Mutex(State())

    init(live: Bool, shared: Bool = false) {
      self.live = live
      self.shared = shared
    }

    func handle(_ event: BatchEvent) {
      state.withLock { state in
        switch event {
        case .skipped(let skipped):
          write("vanban: \(skipped)\n", state: &state)
        case .planned(let plan):
          state.plan = plan
          state.start = Date()
          write(
            "vanban: \(plan.files) files, \(plan.documents) documents: \(plan.pending) to read, "
              + "\(plan.alreadyDone) already catalogued, \(plan.alreadyFailed) failed before"
              + (plan.skipped > 0 ? ", \(plan.skipped) skipped" : "")
              + (shared ? " (the queue's, shared with the other workers)\n" : "\n"),
            state: &state)
        case .page(let progress):
          state.pagesDone = progress.pagesDone
          state.pagesTotal = progress.pagesTotal
          if live, Date().timeIntervalSince(state.lastDraw) > 0.2 { draw(&state) }
        case .document(let report):
          state.documentsDone = report.documentsDone
          let counter =
            report.documentsTotal > 0
            ? "[\(report.documentsDone)/\(report.documentsTotal)]" : "[\(report.documentsDone)]"
          if let failure = report.failure {
            state.failures += 1
            write(
              live
                ? "vanban: failed: \(failure.message)\n"
                : "\(counter) failed: \(failure.message)\n",
              state: &state)
          } else if !live {
            let seconds = String(format: "%.1f", report.seconds)
            write(
              "\(counter) \(report.source): \(report.pages) pages, \(seconds) s\n",
              state: &state)
          }
          if live { draw(&state) }
        }
      }
    }

    /// Prints a message on a line of its own.
    func note(_ message: String) {
      state.withLock { write(message + "\n", state: &$0) }
    }

    /// Ends the live line.
    func finish() {
      state.withLock { state in
        if live, state.lineShown {
          Diagnostics.write("\n")
          state.lineShown = false
        }
      }
    }

    private func write(_ text: String, state: inout State) {
      if live, state.lineShown { Diagnostics.write("\r\u{1B}[K") }
      state.lineShown = false
      Diagnostics.write(text)
      if live { draw(&state) }
    }

    private func draw(_ state: inout State) {
      guard let plan = state.plan else { return }
      let minutes = max(Date().timeIntervalSince(state.start) / 60, 1e-6)
      let rate = Double(state.pagesDone) / minutes
      var line =
        shared
        ? "documents \(state.documentsDone), pages \(state.pagesDone)"
        : "documents \(state.documentsDone)/\(plan.pending), pages \(state.pagesDone)/\(state.pagesTotal)"
      line += String(format: ", %.1f pages/min", rate)
      if !shared, rate > 0, state.pagesTotal > state.pagesDone {
        let remaining = Int(Double(state.pagesTotal - state.pagesDone) / rate * 60)
        line += String(
          format: ", ETA %d:%02d:%02d", remaining / 3600, remaining / 60 % 60, remaining % 60)
      }
      line += ", \(state.failures) failed"
      Diagnostics.write(("\r\u{1B}[K" + line))
      state.lineShown = true
      state.lastDraw = Date()
    }
  }
}
