import CLeptonica

/// Process-wide Leptonica set-up, done once before the first image is read.
enum Leptonica {
  /// Leptonica prints warnings for recoverable problems (unknown TIFF tags, odd PNG chunks) on
  /// stderr; VanBan reports problems as typed errors instead, so the chatter is turned off.
  static let quiet: Void = {
    _ = setMsgSeverity(Int32(L_SEVERITY_NONE))
  }()
}
