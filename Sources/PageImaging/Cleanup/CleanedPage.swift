/// A page ready for recognition: 8-bit grey, upright within a few degrees, at a usable resolution.
public struct CleanedPage: Sendable {
  /// The 1-based page number within its document.
  public let number: Int
  /// The cleaned 8-bit grey image.
  public let image: PixImage
  /// The resolution of ``image`` in pixels per inch.
  public let resolution: Int
  /// Factor from source-image coordinates to ``image`` coordinates (1 when not rescaled).
  public let scale: Double
  /// What the clean-up found and did.
  public let report: CleanupReport
  /// The red ink dropped from ``image`` (seal, urgency and confidentiality stamps), dark on white
  /// in the same geometry, or `nil` when the page carried none.
  public let redInk: PixImage?
}

/// What ``PageCleaner`` measured and changed on one page.
public struct CleanupReport: Sendable, Hashable, Codable {
  /// Skew found and removed, in degrees, in Leptonica's sign convention (the angle the page was
  /// rotated by to level it).
  public var skewDegrees: Double = 0
  /// Share of sampled pixels that were red ink, before drop-out.
  public var redInkFraction: Double = 0
  /// Whether red ink was dropped.
  public var droppedRedInk = false
  /// Whether dark border regions were whitened.
  public var removedDarkBorder = false
  /// The resolution the page was read at (recorded or estimated), in ppi.
  public var sourceResolution = 0
  /// Whether ``sourceResolution`` was estimated from the page size because the file gave none or a
  /// placeholder value.
  public var resolutionEstimated = false
  /// Width of the page image as read from its file, in pixels.
  public var sourceWidth = 0
  /// Height of the page image as read from its file, in pixels.
  public var sourceHeight = 0
  /// Factor the page was enlarged by after deskewing (1 when not rescaled); with
  /// ``skewDegrees`` it maps source-image coordinates to those of the cleaned image.
  public var scale = 1.0

  /// A report of a page nothing was done to.
  public init() {}
}
